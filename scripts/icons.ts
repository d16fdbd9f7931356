// Draws the extension's icons (16, 32, 48, 128 px PNG) from shapes, with no image tool and no network.
// `node --import tsx scripts/icons.ts` writes extension/public/icon/N.png; test/extension/icons.test.ts checks that the
// committed files are exactly what this draws, so the picture has one source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128];
export const ICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '../extension/public/icon');

type Rgb = readonly [number, number, number];

const GREEN: Rgb = [31, 111, 67];
const WHITE: Rgb = [255, 255, 255];
const LINE: Rgb = [150, 186, 164];
const AMBER: Rgb = [245, 190, 50];

/** Signed distance to a rounded rectangle (negative inside); coordinates are fractions of the icon. */
function roundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to a segment minus half the stroke width. */
type Point = readonly [number, number];

function stroke(x: number, y: number, [ax, ay]: Point, [bx, by]: Point, w: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
}

/** The picture, front to back: a tick over a form page on a green tile. Returns [r, g, b, a] or null. */
function colourAt(x: number, y: number, size: number): Rgb | null {
  const small = size < 32;
  const tick: Point[] = [
    [0.5, 0.6],
    [0.62, 0.74],
    [0.86, 0.42],
  ];
  const w = small ? 0.16 : 0.12;
  if (Math.min(stroke(x, y, tick[0]!, tick[1]!, w), stroke(x, y, tick[1]!, tick[2]!, w)) < 0) return AMBER;
  if (roundRect(x, y, 0.2, 0.15, 0.68, 0.85, 0.06) < 0) {
    // The form's lines; at 16 px one line, or it turns to mush.
    const lines = small ? [0.36] : [0.3, 0.44];
    for (const ly of lines)
      if (roundRect(x, y, 0.29, ly, 0.59, ly + (small ? 0.1 : 0.07), 0.02) < 0) return LINE;
    return WHITE;
  }
  if (roundRect(x, y, 0, 0, 1, 1, 0.2) < 0) return GREEN;
  return null;
}

/** RGBA pixels with 4×4 supersampling for smooth edges. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sj = 0; sj < n; sj++)
        for (let si = 0; si < n; si++) {
          const c = colourAt((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG file (8-bit RGBA, no filter) of the icon at `size`. */
export function iconPng(size: number): Buffer {
  const px = drawIcon(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++)
    Buffer.from(px.subarray(j * size * 4, (j + 1) * size * 4)).copy(raw, j * (size * 4 + 1) + 1);
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0);
  head.writeUInt32BE(size, 4);
  head[8] = 8;
  head[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(ICON_DIR, `${size}.png`), iconPng(size));
  console.log(`icons: ${ICON_SIZES.join(', ')} px → ${ICON_DIR}`);
}

/// <reference path="./pdfjs-worker.d.ts" />
/**
 * A roadmap from a PDF: pdfjs reads each page's text layer (pieces with positions) and the lines the page
 * draws (table borders); pdfLayout.ts rebuilds the table from that geometry; importRoadmap reads the
 * cells as it reads a sheet. Runs in Node (tests) and in the add-on's dialog (a browser) alike.
 *
 * Nothing is loaded from elsewhere: the legacy build of pdfjs (it runs on Node 20 and older browsers)
 * and its worker code are bundled, and the worker runs in the same thread (pdfjs's «fake worker»,
 * taken from `globalThis.pdfjsWorker`), so no worker file is fetched. No CMap, standard-font or wasm
 * URL is given: the text layer of fonts embedded with a ToUnicode map (LibreOffice and Word exports)
 * needs none, and without a URL pdfjs cannot fetch them.
 */
import { type ImportOptions, type ImportResult, importRoadmap } from '../importer';
import { WARNINGS } from '../strings';
import { layoutPdfPages, type PdfPageContent, type PdfRule, type PdfText } from './pdfLayout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // pdfjs takes its worker from here instead of starting a Worker from a URL.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** A PDF file → the roadmap it holds. Never throws: a file pdfjs cannot open gives `error`. */
export async function readPdfRoadmap(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  let pages: PdfPageContent[];
  try {
    pages = await readPdfPages(bytes);
  } catch {
    return failedPdf(WARNINGS.pdfUnreadable);
  }
  const layout = layoutPdfPages(pages);
  if (layout.rows.length === 0) {
    return failedPdf(
      pages.some((p) => p.texts.some((t) => t.text.trim() !== '')) ? WARNINGS.pdfNoTable : WARNINGS.pdfNoText,
    );
  }
  // The prose above the table goes in as rows of one cell; a block of bold lines is marked so the importer
  // takes it as the title.
  const rows: string[][] = [];
  let bold: string[] = [];
  const flush = () => {
    if (bold.length === 0) return;
    bold[0] = `<b>${bold[0]}`;
    bold[bold.length - 1] = `${bold[bold.length - 1]}</b>`;
    for (const b of bold) rows.push([b]);
    bold = [];
  };
  for (const line of layout.preamble) {
    if (line.block) flush();
    if (line.bold) bold.push(line.text);
    else {
      flush();
      rows.push([line.text]);
    }
  }
  flush();
  rows.push(...layout.rows);
  return importRoadmap(rows, options);
}

/** The importer's answer for an empty document, with the PDF's own reason. */
function failedPdf(message: string): ImportResult {
  return { ...importRoadmap([], {}), warnings: [{ row: null, message }], error: message };
}

/** Each page's text pieces and ruling lines, in page order. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPageContent[]> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({
    // pdfjs takes the buffer over (transfers it): give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
  try {
    const out: PdfPageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const ops = await page.getOperatorList();
      const content = await page.getTextContent();
      const boldFont = new Map<string, boolean>();
      const isBold = (fontName: string): boolean => {
        let b = boldFont.get(fontName);
        if (b === undefined) {
          b = false;
          try {
            const f = page.commonObjs.get(fontName) as {
              bold?: boolean;
              black?: boolean;
              name?: string;
            } | null;
            b = !!(f && (f.bold || f.black || /bold|black|heavy|semibold|demi/i.test(f.name ?? '')));
          } catch {
            // A font pdfjs did not load: read as regular.
          }
          boldFont.set(fontName, b);
        }
        return b;
      };
      const texts: PdfText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Rotated text (a stamp, a vertical header) is not table text.
        if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01) continue;
        texts.push({
          text: item.str,
          x: e ?? 0,
          y: f ?? 0,
          width: item.width,
          size: Math.abs(d ?? 0) || Math.abs(a ?? 0) || item.height,
          bold: isBold(item.fontName),
        });
      }
      out.push({
        width: x1 - x0,
        height: y1 - y0,
        texts,
        rules: rulesOf(ops.fnArray, ops.argsArray, pdfjs.OPS),
      });
      page.cleanup();
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Path drawing codes of pdfjs 5's constructPath (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/**
 * The straight horizontal and vertical lines a page draws: stroked segments, and filled rectangles thin
 * enough to be a border (some exporters draw borders that way). The current transformation matrix is
 * followed through save/restore/transform so the lines land in page space, where the text is.
 */
export function rulesOf(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  OPS: Record<string, number>,
): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokes = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!(data instanceof Float32Array) && !Array.isArray(data)) continue;
      const stroke = strokes.has(paint);
      const fill = fills.has(paint);
      if (!stroke && !fill) continue;
      addPath(data as ArrayLike<number>, ctm, stroke, rules);
    }
  }
  return rules;
}

function addPath(d: ArrayLike<number>, m: Matrix, stroke: boolean, out: PdfRule[]): void {
  const pt = (x: number, y: number): [number, number] => [
    m[0] * x + m[2] * y + m[4],
    m[1] * x + m[3] * y + m[5],
  ];
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  let sub: [number, number][] = [];
  let straight = true;
  const endSub = () => {
    // A filled sub-path: a thin axis-aligned rectangle is a border line along its long side.
    if (!stroke && straight && sub.length >= 4) {
      const xs = sub.map((p) => p[0]);
      const ys = sub.map((p) => p[1]);
      const [lx, hx, ly, hy] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (hy - ly <= 2 && hx - lx > 2) out.push({ x1: lx, y1: (ly + hy) / 2, x2: hx, y2: (ly + hy) / 2 });
      else if (hx - lx <= 2 && hy - ly > 2)
        out.push({ x1: (lx + hx) / 2, y1: ly, x2: (lx + hx) / 2, y2: hy });
    }
    sub = [];
    straight = true;
  };
  const segment = (a: [number, number], b: [number, number]) => {
    if (!stroke) return;
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy <= 1 && dx > 1)
      out.push({
        x1: Math.min(a[0], b[0]),
        y1: (a[1] + b[1]) / 2,
        x2: Math.max(a[0], b[0]),
        y2: (a[1] + b[1]) / 2,
      });
    else if (dx <= 1 && dy > 1)
      out.push({
        x1: (a[0] + b[0]) / 2,
        y1: Math.min(a[1], b[1]),
        x2: (a[0] + b[0]) / 2,
        y2: Math.max(a[1], b[1]),
      });
  };
  for (let i = 0; i < d.length; ) {
    const op = d[i]!;
    if (op === MOVE) {
      endSub();
      cur = start = pt(d[i + 1]!, d[i + 2]!);
      sub.push(cur);
      i += 3;
    } else if (op === LINE) {
      const p = pt(d[i + 1]!, d[i + 2]!);
      if (cur) segment(cur, p);
      cur = p;
      sub.push(p);
      i += 3;
    } else if (op === CURVE) {
      cur = pt(d[i + 5]!, d[i + 6]!);
      straight = false;
      i += 7;
    } else if (op === QUAD) {
      cur = pt(d[i + 3]!, d[i + 4]!);
      straight = false;
      i += 5;
    } else if (op === CLOSE) {
      if (cur && start) segment(cur, start);
      cur = start;
      i += 1;
    } else break; // an unknown code: the rest of the path cannot be read
  }
  endSub();
}

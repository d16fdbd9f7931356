/**
 * SpreadsheetML (.xlsx) → each visible sheet as rows of cell texts, as a person sees them: shared and
 * inline strings, numbers without float noise, dates in the cell's own format («10.11.2022»,
 * «Сентябрь 2023»), booleans, merged ranges (see grid.ts). Formulas are read by their cached value.
 */
import { applyMerges, type MergedRange } from './grid';
import { XmlScanner } from './xml';
import { resolvePart, type ZipParts } from './zip';

/** A sheet wider or longer than this is cut: roadmaps are a few columns and at most a few thousand rows. */
export const MAX_SHEET_COLUMNS = 256;
export const MAX_SHEET_ROWS = 100_000;

interface SheetRef {
  name: string;
  path: string;
}

export function readXlsxSheets(zip: ZipParts, workbookPath: string): string[][][] {
  const wbXml = zip.text(workbookPath) ?? '';
  const base = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const rels = readRelationships(
    zip.text(`${base}_rels/${workbookPath.slice(base.length)}.rels`) ?? '',
    base,
  );
  const { sheets, date1904 } = readWorkbook(wbXml, rels);
  let sharedPath = `${base}sharedStrings.xml`;
  let stylesPath = `${base}styles.xml`;
  for (const [, r] of rels) {
    if (r.type.endsWith('/sharedStrings')) sharedPath = r.target;
    else if (r.type.endsWith('/styles')) stylesPath = r.target;
  }
  const shared = readSharedStrings(zip.text(sharedPath) ?? '');
  const formats = readCellFormats(zip.text(stylesPath) ?? '');
  return sheets.map((s) => readSheet(zip.text(s.path) ?? '', shared, formats, date1904));
}

interface Relationship {
  target: string;
  type: string;
}

function readRelationships(xml: string, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open' && sc.name === 'Relationship') {
      const id = sc.attr('Id');
      const target = sc.attr('Target');
      if (id && target && sc.attr('TargetMode') !== 'External') {
        out.set(id, { target: resolvePart(base, target), type: sc.attr('Type') ?? '' });
      }
    }
  }
  return out;
}

function readWorkbook(
  xml: string,
  rels: Map<string, Relationship>,
): { sheets: SheetRef[]; date1904: boolean } {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k !== 'open') continue;
    if (sc.name === 'workbookPr') date1904 = /^(1|true)$/.test(sc.attr('date1904') ?? '');
    else if (sc.name === 'sheet') {
      const state = sc.attr('state');
      const rel = rels.get(sc.attr('r:id') ?? '');
      if (rel && state !== 'hidden' && state !== 'veryHidden') {
        sheets.push({ name: sc.attr('name') ?? '', path: rel.target });
      }
    }
  }
  return { sheets, date1904 };
}

/** The text of every <si>: its <t>, or its rich-text runs' <t>s, without phonetic hints (<rPh>). */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const sc = new XmlScanner(xml);
  let parts: string[] | null = null;
  let inT = false;
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open') {
      if (sc.name === 'si') {
        parts = [];
        if (sc.selfClosing) {
          out.push('');
          parts = null;
        }
      } else if (sc.name === 'rPh' || sc.name === 'phoneticPr') sc.skipElement();
      else if (sc.name === 't') inT = !sc.selfClosing;
    } else if (k === 'close') {
      if (sc.name === 't') inT = false;
      else if (sc.name === 'si' && parts) {
        out.push(parts.join(''));
        parts = null;
      }
    } else if (inT && parts) parts.push(sc.text());
  }
  return out;
}

/** Built-in number formats that show a date (ECMA-376 Part 1, 18.8.30): day-month-year and their CJK forms. */
const BUILTIN_DATE_FORMATS: Record<number, string> = {
  14: 'dd.mm.yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'dd.mm.yyyy',
  27: 'dd.mm.yyyy',
  30: 'dd.mm.yyyy',
  36: 'dd.mm.yyyy',
  50: 'dd.mm.yyyy',
  57: 'dd.mm.yyyy',
};

/** Per cell style index (the `s` of a cell): the date format it shows, or null for anything else. */
function readCellFormats(xml: string): (string | null)[] {
  const custom = new Map<number, string>();
  const out: (string | null)[] = [];
  const sc = new XmlScanner(xml);
  let inCellXfs = false;
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open') {
      if (sc.name === 'numFmt') {
        const id = Number(sc.attr('numFmtId'));
        const code = sc.attr('formatCode');
        if (Number.isFinite(id) && code) custom.set(id, code);
      } else if (sc.name === 'cellXfs') inCellXfs = !sc.selfClosing;
      else if (sc.name === 'xf' && inCellXfs) {
        const id = Number(sc.attr('numFmtId') ?? '0');
        const code = custom.get(id) ?? BUILTIN_DATE_FORMATS[id] ?? null;
        out.push(code !== null && isDateFormat(code) ? code : null);
        if (!sc.selfClosing) sc.skipElement();
      }
    } else if (k === 'close' && sc.name === 'cellXfs') inCellXfs = false;
  }
  return out;
}

/** Strips quoted text, [colour/locale] blocks and escapes from a format code; then d/y (or m without h/s) mean a date. */
function formatLetters(code: string): string {
  const first = code.split(';')[0] ?? '';
  let out = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < first.length; i++) {
    const ch = first[i]!;
    if (quoted) {
      if (ch === '"') quoted = false;
    } else if (bracket) {
      if (ch === ']') bracket = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '[') bracket = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else out += ch.toLowerCase();
  }
  return out;
}

function isDateFormat(code: string): boolean {
  const f = formatLetters(code);
  return /[dy]/.test(f) || (/m/.test(f) && !/[hs]/.test(f));
}

const MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

/**
 * An Excel serial date as the text a person sees: «10.11.2022» when the format shows the day; «Сентябрь
 * 2023» when it shows the month by name and no day; «09.2023» for a numeric month and year. The 1900
 * system counts the non-existent 29.02.1900 (serials from 61 on are one day ahead of a plain count).
 */
export function serialDateText(serial: number, format: string, date1904 = false): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return String(serial);
  const whole = Math.floor(serial);
  const base = date1904
    ? Date.UTC(1904, 0, 1)
    : whole >= 61
      ? Date.UTC(1899, 11, 30)
      : Date.UTC(1899, 11, 31);
  const d = new Date(base + whole * 86_400_000);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(d.getUTCFullYear());
  const f = formatLetters(format);
  if (/d/.test(f) || !/m/.test(f)) return `${dd}.${mm}.${yyyy}`;
  const year = /y/.test(f) ? ` ${yyyy}` : '';
  return /mmm/.test(f) ? `${MONTHS[d.getUTCMonth()]}${year}` : `${mm}${year ? `.${yyyy}` : ''}`;
}

/** A number as Excel's General format shows it: no binary noise (0.1+0.2), no exponent for ordinary sizes. */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  return String(Number(n.toPrecision(15)));
}

/** «B12» → [11, 1] (0-based row, column); null when it is not a cell reference. */
export function cellRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  while (i < ref.length && i < 4) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    i++;
  }
  const row = Number(ref.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return [row - 1, col - 1];
}

function readSheet(xml: string, shared: string[], formats: (string | null)[], date1904: boolean): string[][] {
  const rows: string[][] = [];
  const merges: MergedRange[] = [];
  const sc = new XmlScanner(xml);
  let rowIndex = -1;
  let colIndex = -1;
  let cell: { t: string; s: number; parts: string[]; inline: boolean } | null = null;
  let inV = false;
  let inInlineT = false;
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open') {
      switch (sc.name) {
        case 'row': {
          const r = Number(sc.attr('r'));
          rowIndex = Number.isInteger(r) && r >= 1 ? r - 1 : rowIndex + 1;
          colIndex = -1;
          break;
        }
        case 'c': {
          const ref = cellRef(sc.attr('r') ?? '');
          colIndex = ref ? ref[1] : colIndex + 1;
          if (ref) rowIndex = ref[0];
          cell = { t: sc.attr('t') ?? 'n', s: Number(sc.attr('s') ?? '0') || 0, parts: [], inline: false };
          if (sc.selfClosing) cell = null;
          break;
        }
        case 'v':
          inV = cell !== null && !sc.selfClosing;
          break;
        case 'is':
          if (cell) cell.inline = true;
          break;
        case 't':
          inInlineT = cell?.inline === true && !sc.selfClosing;
          break;
        case 'rPh':
          sc.skipElement();
          break;
        case 'mergeCell': {
          const [a, b] = (sc.attr('ref') ?? '').split(':');
          const from = cellRef(a ?? '');
          const to = cellRef(b ?? a ?? '');
          if (from && to) merges.push({ r1: from[0], c1: from[1], r2: to[0], c2: to[1] });
          break;
        }
      }
    } else if (k === 'close') {
      if (sc.name === 'v') inV = false;
      else if (sc.name === 't') inInlineT = false;
      else if (sc.name === 'c' && cell) {
        const text = cellValue(cell, shared, formats, date1904);
        if (text !== '' && rowIndex < MAX_SHEET_ROWS && colIndex < MAX_SHEET_COLUMNS) {
          while (rows.length <= rowIndex) rows.push([]);
          const row = rows[rowIndex]!;
          while (row.length < colIndex) row.push('');
          row[colIndex] = text;
        }
        cell = null;
      }
    } else if (cell && (inV || inInlineT)) cell.parts.push(sc.text());
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  applyMerges(rows, merges);
  return rows;
}

function cellValue(
  cell: { t: string; s: number; parts: string[] },
  shared: string[],
  formats: (string | null)[],
  date1904: boolean,
): string {
  const raw = cell.parts.join('');
  switch (cell.t) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'inlineStr':
    case 'str':
    case 'e':
      return raw;
    case 'b':
      return raw === '1' ? 'ИСТИНА' : raw === '0' ? 'ЛОЖЬ' : raw;
    case 'd': {
      // An ISO date written as such (rare): shown as the day.
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
      return m ? `${m[3]}.${m[2]}.${m[1]}` : raw;
    }
    default: {
      if (raw === '') return '';
      const format = formats[cell.s] ?? null;
      return format ? serialDateText(Number(raw), format, date1904) : numberText(raw);
    }
  }
}

/**
 * WordprocessingML (the XML inside a .docx) → the paragraphs and tables of the body, in order.
 * Only what a roadmap needs is read: text (w:t, w:tab, w:br), bold, automatic list numbers, and the
 * table structure (w:gridSpan, w:vMerge, w:gridBefore, w:tblHeader). Drawings, text boxes, deleted and
 * moved-away text and change records are skipped.
 */
import { filledWidth, findHeader } from './grid';
import { toggleOn, XmlScanner } from './xml';
import type { ZipParts } from './zip';

export interface DocxParagraph {
  kind: 'p';
  /** Line breaks (w:br) are «\n»; tabs are spaces. */
  text: string;
  /** Every visible character is bold (directly or through the paragraph style). */
  bold: boolean;
}

export interface DocxCell {
  /** Paragraphs joined with «\n». */
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

export interface DocxRow {
  cells: DocxCell[];
  /** Marked to repeat at the top of each page (w:tblHeader). */
  header: boolean;
  gridBefore: number;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
  /** Columns declared by w:tblGrid. */
  gridWidth: number;
}

export type DocxBlock = DocxParagraph | DocxTable;

/** Subtrees with no text of the document body: drawings and text boxes, alternatives, revisions. */
const SKIPPED = new Set([
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:Fallback',
  'w:moveFrom',
  'w:del',
  'w:sdtPr',
  'w:pPrChange',
  'w:rPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblPrChange',
  'w:numberingChange',
  'w:footnoteReference',
  'w:endnoteReference',
]);

/** Tables inside tables inside tables…: real roadmaps nest two or three at most. */
const MAX_TABLE_DEPTH = 16;

interface StyleInfo {
  basedOn: string | null;
  bold: boolean | null;
  numId: string | null;
  ilvl: number | null;
}

export interface DocxContext {
  styles: Map<string, StyleInfo>;
  numbering: Numbering;
}

/** Reads the parts of an opened .docx. */
export function readDocxBlocks(zip: ZipParts, part = 'word/document.xml'): DocxBlock[] {
  const xml = zip.text(part) ?? '';
  // Word writes styles and numbering beside the document part (their relationship targets are fixed names).
  const base = part.slice(0, part.lastIndexOf('/') + 1);
  const styles = parseStyles(zip.text(`${base}styles.xml`) ?? '');
  const numbering = new Numbering(zip.text(`${base}numbering.xml`) ?? '');
  return parseDocument(xml, { styles, numbering });
}

interface ParaState {
  parts: string[];
  boldChars: number;
  plainChars: number;
  style: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface TableFrame {
  table: DocxTable;
  row: DocxRow | null;
  cell: { paras: string[]; span: number; vMerge: DocxCell['vMerge'] } | null;
  inRow: boolean;
}

export function parseDocument(xml: string, ctx: DocxContext): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const frames: TableFrame[] = [];
  const sc = new XmlScanner(xml);
  let para: ParaState | null = null;
  let inPPr = false;
  let inRun = false;
  let inRunPr = false;
  let runBold: boolean | null = null;
  let inText = false;
  let inTrPr = false;
  let inTcPr = false;
  const frame = () => frames[frames.length - 1];

  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'text') {
      if (inText && para) {
        const t = sc.text();
        para.parts.push(t);
        const visible = t.trim().length;
        if ((runBold ?? styleBold(ctx.styles, para.style)) === true) para.boldChars += visible;
        else para.plainChars += visible;
      }
      continue;
    }
    const name = sc.name;
    if (k === 'open') {
      if (SKIPPED.has(name)) {
        sc.skipElement();
        continue;
      }
      switch (name) {
        case 'w:tbl':
          // Tables nested deeper than any real document: skipped, so a broken file cannot pile up frames.
          if (frames.length >= MAX_TABLE_DEPTH) {
            sc.skipElement();
            break;
          }
          frames.push({
            table: { kind: 'table', rows: [], gridWidth: 0 },
            row: null,
            cell: null,
            inRow: false,
          });
          break;
        case 'w:gridCol': {
          const f = frame();
          if (f && !f.inRow) f.table.gridWidth++;
          break;
        }
        case 'w:tr': {
          const f = frame();
          if (f) {
            f.row = { cells: [], header: false, gridBefore: 0 };
            f.inRow = !sc.selfClosing;
          }
          break;
        }
        case 'w:trPr':
          inTrPr = !sc.selfClosing;
          break;
        case 'w:tblHeader': {
          const row = frame()?.row;
          if (inTrPr && row) row.header = toggleOn(sc.attr('w:val'));
          break;
        }
        case 'w:gridBefore': {
          const row = frame()?.row;
          if (inTrPr && row) row.gridBefore = positiveInt(sc.attr('w:val'), 0);
          break;
        }
        case 'w:tc': {
          const f = frame();
          if (f) f.cell = { paras: [], span: 1, vMerge: null };
          break;
        }
        case 'w:tcPr':
          inTcPr = !sc.selfClosing;
          break;
        case 'w:gridSpan': {
          const cell = frame()?.cell;
          if (inTcPr && cell) cell.span = Math.min(positiveInt(sc.attr('w:val'), 1), 1000);
          break;
        }
        case 'w:vMerge': {
          const cell = frame()?.cell;
          if (inTcPr && cell) cell.vMerge = sc.attr('w:val') === 'restart' ? 'restart' : 'continue';
          break;
        }
        case 'w:p':
          if (para) break; // a paragraph inside a paragraph (a text box we did not skip): its text joins the outer one
          para = { parts: [], boldChars: 0, plainChars: 0, style: null, numId: null, ilvl: null };
          if (sc.selfClosing) para = closeParagraph(para, frames, blocks, ctx);
          break;
        case 'w:pPr':
          inPPr = !sc.selfClosing;
          break;
        case 'w:pStyle':
          if (inPPr && para) para.style = sc.attr('w:val');
          break;
        case 'w:numId':
          if (inPPr && para) para.numId = sc.attr('w:val');
          break;
        case 'w:ilvl':
          if (inPPr && para) para.ilvl = positiveInt(sc.attr('w:val'), 0);
          break;
        case 'w:rPr':
          // The paragraph mark's own formatting (inside w:pPr) says nothing about the text.
          if (inPPr) sc.skipElement();
          else if (inRun) inRunPr = !sc.selfClosing;
          break;
        case 'w:b':
          if (inRunPr) runBold = toggleOn(sc.attr('w:val'));
          break;
        case 'w:r':
          inRun = !sc.selfClosing;
          runBold = null;
          break;
        case 'w:t':
          inText = inRun && !sc.selfClosing;
          break;
        case 'w:tab':
          if (inRun && !inPPr && para) para.parts.push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          if (inRun && para) para.parts.push('\n');
          break;
        case 'w:noBreakHyphen':
          if (inRun && para) para.parts.push('-');
          break;
      }
      continue;
    }
    // close
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        inRun = false;
        inRunPr = false;
        runBold = null;
        break;
      case 'w:rPr':
        inRunPr = false;
        break;
      case 'w:pPr':
        inPPr = false;
        break;
      case 'w:p':
        if (para) para = closeParagraph(para, frames, blocks, ctx);
        break;
      case 'w:trPr':
        inTrPr = false;
        break;
      case 'w:tcPr':
        inTcPr = false;
        break;
      case 'w:tc': {
        const f = frame();
        if (f?.cell && f.row) {
          f.row.cells.push({ text: f.cell.paras.join('\n'), span: f.cell.span, vMerge: f.cell.vMerge });
        }
        if (f) f.cell = null;
        break;
      }
      case 'w:tr': {
        const f = frame();
        if (f?.row) f.table.rows.push(f.row);
        if (f) {
          f.row = null;
          f.inRow = false;
        }
        break;
      }
      case 'w:tbl': {
        const f = frames.pop();
        if (!f) break;
        const outer = frame();
        if (outer?.cell) {
          // A table inside a cell: its text, row by row, belongs to that cell.
          for (const r of f.table.rows) {
            const line = r.cells
              .map((c) => c.text)
              .filter((t) => t.trim() !== '')
              .join(' ');
            if (line) outer.cell.paras.push(line);
          }
        } else blocks.push(f.table);
        break;
      }
    }
  }
  return blocks;
}

function closeParagraph(para: ParaState, frames: TableFrame[], blocks: DocxBlock[], ctx: DocxContext): null {
  const style = para.style ? resolveStyle(ctx.styles, para.style) : null;
  const numId = para.numId ?? style?.numId ?? null;
  const ilvl = para.ilvl ?? style?.ilvl ?? 0;
  const label = numId && numId !== '0' ? ctx.numbering.label(numId, ilvl) : '';
  const body = para.parts.join('');
  const text = label && body.trim() ? `${label} ${body}` : label || body;
  const cell = frames[frames.length - 1]?.cell;
  if (cell) cell.paras.push(text);
  else if (frames.length === 0) {
    blocks.push({ kind: 'p', text, bold: para.boldChars > 0 && para.plainChars === 0 });
  }
  return null;
}

function positiveInt(v: string | null, fallback: number): number {
  const n = v === null ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

// ---------------------------------------------------------------------------------------------------
// Styles and numbering: only bold and list numbering of paragraph styles, and list labels.

function parseStyles(xml: string): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const sc = new XmlScanner(xml);
  let current: StyleInfo | null = null;
  let inRPr = false;
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open') {
      if (sc.name === 'w:style') {
        const id = sc.attr('w:styleId');
        current = { basedOn: null, bold: null, numId: null, ilvl: null };
        if (id && sc.attr('w:type') !== 'numbering') out.set(id, current);
        if (sc.selfClosing) current = null;
      } else if (!current) continue;
      else if (sc.name === 'w:basedOn') current.basedOn = sc.attr('w:val');
      else if (sc.name === 'w:rPr') inRPr = !sc.selfClosing;
      else if (sc.name === 'w:b' && inRPr) current.bold = toggleOn(sc.attr('w:val'));
      else if (sc.name === 'w:numId') current.numId = sc.attr('w:val');
      else if (sc.name === 'w:ilvl') current.ilvl = positiveInt(sc.attr('w:val'), 0);
    } else if (k === 'close') {
      if (sc.name === 'w:style') current = null;
      else if (sc.name === 'w:rPr') inRPr = false;
    }
  }
  return out;
}

/** A style with what it inherits filled in (basedOn chains are short; a loop is cut after 20 steps). */
function resolveStyle(styles: Map<string, StyleInfo>, id: string): StyleInfo {
  const out: StyleInfo = { basedOn: null, bold: null, numId: null, ilvl: null };
  let s = styles.get(id);
  for (let i = 0; s && i < 20; i++) {
    out.bold ??= s.bold;
    out.numId ??= s.numId;
    out.ilvl ??= s.ilvl;
    s = s.basedOn ? styles.get(s.basedOn) : undefined;
  }
  return out;
}

function styleBold(styles: Map<string, StyleInfo>, id: string | null): boolean {
  return id ? resolveStyle(styles, id).bold === true : false;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Automatic list numbers (Word's «1.», «1.1.», «а)»): counters per list, as Word keeps them. */
class Numbering {
  private readonly abstractOf = new Map<string, string>();
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string) {
    const sc = new XmlScanner(xml);
    let abstractId: string | null = null;
    let level: Level | null = null;
    let numId: string | null = null;
    for (let k = sc.next(); k !== 'end'; k = sc.next()) {
      if (k === 'open') {
        const n = sc.name;
        if (n === 'w:abstractNum') {
          abstractId = sc.attr('w:abstractNumId');
          if (abstractId !== null) this.levels.set(abstractId, []);
        } else if (n === 'w:lvl' && abstractId !== null) {
          level = { start: 1, format: 'decimal', text: '' };
          const ilvl = positiveInt(sc.attr('w:ilvl'), 0);
          if (ilvl < 9) this.levels.get(abstractId)![ilvl] = level;
        } else if (n === 'w:start' && level) level.start = positiveInt(sc.attr('w:val'), 1);
        else if (n === 'w:numFmt' && level) level.format = sc.attr('w:val') ?? 'decimal';
        else if (n === 'w:lvlText' && level) level.text = sc.attr('w:val') ?? '';
        else if (n === 'w:num') numId = sc.attr('w:numId');
        else if (n === 'w:abstractNumId' && numId !== null) {
          const a = sc.attr('w:val');
          if (a !== null) this.abstractOf.set(numId, a);
        } else if (n === 'w:lvlOverride' || n === 'w:pPr' || n === 'w:rPr') {
          // Overrides and a level's own formatting: not needed for the label text.
          if (n === 'w:lvlOverride') sc.skipElement();
        }
      } else if (k === 'close') {
        if (sc.name === 'w:lvl') level = null;
        else if (sc.name === 'w:abstractNum') abstractId = null;
        else if (sc.name === 'w:num') numId = null;
      }
    }
  }

  /** The next label of list numId at level ilvl («3.», «2.1.»); '' for bullets and unknown lists. */
  label(numId: string, ilvl: number): string {
    const abs = this.abstractOf.get(numId);
    const levels = abs === undefined ? undefined : this.levels.get(abs);
    const lvl = levels?.[ilvl];
    if (!levels || !lvl || lvl.format === 'bullet' || lvl.format === 'none') return '';
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? lvl.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    let out = '';
    const t = lvl.text || `%${ilvl + 1}.`;
    for (let i = 0; i < t.length; i++) {
      const d = t.charCodeAt(i + 1) - 48;
      if (t[i] === '%' && d >= 1 && d <= 9) {
        const l = levels[d - 1];
        out += formatNumber(counts[d - 1] ?? l?.start ?? 1, l?.format ?? 'decimal');
        i++;
      } else out += t[i];
    }
    return out;
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? s.toUpperCase() : s;
    }
    case 'russianLower':
    case 'russianUpper': {
      const abc = 'абвгдежзиклмнопрстуфхцчшщэюя';
      const s = abc[(n - 1) % abc.length]!.repeat(Math.floor((n - 1) / abc.length) + 1);
      return format === 'russianUpper' ? s.toUpperCase() : s;
    }
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Tables → rows of cells for the importer.

/**
 * A Word table as a grid of cell texts. A cell spanning columns (w:gridSpan) keeps its text in its first
 * column and leaves the others empty, so a section row merged across the table stays a row with one
 * filled cell. A cell merged downwards (w:vMerge) gives its text to every row it covers: the expected
 * result for merged «Сроки» and «Ответственные», and for merged «№» / «Наименование этапа» it keeps each
 * row a complete activity (the importer would otherwise take a row starting with a lower-case word as
 * the continuation of the row above, which in Word it never is).
 */
export function tableGrid(table: DocxTable): string[][] {
  let width = table.gridWidth;
  for (const r of table.rows) {
    let w = r.gridBefore;
    for (const c of r.cells) w += c.span;
    if (w > width) width = w;
  }
  const out: string[][] = [];
  let prev: string[] = [];
  for (const r of table.rows) {
    const cells: string[] = new Array<string>(width).fill('');
    let col = r.gridBefore;
    for (const c of r.cells) {
      if (col >= width) break;
      cells[col] = c.vMerge === 'continue' ? (prev[col] ?? '') : c.text;
      col += c.span;
    }
    out.push(cells);
    prev = cells;
  }
  return out;
}

/** Most paragraphs handed to the importer before the table: the title block and the lines next to the table. */
const PREAMBLE_HEAD = 50;
const PREAMBLE_TAIL = 100;

/**
 * The document as the importer reads it: the paragraphs before the roadmap table (consecutive bold
 * paragraphs wrapped in «**…**» as one block, which is how the importer recognises a title), then the
 * roadmap table's rows, then the rows of tables that continue it (the same header, or none and the same
 * width). The roadmap table is the one whose header names an activity column («Мероприятия»,
 * «Содержание деятельности»), the longest such; other tables (a stage overview, a signature block) and
 * the prose after the table give no items. Null when the document has no table with two columns or more.
 */
export function docxRows(blocks: readonly DocxBlock[]): string[][] | null {
  const tables = blocks
    .map((b, index) => ({ b, index }))
    .filter((t): t is { b: DocxTable; index: number } => t.b.kind === 'table')
    .map((t) => {
      const grid = tableGrid(t.b);
      return { index: t.index, table: t.b, grid, header: findHeader(grid, 5), width: filledWidth(grid) };
    })
    .filter((t) => t.width >= 2);
  if (tables.length === 0) return null;
  const score = (t: (typeof tables)[number]) =>
    (t.header ? (t.header.fields.includes('activity') ? 2 : 1) : 0) * 1e9 + t.grid.length;
  let main = tables[0]!;
  for (const t of tables) if (score(t) > score(main)) main = t;

  const rows: string[][] = [];
  const paras = blocks
    .slice(0, main.index)
    .filter((b): b is DocxParagraph => b.kind === 'p')
    .flatMap((p, i, all) => {
      // Bold runs of paragraphs, separated by empty or plain paragraphs, become «**…**» blocks.
      const text = p.text;
      if (!text.trim()) return [''];
      if (!p.bold) return [text];
      const prevBold = i > 0 && all[i - 1]!.bold && all[i - 1]!.text.trim() !== '';
      const nextBold = i + 1 < all.length && all[i + 1]!.bold && all[i + 1]!.text.trim() !== '';
      return [`${prevBold ? '' : '**'}${text}${nextBold ? '' : '**'}`];
    })
    .filter((t) => t.trim() !== '');
  const kept =
    paras.length > PREAMBLE_HEAD + PREAMBLE_TAIL
      ? [...paras.slice(0, PREAMBLE_HEAD), ...paras.slice(-PREAMBLE_TAIL)]
      : paras;
  for (const p of kept) rows.push([p]);
  rows.push(...main.grid);
  for (const t of tables) {
    if (t.index <= main.index) continue;
    const continues = t.header
      ? main.header !== null && t.header.key === main.header.key
      : t.width === main.width;
    if (!continues) break;
    rows.push(...t.grid);
  }
  return rows;
}

/** The document's paragraphs as lines of text (for a document with no table). */
export function docxText(blocks: readonly DocxBlock[]): string {
  return blocks
    .filter((b): b is DocxParagraph => b.kind === 'p')
    .map((p) => p.text)
    .join('\n');
}

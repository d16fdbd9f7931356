/**
 * Tables of a PDF rebuilt from geometry: the pure half of the PDF reader (pdf.ts feeds it what pdfjs
 * reads). Input is, per page, the text pieces with their positions and the ruling lines the page
 * draws; output is the roadmap table as rows of cells and the prose above it. No pdfjs here, so the
 * rules are tested on synthetic pages too.
 *
 * Coordinates are PDF user space: x grows to the right, y grows upwards, in points.
 * Every step sorts or scans the pieces of a page a fixed number of times: O(n log n) in the number of
 * text pieces and ruling lines.
 */
import { readHeader } from '../columns';
import { NUMBER_RE } from '../draft';
import { cleanText, isPageNumber } from '../text';

export interface PdfText {
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the height of the text's em square). */
  size: number;
  bold: boolean;
}

/** A stroked or thin filled line, already classified as horizontal (y1 = y2) or vertical (x1 = x2). */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageContent {
  width: number;
  height: number;
  texts: PdfText[];
  rules: PdfRule[];
}

export interface PdfLine {
  text: string;
  bold: boolean;
  page: number;
  /** Starts a new block: first on its page or after a table, or more than a blank line below the line above. */
  block: boolean;
}

export interface PdfLayout {
  /** Prose above the roadmap table (title block, «к приказу …», «Цель: …»), line by line. */
  preamble: PdfLine[];
  /**
   * The roadmap table: header row(s) first, one row per row of the document. A cell merged across
   * the whole width (a section heading) is marked `<b>…</b>` so the importer reads it as a section.
   */
  rows: string[][];
  /** How the table was found: 'rules' (drawn borders) or 'text' (gaps between words). */
  method: 'rules' | 'text' | 'none';
}

/** Two coordinates closer than this are one line of the grid (LibreOffice offsets borders by 0.25–0.5 pt). */
const SNAP = 2;

// ——— small helpers ———

function bisectRight(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted values → clusters of values closer than `tol` to their neighbour; each cluster is its mean. */
function cluster(values: number[], tol: number): number[] {
  const v = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const x of v) {
    if (n > 0 && x - last > tol) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += x;
    n++;
    last = x;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

function nearest(sorted: readonly number[], v: number): number {
  const i = bisectRight(sorted, v);
  const a = i > 0 ? i - 1 : 0;
  const b = Math.min(i, sorted.length - 1);
  return Math.abs(sorted[a]! - v) <= Math.abs(sorted[b]! - v) ? a : b;
}

const LOWER_START = /^[а-яёa-z]/;

/**
 * Pieces of one line → text. Pieces closer than a fifth of the font size belong to one word (a word
 * split by a change of font); a wider gap is a space, whatever the PDF drew there.
 */
function lineText(pieces: PdfText[]): string {
  pieces.sort((a, b) => a.x - b.x);
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const p of pieces) {
    if (out !== '' && p.x - end > p.size * 0.2 && !out.endsWith(' ')) out += ' ';
    out += p.text;
    end = Math.max(end, p.x + p.width);
  }
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Lines of one cell joined with a space. A line ending in a hyphen or dash glued to the letter before it
 * keeps it and takes no space: the line was broken after a dash that joined two words with no space
 * («педагог-психолог», «Январь–апрель»). LibreOffice does not hyphenate, so the hyphen is the word's own.
 */
function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (!l) continue;
    if (out === '') out = l;
    else if (/\p{L}[-\u2010\u2011\u2013\u2014]$/u.test(out) && /^\p{L}/u.test(l)) out += l;
    else out += ` ${l}`;
  }
  return out;
}

/**
 * Text pieces → lines, top to bottom. A piece joins the current line when its baseline is within half
 * its font size of the line's first baseline (superscripts and font changes shift baselines a little).
 */
function toLines(pieces: PdfText[]): { y: number; size: number; pieces: PdfText[] }[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: PdfText[] }[] = [];
  for (const p of sorted) {
    const cur = lines[lines.length - 1];
    if (cur && cur.y - p.y <= Math.max(cur.size, p.size) * 0.5) cur.pieces.push(p);
    else lines.push({ y: p.y, size: p.size, pieces: [p] });
  }
  return lines;
}

// ——— tables from ruling lines ———

interface Cell {
  text: string;
  bold: boolean;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** One table on one page: the grid, its rows (cells shared between the rows a merged cell covers). */
interface PageTable {
  page: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  xs: number[];
  /** rows[i][c]: the cell covering row i, column c. */
  rows: Cell[][];
  /** Columns guessed from text (no borders): they vary by a few points from page to page. */
  guessed?: boolean;
}

function isHorizontal(r: PdfRule): boolean {
  return Math.abs(r.y1 - r.y2) <= 1 && Math.abs(r.x1 - r.x2) > SNAP;
}

function isVertical(r: PdfRule): boolean {
  return Math.abs(r.x1 - r.x2) <= 1 && Math.abs(r.y1 - r.y2) > SNAP;
}

/**
 * The tables of a page from its ruling lines: vertical lines whose spans overlap form one table (two
 * tables one above the other have a gap between their verticals); the horizontal lines inside it cut
 * it into rows. A cell is a rectangle of the grid; where a border is missing between two grid
 * rectangles they are one merged cell (Word's gridSpan and vMerge, drawn by LibreOffice as missing
 * borders).
 */
function pageTables(page: PdfPageContent, pageNo: number): { tables: PageTable[]; used: Set<PdfText> } {
  const verticals = page.rules
    .filter(isVertical)
    .map((r) => ({ x: (r.x1 + r.x2) / 2, lo: Math.min(r.y1, r.y2), hi: Math.max(r.y1, r.y2) }))
    .sort((a, b) => b.hi - a.hi);
  const horizontals = page.rules
    .filter(isHorizontal)
    .map((r) => ({ y: (r.y1 + r.y2) / 2, lo: Math.min(r.x1, r.x2), hi: Math.max(r.x1, r.x2) }))
    .sort((a, b) => b.y - a.y);
  // Vertical lines grouped by overlapping y-spans, top down.
  const groups: { top: number; bottom: number; lines: typeof verticals }[] = [];
  for (const v of verticals) {
    const g = groups[groups.length - 1];
    if (g && v.hi >= g.bottom - SNAP) {
      g.bottom = Math.min(g.bottom, v.lo);
      g.lines.push(v);
    } else groups.push({ top: v.hi, bottom: v.lo, lines: [v] });
  }
  const texts = [...page.texts].sort((a, b) => b.y - a.y);
  const used = new Set<PdfText>();
  const tables: PageTable[] = [];
  let hi = 0;
  for (const g of groups) {
    const xs = cluster(
      g.lines.map((l) => l.x),
      SNAP,
    );
    if (xs.length < 3) continue; // one column is a frame, not a table of cells
    const left = xs[0]!;
    const right = xs[xs.length - 1]!;
    // Horizontal lines inside the group's box.
    while (hi < horizontals.length && horizontals[hi]!.y > g.top + SNAP) hi++;
    const hs: typeof horizontals = [];
    for (let j = hi; j < horizontals.length && horizontals[j]!.y >= g.bottom - SNAP; j++) {
      const h = horizontals[j]!;
      if (h.hi > left + SNAP && h.lo < right - SNAP) hs.push(h);
    }
    const ys = cluster([g.top, g.bottom, ...hs.map((h) => h.y)], SNAP).reverse(); // top down
    if (ys.length < 2) continue;
    const nRows = ys.length - 1;
    const nCols = xs.length - 1;
    // Which borders are drawn: per grid line, the spans of its segments.
    const hAt: { lo: number; hi: number }[][] = ys.map(() => []);
    const descYs = ys.map((y) => -y); // ascending, for binary search
    for (const h of hs) hAt[nearest(descYs, -h.y)]!.push(h);
    const vAt: { lo: number; hi: number }[][] = xs.map(() => []);
    for (const v of g.lines) vAt[nearest(xs, v.x)]!.push(v);
    const covers = (spans: { lo: number; hi: number }[], at: number) =>
      spans.some((s) => s.lo - SNAP <= at && at <= s.hi + SNAP);
    // Union-find over grid rectangles.
    const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (let r = 0; r < nRows; r++) {
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      for (let c = 0; c < nCols; c++) {
        const midX = (xs[c]! + xs[c + 1]!) / 2;
        if (c + 1 < nCols && !covers(vAt[c + 1]!, midY)) union(r * nCols + c, r * nCols + c + 1);
        if (r + 1 < nRows && !covers(hAt[r + 1]!, midX)) union(r * nCols + c, (r + 1) * nCols + c);
      }
    }
    const cells = new Map<number, Cell>();
    for (let r = 0; r < nRows; r++) {
      for (let c = 0; c < nCols; c++) {
        const root = find(r * nCols + c);
        let cell = cells.get(root);
        if (!cell) {
          cell = { text: '', bold: true, top: r, bottom: r, left: c, right: c };
          cells.set(root, cell);
        }
        cell.top = Math.min(cell.top, r);
        cell.bottom = Math.max(cell.bottom, r);
        cell.left = Math.min(cell.left, c);
        cell.right = Math.max(cell.right, c);
      }
    }
    // Text pieces inside the box → their cell. A piece is placed by the start of its text and a point a
    // quarter of its size above the baseline (inside the letters, clear of the borders' padding).
    const pieces = new Map<Cell, PdfText[]>();
    for (const t of texts) {
      const py = t.y + t.size * 0.25;
      if (py > g.top || py < g.bottom) continue;
      const px = t.x + Math.min(t.width, t.size) * 0.25;
      if (px < left || px > right) continue;
      used.add(t);
      if (t.text.trim() === '') continue;
      const c = Math.min(nCols - 1, Math.max(0, bisectRight(xs, px) - 1));
      const r = Math.min(nRows - 1, Math.max(0, bisectRight(descYs, -py) - 1));
      const cell = cells.get(find(r * nCols + c))!;
      const list = pieces.get(cell);
      if (list) list.push(t);
      else pieces.set(cell, [t]);
    }
    for (const [cell, list] of pieces) {
      cell.text = joinLines(toLines(list).map((l) => lineText(l.pieces)));
      cell.bold = list.every((p) => p.bold);
    }
    const rows: Cell[][] = [];
    for (let r = 0; r < nRows; r++) {
      const row: Cell[] = [];
      let starts = false;
      for (let c = 0; c < nCols; c++) {
        const cell = cells.get(find(r * nCols + c))!;
        row.push(cell);
        if (cell.top === r) starts = true;
      }
      // A grid row in which no cell begins only carries merged cells on: not a row of the document.
      if (starts) rows.push(row);
    }
    tables.push({ page: pageNo, top: g.top, bottom: g.bottom, left, right, xs, rows });
  }
  return { tables, used };
}

// ——— tables from text alone ———

type Line = { y: number; size: number; pieces: PdfText[] };

/**
 * A page without drawn borders. The table starts at its header line (a line whose pieces name known
 * columns, with the lines of the same header just above and below it) or, on a page without a header,
 * at the top when the previous page ended in a table with the same columns; it ends at a blank line
 * (a gap of two font sizes). Columns and rows come from textColumns and textRows.
 */
function textTable(
  page: PdfPageContent,
  pageNo: number,
  previous: readonly number[] | null,
): { tables: PageTable[]; used: Set<PdfText> } {
  const lines = toLines(page.texts.filter((t) => t.text.trim() !== ''));
  const used = new Set<PdfText>();
  const tables: PageTable[] = [];
  let from = 0;
  while (from < lines.length) {
    let start = -1;
    for (let i = from; i < lines.length && start < 0; i++) {
      const cells = splitByGaps(lines[i]!.pieces).map((g) => lineText(g));
      if (cells.length >= 2 && readHeader(cells.map((c) => cleanText(c)))) start = i;
    }
    let headerEnd = start;
    if (start >= 0) {
      // A header cell of two or three lines («№ / п/п»): lines closer than a line's height belong to it.
      while (start > from && lines[start - 1]!.y - lines[start]!.y < lines[start]!.size) start--;
      while (
        headerEnd + 1 < lines.length &&
        lines[headerEnd]!.y - lines[headerEnd + 1]!.y < lines[headerEnd]!.size
      )
        headerEnd++;
    } else if (previous && from === 0) headerEnd = -1;
    else break;
    if (start < 0) start = 0;
    let end = Math.max(start, headerEnd) + 1;
    while (end < lines.length && lines[end - 1]!.y - lines[end]!.y <= lines[end]!.size * 2) end++;
    from = end;
    const block = lines.slice(start, end);
    const xs = textColumns(block, headerEnd - start + 1) ?? (previous ? [...previous] : null);
    if (block.length < 2 || !xs || xs.length < 3) continue;
    for (const l of block) for (const p of l.pieces) used.add(p);
    const rows = textRows(block, xs, headerEnd - start + 1);
    const first = block[0]!;
    const last = block[block.length - 1]!;
    tables.push({
      page: pageNo,
      top: first.y + first.size,
      bottom: last.y - last.size * 0.5,
      left: xs[0]!,
      right: xs[xs.length - 1]!,
      xs,
      rows,
      guessed: true,
    });
  }
  return { tables, used };
}

/**
 * Column boundaries from where text starts: cell text is left-aligned, so a column is an x where
 * pieces start on several lines and which almost no piece crosses (a heading centred across the table
 * may). The boundary lies in the middle of the gutter before that x. Sorting the starts and ends once
 * keeps this n log n.
 */
function textColumns(block: readonly Line[], headerLines: number): number[] | null {
  const pieces = block.flatMap((l) => l.pieces);
  // Header cells are separated by wide gaps: each one's start proposes a column even if the body of that
  // column is empty («Отметка о выполнении»).
  const headed = new Set<PdfText>();
  for (const l of block.slice(0, headerLines)) for (const g of splitByGaps(l.pieces)) headed.add(g[0]!);
  const starts = cluster(
    pieces.map((p) => p.x),
    SNAP,
  );
  // Lines starting a piece near each candidate.
  const counts = new Array<number>(starts.length).fill(0);
  for (const p of pieces) {
    const k = nearest(starts, p.x);
    if (Math.abs(starts[k]! - p.x) <= SNAP * 2) counts[k]! += headed.has(p) ? 2 : 1;
  }
  // Pieces crossing each candidate: a difference array over the candidates each piece spans.
  const crossing = new Array<number>(starts.length + 1).fill(0);
  const gutter = new Array<number>(starts.length).fill(Number.NEGATIVE_INFINITY);
  for (const p of pieces) {
    const from = bisectRight(starts, p.x + SNAP * 2);
    const to = bisectRight(starts, p.x + p.width - SNAP);
    if (to > from) {
      crossing[from]!++;
      crossing[to]!--;
    }
    // The piece ends before the next candidate: it bounds that candidate's gutter on the left.
    if (to < starts.length) gutter[to] = Math.max(gutter[to]!, p.x + p.width);
  }
  const allowed = Math.max(2, Math.floor(block.length * 0.08));
  const size = block[0]!.size;
  const xs: number[] = [starts[0]! - SNAP];
  let run = crossing[0]!;
  for (let k = 1; k < starts.length; k++) {
    run += crossing[k]!;
    // Two columns are at least a font size apart: a nearer start is the same column, ragged.
    if (counts[k]! >= 2 && run <= allowed && starts[k]! - xs[xs.length - 1]! > size) {
      const left = Number.isFinite(gutter[k]!) ? Math.min(gutter[k]!, starts[k]!) : starts[k]! - SNAP;
      xs.push((left + starts[k]!) / 2);
    }
  }
  const right = Math.max(...pieces.map((p) => p.x + p.width));
  xs.push(right + SNAP);
  return xs.length >= 3 ? xs : null;
}

const ROW_START = /^[\p{Lu}\d«"(№–-]/u;

/**
 * Lines → rows. Cells of a row are top-aligned, so a row begins on a line where the number column has a
 * number («1.», «2.3.»), or where two or more columns begin text as a cell begins it (a capital, a
 * digit, a quote) while the lines that go on a cell mostly start in lower case. A line that is one
 * piece crossing column boundaries is a heading across the table (a section).
 */
function textRows(block: readonly Line[], xs: readonly number[], headerLines: number): Cell[][] {
  const nCols = xs.length - 1;
  const rows: Cell[][] = [];
  let current: { lines: string[]; bold: boolean }[] | null = null;
  const flush = () => {
    if (!current) return;
    const r = rows.length;
    rows.push(
      current.map((c, i) => ({
        text: joinLines(c.lines),
        bold: c.bold,
        top: r,
        bottom: r,
        left: i,
        right: i,
      })),
    );
    current = null;
  };
  block.forEach((l, li) => {
    const groups = splitByGaps(l.pieces);
    const only = groups.length === 1 && li >= headerLines ? groups[0]! : null;
    if (only) {
      const a = only[0]!;
      const z = only[only.length - 1]!;
      if (bisectRight(xs, z.x + z.width - SNAP) > bisectRight(xs, a.x + SNAP)) {
        flush();
        const r = rows.length;
        const text = lineText([...only]);
        const cell: Cell = {
          text,
          bold: only.every((p) => p.bold),
          top: r,
          bottom: r,
          left: 0,
          right: nCols - 1,
        };
        rows.push(Array.from({ length: nCols }, () => cell));
        return;
      }
    }
    const byCol: PdfText[][] = Array.from({ length: nCols }, () => []);
    for (const p of l.pieces) {
      const c = Math.min(nCols - 1, Math.max(0, bisectRight(xs, p.x + 0.5) - 1));
      byCol[c]!.push(p);
    }
    const texts = byCol.map((list) => (list.length > 0 ? lineText([...list]) : ''));
    const numbered = NUMBER_RE.test(texts[0]!.split(' ')[0] ?? '');
    const opening = texts.filter((t) => ROW_START.test(t)).length;
    // The header's lines are one row; the first line after it starts the body.
    const inHeader = li > 0 && li < headerLines;
    if (current === null || li === headerLines || (!inHeader && (numbered || opening >= 2))) {
      const above = current;
      flush();
      current = byCol.map(() => ({ lines: [], bold: true }));
      // Lower case does not begin a cell: such text on the row's first line is the end of a taller cell
      // above it (a stage name longer than its first activity row).
      if (above) {
        byCol.forEach((list, c) => {
          if (list.length > 0 && LOWER_START.test(texts[c]!) && above[c]!.lines.length > 0) {
            rows[rows.length - 1]![c]!.text = joinLines([rows[rows.length - 1]![c]!.text, texts[c]!]);
            list.length = 0;
          }
        });
      }
    }
    const cur: { lines: string[]; bold: boolean }[] = current!;
    byCol.forEach((list, c) => {
      if (list.length === 0) return;
      cur[c]!.lines.push(texts[c]!);
      cur[c]!.bold &&= list.every((p) => p.bold);
    });
  });
  flush();
  return rows;
}

/** Pieces of one line split where the gap between them is wider than a word space (one font size). */
function splitByGaps(pieces: PdfText[]): PdfText[][] {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  const out: PdfText[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (out.length === 0 || p.x - end > p.size) out.push([p]);
    else out[out.length - 1]!.push(p);
    end = Math.max(end, p.x + p.width);
  }
  return out;
}

// ——— the document ———

interface Table {
  pieces: PageTable[];
  rows: Cell[][];
  width: number;
}

function rowTexts(row: readonly Cell[]): string[] {
  return row.map((cell, c) => (cell.left === c ? cell.text : ''));
}

function sameColumns(a: readonly number[], b: readonly number[], loose: boolean): boolean {
  if (a.length !== b.length) return false;
  const w = a[a.length - 1]! - a[0]!;
  return a.every((x, i) => Math.abs(x - b[i]!) <= Math.max(3, w * (loose ? 0.03 : 0.01)));
}

function rowKey(row: readonly Cell[]): string {
  return rowTexts(row)
    .map((t) => cleanText(t).toLowerCase())
    .join('|');
}

/**
 * Joins a table piece to the table it continues on the previous page. Rows at the top of the piece that
 * repeat the table's first rows (a header marked to repeat, with its «1 2 3 4 5» row) are dropped.
 * Then the first row of the piece may go on from the last row above the page break:
 * - a cell whose text starts with a lower-case letter is the rest of the cell above it (a sentence does
 *   not start in lower case): the two pieces become one text, for every row either piece covers;
 * - when every filled cell of that first row is such a rest, the row itself is the rest of the row cut by
 *   the page break, and is not a row of its own;
 * - an empty cell under a cell merged over several rows that reaches the page's end is that merged
 *   cell going on (LibreOffice prints a merged cell's text on its first page only).
 */
function continueTable(table: Table, piece: PageTable): void {
  const rows = [...piece.rows];
  let skip = 0;
  while (skip < rows.length && skip < table.rows.length && rowKey(rows[skip]!) === rowKey(table.rows[skip]!))
    skip++;
  // A lone header row repeated is a header only if the table's first row is its header: compare no further.
  rows.splice(0, skip);
  const prev = table.rows[table.rows.length - 1];
  const first = rows[0];
  if (prev && first) {
    const n = Math.min(prev.length, first.length);
    let filled = 0;
    let rests = 0;
    for (let c = 0; c < n; c++) {
      const cell = first[c]!;
      if (cell.left !== c) continue;
      const above = prev[c]!;
      if (cell.text === '') {
        if (
          above.bottom > above.top &&
          above.text !== '' &&
          above.left === cell.left &&
          above.right === cell.right
        )
          cell.text = above.text;
        continue;
      }
      filled++;
      if (LOWER_START.test(cell.text) && above.text !== '' && above.left === c) {
        rests++;
        const joined = joinLines([above.text, cell.text]);
        above.text = joined;
        cell.text = joined;
      }
    }
    if (filled > 0 && rests === filled) rows.shift();
  }
  table.pieces.push(piece);
  table.rows.push(...rows);
}

/** The roadmap table among the document's tables, and the tables that continue it. */
function pickTables(tables: Table[]): Table[] {
  const scored = tables.map((t) => {
    let fields: ReturnType<typeof readHeader> = null;
    for (const row of t.rows.slice(0, 3)) {
      fields = readHeader(rowTexts(row).map((x) => cleanText(x)));
      if (fields) break;
    }
    return { t, fields, key: fields ? fields.filter((f) => f !== null).join(',') : '' };
  });
  const headed = scored.filter((s) => s.fields);
  if (headed.length === 0) {
    const biggest = [...tables].sort((a, b) => b.rows.length - a.rows.length)[0];
    return biggest ? [biggest] : [];
  }
  // The plan says who does what: a table naming responsible persons beats an overview of stages; then the
  // longest. Other tables with the same columns are parts of the same plan (one table per stage).
  const best = [...headed].sort(
    (a, b) =>
      Number(b.fields!.includes('responsible')) - Number(a.fields!.includes('responsible')) ||
      b.t.rows.length - a.t.rows.length,
  )[0]!;
  return headed.filter((s) => s.key === best.key).map((s) => s.t);
}

/**
 * Pages → the roadmap table and the prose above it. Tables are found from drawn borders; a page with
 * none falls back to the gaps between words. A table piece at the top of a page continues the table at
 * the bottom of the previous page when its columns are the same.
 */
export function layoutPdfPages(pages: readonly PdfPageContent[]): PdfLayout {
  const tables: Table[] = [];
  /** Prose lines with their place: which table they stand before (index into `tables` at the time). */
  const prose: { line: PdfLine; before: number; y: number; page: number }[] = [];
  let method: PdfLayout['method'] = 'none';
  let lastTablePage = -1;
  pages.forEach((page, p) => {
    let found = pageTables(page, p);
    if (found.tables.length > 0) method = 'rules';
    else {
      const prev = tables[tables.length - 1];
      found = textTable(
        page,
        p,
        lastTablePage === p - 1 && prev ? prev.pieces[prev.pieces.length - 1]!.xs : null,
      );
      if (found.tables.length > 0 && method === 'none') method = 'text';
    }
    const free = page.texts.filter((t) => !found.used.has(t) && t.text.trim() !== '');
    const lines = toLines(free).map((l, i, all) => ({
      y: l.y,
      line: {
        text: lineText(l.pieces),
        bold: l.pieces.every((x) => x.bold),
        page: p,
        block: i === 0 || all[i - 1]!.y - l.y > l.size * 1.8,
      },
    }));
    // Prose between two table pieces of consecutive pages that is only page furniture (a page number,
    // a running header or footer of one line) does not break a table.
    const sorted = [...found.tables].sort((a, b) => b.top - a.top);
    let li = 0;
    sorted.forEach((t, i) => {
      const above: typeof lines = [];
      while (li < lines.length && lines[li]!.y > t.top) above.push(lines[li++]!);
      const prev = tables[tables.length - 1];
      const content = above.filter((l) => !isPageNumber(l.line.text));
      const continues =
        i === 0 &&
        prev !== undefined &&
        lastTablePage === p - 1 &&
        sameColumns(prev.pieces[prev.pieces.length - 1]!.xs, t.xs, t.guessed === true) &&
        content.length <= 1;
      if (continues) continueTable(prev, t);
      else {
        for (const l of above) prose.push({ line: l.line, before: tables.length, y: l.y, page: p });
        if (lines[li]) lines[li]!.line.block = true;
        tables.push({ pieces: [t], rows: [...t.rows], width: t.xs.length - 1 });
      }
      // Skip text lines that lie inside the table's box but were not taken (none, with rules).
      while (li < lines.length && lines[li]!.y >= t.bottom) li++;
      if (lines[li]) lines[li]!.line.block = true;
    });
    for (; li < lines.length; li++)
      prose.push({ line: lines[li]!.line, before: tables.length, y: lines[li]!.y, page: p });
    // A page whose last table is not at its end (prose follows, beyond a footer line) ends that table.
    const after = lines.filter(
      (l) => sorted.length > 0 && l.y < sorted[sorted.length - 1]!.bottom && !isPageNumber(l.line.text),
    );
    lastTablePage = sorted.length > 0 && after.length <= 1 ? p : -1;
  });
  const chosen = pickTables(tables);
  if (chosen.length === 0) {
    return { preamble: prose.map((x) => x.line), rows: [], method };
  }
  const firstIndex = tables.indexOf(chosen[0]!);
  const firstPage = chosen[0]!.pieces[0]!.page;
  // The title block stands above the table on the page where it begins; earlier pages are another part
  // of the document (an order, a cover letter), unless the table begins at the top of its page.
  let before = prose.filter((x) => x.before <= firstIndex && x.page === firstPage);
  if (before.filter((x) => !isPageNumber(x.line.text)).length === 0)
    before = prose.filter((x) => x.before <= firstIndex && x.page === firstPage - 1);
  const preamble = before.map((x) => x.line).filter((l) => !isPageNumber(l.text));
  const rows: string[][] = [];
  for (const t of chosen) {
    for (const row of t.rows) {
      const texts = rowTexts(row);
      const only = row[0]!.left === 0 && row[0]!.right === row.length - 1 && row.length > 2;
      // A cell across the whole table is a section heading («I. Подготовительный этап»).
      rows.push(only && texts[0] ? [`<b>${texts[0]}</b>`, ...texts.slice(1)] : texts);
    }
  }
  return { preamble, rows, method };
}

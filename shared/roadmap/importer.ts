import type { Deadline } from '../model';
import { localIsoDate } from '../sheets/cells';
import { type ColumnField, readHeader } from './columns';
import { parseDeadline } from './deadline';
import { type Period, parsePeriod, toPeriod } from './period';
import { splitResponsible } from './responsible';
import { REASONS, WARNINGS } from './strings';
import {
  cleanText,
  dropRepeatedPhrase,
  isBoldMarked,
  isPageNumber,
  isRuleText,
  joinBroken,
  looksBinary,
  splitNumbered,
  startsLowerCase,
} from './text';
import { readTextItems } from './textLayout';

/** One activity of an imported roadmap. */
export interface ImportedItem {
  section: string;
  stageNumber: string;
  stage: string;
  activity: string;
  content: string;
  deadlineText: string;
  deadline: Deadline;
  responsible: string[];
  /** 1-based line (text) or row (cells) where the item begins: for messages to the curator. */
  sourceRow: number;
}

export interface ImportWarning {
  /** 1-based line or row; null for the document as a whole. */
  row: number | null;
  message: string;
}

export interface ImportResult {
  title: string;
  period: Period | null;
  /** Lines before the table other than the title: «к приказу № …», «Цель: …». */
  preamble: string[];
  /** 'table': tab-separated text; 'text': text copied from a PDF; 'cells': rows already split. */
  format: 'table' | 'text' | 'cells';
  /** The table's columns as recognised, in order (null: a column the engine does not know). */
  columns: (ColumnField | null)[];
  hasDeadlineColumn: boolean;
  items: ImportedItem[];
  warnings: ImportWarning[];
  /** Set when nothing could be imported at all (empty text, binary data); the message is Russian. */
  error: string | null;
}

export interface ImportOptions {
  /** The period when the document does not name one (or to override it). */
  period?: Period | string | null;
  /** Lines or rows beyond this are not read (a warning says so). Default 100 000. */
  maxRows?: number;
  /**
   * Split «1) … 2) … 3) …» in one cell into separate activities of the same stage (each can then be
   * ticked off on its own). Default false: one item per row of the document.
   */
  splitNumbered?: boolean;
}

export type CellInput = readonly (readonly unknown[])[];

const DEFAULT_MAX_ROWS = 100_000;

/**
 * A whole roadmap document → title, period and items. Accepts the text of a Word/PDF table (cells
 * separated by tabs, or none at all when copied from a PDF) or rows already split into cells (a sheet,
 * a Google Docs table, CSV). Never throws on bad input: `error` and `warnings` say what went wrong.
 */
export function importRoadmap(input: string | CellInput, options: ImportOptions = {}): ImportResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const warnings: ImportWarning[] = [];
  if (typeof input !== 'string' && !Array.isArray(input)) {
    return failed(WARNINGS.empty, 'cells');
  }
  let rows: RawRow[];
  let format: ImportResult['format'];
  if (typeof input === 'string') {
    const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
    if (text.trim() === '') return failed(WARNINGS.empty, 'table');
    if (looksBinary(text)) return failed(WARNINGS.binary, 'table');
    let lines = text.split('\n');
    if (lines.length > maxRows) {
      warnings.push({ row: null, message: WARNINGS.tooManyRows(maxRows) });
      lines = lines.slice(0, maxRows);
    }
    const tabbed = lines.filter((l) => l.includes('\t')).length;
    if (tabbed < 2) return readTextDocument(lines, options, warnings);
    format = 'table';
    rows = lines.map((l, i) => ({ line: i + 1, cells: l.split('\t'), plain: !l.includes('\t') }));
  } else {
    format = 'cells';
    let list = input as CellInput;
    if (list.length > maxRows) {
      warnings.push({ row: null, message: WARNINGS.tooManyRows(maxRows) });
      list = list.slice(0, maxRows);
    }
    rows = list.map((r, i) => ({
      line: i + 1,
      cells: (Array.isArray(r) ? r : [r]).map(cellText),
      plain: false,
    }));
    if (rows.every((r) => r.cells.every((c) => c.trim() === ''))) return failed(WARNINGS.empty, 'cells');
    if (looksBinary(rows.flatMap((r) => r.cells).join('\t'))) return failed(WARNINGS.binary, 'cells');
  }
  return readTable(rows, format, options, warnings);
}

/** A cell as text. A Date (from a sheet's getValues) becomes «ДД.ММ.ГГГГ», which parseDeadline reads as a date. */
function cellText(c: unknown): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return '';
    const iso = localIsoDate(c);
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  }
  return String(c);
}

function failed(message: string, format: ImportResult['format']): ImportResult {
  return {
    title: '',
    period: null,
    preamble: [],
    format,
    columns: [],
    hasDeadlineColumn: false,
    items: [],
    warnings: [{ row: null, message }],
    error: message,
  };
}

interface RawRow {
  line: number;
  cells: string[];
  /** A line of text with no tab: inside a table, a piece of a cell broken over lines. */
  plain: boolean;
}

/** Title and period from the lines before the table. The title is the first bold block, else the first line. */
export function readPreamble(lines: readonly string[]): {
  title: string;
  preamble: string[];
  period: Period | null;
} {
  const text = lines.join('\n');
  const bold = /\*\*([\s\S]+?)\*\*|<b>([\s\S]+?)<\/b>/i.exec(text);
  let title = '';
  let rest = lines.map((l) => cleanText(l)).filter((l) => l.length > 0);
  if (bold) {
    title = dropRepeatedPhrase(cleanText(bold[1] ?? bold[2] ?? ''));
    const after = text.slice(0, bold.index) + text.slice(bold.index + bold[0].length);
    rest = after
      .split('\n')
      .map((l) => cleanText(l))
      .filter((l) => l.length > 0);
  } else if (rest.length > 0) {
    // No bold: the title starts at «Дорожная карта» / «План» and runs to the line naming the period (4 lines at most).
    const from = Math.max(
      0,
      rest.findIndex((l) => /дорожн|план/i.test(l)),
    );
    let to = from;
    for (let j = from; j < Math.min(rest.length, from + 4); j++) {
      if (parsePeriod(rest[j]!)) {
        to = j;
        break;
      }
    }
    title = dropRepeatedPhrase(rest.slice(from, to + 1).join(' '));
    rest = rest.filter((_, j) => j < from || j > to);
  }
  // The period is read from the title; a preamble line «на 2023-2024 учебный год» also counts, an order number does not.
  let period = parsePeriod(title);
  if (!period) {
    for (const l of rest) {
      if (/учебн|на\s+\d{4}/i.test(l)) period = parsePeriod(l);
      if (period) break;
    }
  }
  return { title, preamble: rest, period };
}

interface Draft {
  section: string;
  stageNumber: string;
  stage: string;
  activity: string;
  content: string;
  deadlineText: string;
  responsible: string;
  sourceRow: number;
}

const NUMBER_RE = /^\d{1,5}(?:\.\d{1,3})*\.?$/;

function readTable(
  rows: RawRow[],
  format: ImportResult['format'],
  options: ImportOptions,
  warnings: ImportWarning[],
): ImportResult {
  let headerAt = -1;
  let columns: (ColumnField | null)[] = [];
  for (let i = 0; i < rows.length && i < 200; i++) {
    const h = readHeader(rows[i]!.cells.map((c) => cleanText(c)));
    if (h) {
      headerAt = i;
      columns = h;
      break;
    }
  }
  let bodyStart = headerAt + 1;
  if (headerAt < 0) {
    warnings.push({ row: null, message: WARNINGS.noHeader });
    bodyStart = rows.findIndex((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
    if (bodyStart < 0) bodyStart = rows.length;
    columns = guessColumns(rows.slice(bodyStart));
  }
  // Lines before the header (or, with no header, before the first row of cells) hold the title.
  const head = readPreamble(
    rows.slice(0, headerAt >= 0 ? headerAt : bodyStart).map((r) => r.cells.join(' ')),
  );
  const period = toPeriod(options.period ?? null) ?? head.period;
  if (!period) warnings.push({ row: null, message: WARNINGS.noPeriod });
  const hasDeadlineColumn = columns.includes('deadlineText');
  if (!hasDeadlineColumn) warnings.push({ row: null, message: WARNINGS.noDeadlineColumn });
  if (format === 'table') rows = mergeBrokenLines(rows, bodyStart, columns.length);
  const hasStageColumn = columns.includes('stage');
  const width = columns.length;
  const headerKey = headerAt >= 0 ? rowKey(rows[headerAt]!.cells) : '';
  const headerCount = headerKey ? headerKey.split('|').length : 0;

  const drafts: Draft[] = [];
  let section = '';
  let current: Draft | null = null;
  for (let i = bodyStart; i < rows.length; i++) {
    const row = rows[i]!;
    const joined = row.cells.join(' ').trim();
    if (joined === '') continue;
    const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (isRuleText(joined)) continue;
    if (headerKey && filled.length === headerCount && rowKey(row.cells) === headerKey) continue; // a header repeated after a page break
    if (isColumnNumbers(filled)) continue;
    if (filled.length === 1 && (isBoldMarked(filled[0]!) || (row.plain && isBoldMarked(joined)))) {
      section = cleanText(filled[0]!);
      current = null;
      continue;
    }
    if (row.plain && isPageNumber(joined)) continue;
    if (row.plain) {
      // A cell broken over lines: its next piece has no tabs around it.
      if (current) appendToLastCell(current, cleanText(joined));
      else
        warnings.push({ row: row.line, message: WARNINGS.orphanContinuation(row.line, cleanText(joined)) });
      continue;
    }
    const cells = alignCells(row.cells.map(cleanText), columns, warnings, row.line);
    const d = toDraft(cells, columns, section, row.line);
    if (
      format === 'cells' &&
      !d.stageNumber &&
      filled.length === 1 &&
      cleanText(row.cells[0] ?? '') !== '' &&
      !startsLowerCase(d.activity || d.stage) &&
      width > 2
    ) {
      // A sheet or CSV loses bold: a row with only its first cell filled is a section.
      section = cleanText(row.cells[0]!);
      current = null;
      continue;
    }
    const lead = d.stage || d.activity;
    const continues = !d.stageNumber && current !== null && (lead === '' || startsLowerCase(lead));
    if (continues && current) {
      mergeInto(current, d);
      continue;
    }
    if (!d.stageNumber && !lead && !d.content) {
      warnings.push({ row: row.line, message: WARNINGS.noActivity(row.line) });
      continue;
    }
    if (!d.stageNumber && !d.stage && hasStageColumn && current) {
      // Merged № and stage cells in Word: the activity belongs to the stage above.
      d.stageNumber = current.stageNumber;
      d.stage = current.stage;
      if (!d.section) d.section = current.section;
    }
    if (!d.stageNumber && current === null && lead && startsLowerCase(lead) && drafts.length > 0) {
      warnings.push({ row: row.line, message: WARNINGS.orphanContinuation(row.line, lead) });
    }
    drafts.push(d);
    current = d;
  }
  return finish(drafts, {
    title: head.title,
    preamble: head.preamble,
    period,
    format,
    columns,
    hasDeadlineColumn,
    warnings,
    splitNumbered: options.splitNumbered ?? false,
  });
}

/**
 * A cell broken over lines in tabbed text: the row goes on on the next line, whose first piece ends the
 * broken cell. «1.→Этап→Анкетирование потенциальных» + «наставников и сбор согласий→Сентябрь».
 */
function mergeBrokenLines(rows: RawRow[], from: number, width: number): RawRow[] {
  const out = rows.slice(0, from);
  const trimmed = (cells: string[]) => {
    const c = [...cells];
    while (c.length > 0 && c[c.length - 1]!.trim() === '') c.pop();
    return c;
  };
  for (let i = from; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = out[out.length - 1];
    if (prev && i > from && !prev.plain && !row.plain && prev.line === row.line - 1) {
      const a = trimmed(prev.cells);
      const b = trimmed(row.cells);
      // Cheap tests first: most rows are complete and never reach cleanText here.
      if (a.length >= 2 && a.length < width && b.length >= 2 && a.length + b.length - 1 <= width) {
        const first = cleanText(b[0] ?? '');
        if (
          first !== '' &&
          !NUMBER_RE.test(first) &&
          NUMBER_RE.test(cleanText(a[0] ?? '')) &&
          a.every((c) => cleanText(c) !== '')
        ) {
          a[a.length - 1] = joinBroken(a[a.length - 1]!.trim(), b[0]!.trim());
          out[out.length - 1] = { ...prev, cells: [...a, ...b.slice(1)] };
          continue;
        }
      }
    }
    out.push(row);
  }
  return out;
}

function rowKey(cells: readonly string[]): string {
  return cells
    .map((c) => cleanText(c).toLowerCase())
    .filter((c) => c !== '')
    .join('|');
}

/** «1 2 3 4 5» under the header: the column numbers some templates print. */
function isColumnNumbers(filled: readonly string[]): boolean {
  return filled.length >= 3 && filled.every((c, i) => c.replace(/\.$/, '') === String(i + 1));
}

/** Without a header: a first column of numbers is the №, then activity, result, deadline, responsible. */
function guessColumns(rows: RawRow[]): (ColumnField | null)[] {
  const sample = rows.slice(0, 50).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const width = Math.max(1, ...sample.map((r) => r.cells.length));
  const numbered = sample.filter((r) => NUMBER_RE.test((r.cells[0] ?? '').trim())).length > sample.length / 2;
  const order: ColumnField[] = numbered
    ? ['stageNumber', 'activity', 'content', 'deadlineText', 'responsible']
    : ['activity', 'content', 'deadlineText', 'responsible'];
  return Array.from({ length: width }, (_, i) => order[i] ?? null);
}

/**
 * Cells arrive cleaned. Rows with fewer cells than the header and no number in front have lost the (empty) № cell:
 * «Разработка…→Положения…→В течение года→…» under «№→Мероприятия→Ожидаемый результат→Сроки→Ответственный».
 */
function alignCells(
  raw: readonly string[],
  columns: readonly (ColumnField | null)[],
  warnings: ImportWarning[],
  line: number,
): string[] {
  const cells = [...raw];
  while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  if (
    cells.length < columns.length &&
    columns[0] === 'stageNumber' &&
    cells.length > 0 &&
    !NUMBER_RE.test(cells[0]!) &&
    cells[0] !== ''
  ) {
    cells.unshift('');
  }
  if (cells.length > columns.length && columns.length > 0) {
    const extra = cells.splice(columns.length);
    const text = extra
      .map((c) => cleanText(c))
      .filter((c) => c !== '')
      .join(' ');
    if (text) {
      cells[columns.length - 1] = `${cells[columns.length - 1] ?? ''} ${text}`;
      warnings.push({ row: line, message: WARNINGS.extraCells(line, text) });
    }
  }
  return cells;
}

function toDraft(
  cells: readonly string[],
  columns: readonly (ColumnField | null)[],
  section: string,
  line: number,
): Draft {
  const d: Draft = {
    section,
    stageNumber: '',
    stage: '',
    activity: '',
    content: '',
    deadlineText: '',
    responsible: '',
    sourceRow: line,
  };
  const unknown: string[] = [];
  columns.forEach((field, i) => {
    const v = cells[i] ?? '';
    if (!v) return;
    if (field === null) unknown.push(v);
    else if (field === 'section') d.section = v;
    else d[field] = joinBroken(d[field], v);
  });
  if (unknown.length > 0) d.content = [d.content, ...unknown].filter((s) => s).join(' ');
  d.stageNumber = d.stageNumber.replace(/\.$/, '');
  if (d.stageNumber && !NUMBER_RE.test(d.stageNumber)) {
    // Not a number: text in the № column belongs to the activity.
    d.activity = joinBroken(d.stageNumber, d.activity);
    d.stageNumber = '';
  }
  return d;
}

const MERGED_FIELDS = ['stage', 'activity', 'content', 'deadlineText', 'responsible'] as const;

function mergeInto(target: Draft, piece: Draft): void {
  for (const f of MERGED_FIELDS) target[f] = joinBroken(target[f], piece[f]);
}

function appendToLastCell(target: Draft, text: string): void {
  const order = ['responsible', 'deadlineText', 'content', 'activity', 'stage'] as const;
  const f = order.find((k) => target[k] !== '') ?? 'activity';
  target[f] = joinBroken(target[f], text);
}

interface FinishContext {
  title: string;
  preamble: string[];
  period: Period | null;
  format: ImportResult['format'];
  columns: (ColumnField | null)[];
  hasDeadlineColumn: boolean;
  warnings: ImportWarning[];
  splitNumbered: boolean;
}

/** Drafts → items: deadlines parsed, responsible split, numbering checked. Shared by both layouts. */
function finish(drafts: Draft[], ctx: FinishContext): ImportResult {
  const { warnings, period } = ctx;
  const items: ImportedItem[] = [];
  const cache = new Map<string, Deadline>();
  let lastNumber: number | null = null;
  for (const d of drafts) {
    if (!d.activity && !d.stage && !d.content) continue;
    let activity = d.activity;
    let content = d.content;
    if (!activity) {
      // A stage with no activity text: its result (or its name) is what is to be done.
      activity = content || d.stage;
      content = activity === content ? '' : content;
    }
    const deadline: Deadline = ctx.hasDeadlineColumn
      ? cachedDeadline(cache, d.deadlineText, period)
      : { ...parseDeadline('', period), reason: REASONS.noColumn };
    if (ctx.hasDeadlineColumn && deadline.kind === 'none' && d.deadlineText) {
      warnings.push({
        row: d.sourceRow,
        message: WARNINGS.unreadDeadline(d.sourceRow, deadline.reason ?? ''),
      });
    }
    const n = /^\d+$/.test(d.stageNumber) ? Number(d.stageNumber) : null;
    if (n !== null) {
      if (lastNumber !== null && n > lastNumber + 1) {
        warnings.push({
          row: d.sourceRow,
          message: WARNINGS.numberingGap(d.sourceRow, String(lastNumber), String(n)),
        });
      }
      if (lastNumber === null || n !== lastNumber) lastNumber = n;
    }
    const responsible = splitResponsible(d.responsible);
    const parts = (ctx.splitNumbered && splitNumbered(activity)) || [activity];
    parts.forEach((part, i) => {
      items.push({
        section: d.section,
        stageNumber: d.stageNumber,
        stage: d.stage,
        activity: part,
        content,
        deadlineText: d.deadlineText,
        deadline: i === 0 ? deadline : cachedDeadline(cache, d.deadlineText, period, deadline),
        responsible: [...responsible],
        sourceRow: d.sourceRow,
      });
    });
  }
  if (items.length === 0) warnings.push({ row: null, message: WARNINGS.noItems });
  return {
    title: ctx.title,
    period,
    preamble: ctx.preamble,
    format: ctx.format,
    columns: ctx.columns,
    hasDeadlineColumn: ctx.hasDeadlineColumn,
    items,
    warnings,
    error: items.length === 0 ? WARNINGS.noItems : null,
  };
}

export type { Draft };

/** Documents repeat the same few deadlines («В течение года», «Июнь ежегодно»): read each text once. */
function cachedDeadline(
  cache: Map<string, Deadline>,
  text: string,
  period: Period | null,
  known?: Deadline,
): Deadline {
  let d = known ?? cache.get(text);
  if (!d) {
    d = parseDeadline(text, period);
    cache.set(text, d);
  }
  // A copy per item: the caller may edit one item's deadline.
  return { ...d, recurrence: d.recurrence ? { ...d.recurrence, months: [...d.recurrence.months] } : null };
}

function readTextDocument(lines: string[], options: ImportOptions, warnings: ImportWarning[]): ImportResult {
  const layout = readTextItems(lines);
  const head = readPreamble(layout.preamble);
  const period = toPeriod(options.period ?? null) ?? head.period;
  if (!period) warnings.push({ row: null, message: WARNINGS.noPeriod });
  if (layout.drafts.length === 0) warnings.push({ row: null, message: WARNINGS.noStructure });
  if (!layout.hasDeadlineColumn) warnings.push({ row: null, message: WARNINGS.noDeadlineColumn });
  for (const row of layout.unsplit) warnings.push({ row, message: WARNINGS.stageNotSplit(row) });
  return finish(layout.drafts, {
    title: head.title,
    preamble: head.preamble,
    period,
    format: 'text',
    columns: layout.columns,
    hasDeadlineColumn: layout.hasDeadlineColumn,
    warnings,
    splitNumbered: options.splitNumbered ?? false,
  });
}

/** Importing a roadmap from text or cells: layout, stages and activities, deadlines read, warnings with their lines. */
import type { Deadline } from '../model';
import { localIsoDate } from '../sheets/cells';
import type { ColumnField } from './columns';
import { parseDeadline } from './deadline';
import type { Draft, RawRow } from './draft';
import { readOrganisation } from './organisation';
import { type Period, toPeriod } from './period';
import { readPreamble } from './preamble';
import { splitResponsible } from './responsible';
import { REASONS, WARNINGS } from './strings';
import { readTableLayout } from './tableLayout';
import { looksBinary, splitNumbered } from './text';
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
  /** The issuing organisation as written in the title or the title block; '' when none is named. */
  organisation: string;
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
  /**
   * What was read (the text, or the rows of cells a file reader produced), when anything was: the same
   * import can be run again elsewhere. The add-on's dialog previews a file and sends this to the server,
   * which re-reads it with the same code, so what is written is what was previewed.
   */
  source?: string | CellInput;
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
    if (tabbed < 2) return { ...readTextDocument(lines, options, warnings), source: input };
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
  return { ...readTableDocument(rows, format, options, warnings), source: input };
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

/** A result with nothing imported and `message` as its error (also used by the file readers). */
export function failed(message: string, format: ImportResult['format']): ImportResult {
  return {
    title: '',
    organisation: '',
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

interface FinishContext {
  title: string;
  organisation: string;
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
  // Document-level warnings first, then by line: the order the curator reads the document in.
  warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    title: ctx.title,
    organisation: ctx.organisation,
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

function readTableDocument(
  rows: RawRow[],
  format: 'table' | 'cells',
  options: ImportOptions,
  warnings: ImportWarning[],
): ImportResult {
  const layout = readTableLayout(rows, format, warnings);
  const head = readPreamble(layout.preambleLines);
  const period = toPeriod(options.period ?? null) ?? head.period;
  if (!period) warnings.push({ row: null, message: WARNINGS.noPeriod });
  if (!layout.hasDeadlineColumn) warnings.push({ row: null, message: WARNINGS.noDeadlineColumn });
  return finish(layout.drafts, {
    title: head.title,
    organisation: readOrganisation(head.title, head.preamble),
    preamble: head.preamble,
    period,
    format,
    columns: layout.columns,
    hasDeadlineColumn: layout.hasDeadlineColumn,
    warnings,
    splitNumbered: options.splitNumbered ?? false,
  });
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
    organisation: readOrganisation(head.title, head.preamble),
    preamble: head.preamble,
    period,
    format: 'text',
    columns: layout.columns,
    hasDeadlineColumn: layout.hasDeadlineColumn,
    warnings,
    splitNumbered: options.splitNumbered ?? false,
  });
}

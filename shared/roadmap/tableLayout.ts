/** A roadmap table (tabbed text or cells) into drafts: header found, sections kept, continuation rows joined. */
import { type ColumnField, readHeader } from './columns';
import { parseDeadline } from './deadline';
import { type Draft, NUMBER_RE, type RawRow } from './draft';
import type { ImportWarning } from './importer';
import { academicYear } from './period';
import { REASONS, WARNINGS } from './strings';
import {
  appendBroken,
  cleanText,
  isBoldMarked,
  isPageNumber,
  isRuleText,
  joinBroken,
  startsLowerCase,
} from './text';

export interface TableLayout {
  /** Lines before the header (or, with no header, before the first row of cells): title and preamble. */
  preambleLines: string[];
  drafts: Draft[];
  columns: (ColumnField | null)[];
  hasDeadlineColumn: boolean;
}

/**
 * Rows of a table (tabbed text or cells) → drafts: header found, sections kept, continuation rows joined,
 * broken cells rejoined, separator rows, repeated headers, column numbers and page numbers dropped.
 */
export function readTableLayout(
  input: RawRow[],
  format: 'table' | 'cells',
  warnings: ImportWarning[],
): TableLayout {
  let rows = input;
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
  const preambleLines = rows.slice(0, headerAt >= 0 ? headerAt : bodyStart).map((r) => r.cells.join(' '));
  const hasDeadlineColumn = columns.includes('deadlineText');
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
  return { preambleLines, drafts, columns, hasDeadlineColumn };
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
 * Cells arrive cleaned. A row with fewer cells than the header and no number in front has lost its empty
 * leading cells: the № alone («Разработка…→Положения…→В течение года→…» under «№→Мероприятия→Ожидаемый
 * результат→Сроки→Ответственный»), or the № and the stage of a merged stage cell copied without its tabs
 * («Проведение итогового мероприятия→Май→Куратор» under «№→Этап→Мероприятие→Сроки→Ответственные»).
 * How many were lost is read from the row's deadline: the one cell that reads as a deadline goes under
 * «Сроки». Without one, the № alone is put back.
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
    const missing = columns.length - cells.length;
    const shift = deadlineShift(cells, columns, missing) ?? 1;
    cells.unshift(...new Array<string>(shift).fill(''));
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
  for (const f of MERGED_FIELDS) appendBroken(target, f, piece[f]);
}

function appendToLastCell(target: Draft, text: string): void {
  const order = ['responsible', 'deadlineText', 'content', 'activity', 'stage'] as const;
  const f = order.find((k) => target[k] !== '') ?? 'activity';
  appendBroken(target, f, text);
}

/** Any year will do to tell whether a cell reads as a deadline (a month needs a period to get dates). */
const ANY_PERIOD = academicYear(2000);

/**
 * How far a short row must move right so that its deadline cell lands under «Сроки»: the shortest cell
 * that reads as a deadline (a date, a month, «В течение года», «По мере необходимости»…) among those
 * that can get there; null when no cell does (then the caller puts back the № alone).
 */
function deadlineShift(
  cells: readonly string[],
  columns: readonly (ColumnField | null)[],
  missing: number,
): number | null {
  const target = columns.indexOf('deadlineText');
  if (target < 0) return null;
  let best: { shift: number; length: number } | null = null;
  for (let i = 0; i < cells.length; i++) {
    const shift = target - i;
    const text = cells[i]!;
    // A deadline is a short phrase; long cells are activities even when they name a month.
    if (shift < 0 || shift > missing || text === '' || text.length > 80) continue;
    if (best && text.length >= best.length) continue;
    if (readsAsDeadline(text)) best = { shift, length: text.length };
  }
  return best?.shift ?? null;
}

function readsAsDeadline(text: string): boolean {
  const d = parseDeadline(text, ANY_PERIOD);
  return d.kind !== 'none' || (d.reason !== REASONS.unrecognized(text) && d.reason !== REASONS.empty);
}

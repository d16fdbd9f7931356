/** The row codec: headers mapped through a sheet's dictionary, rows decoded with issues, new IDs, and writes planned as blocks. */
import type { z } from 'zod';
import { heldRepeats, type PersonRef } from '../people/identity';
import { normalizeHeader } from '../text';
import {
  type CellOptions,
  type CellValue,
  type EncodeOptions,
  encodeCell,
  isBlank,
  parseCell,
} from './cells';
import { type SheetValue, toSheetValue } from './safety';
import { SHEET_STRINGS as T } from './strings';
import type { ColumnDef, ModelSheet, Reads, SheetDef } from './types';

export { type CellValue, type CellWrite, type EncodeOptions, encodeCell } from './cells';

/** Where each known column stands in a sheet, found by header text (any order, aliases, own columns kept). */
export interface HeaderMap {
  sheet: SheetDef;
  /** 1-based row of the header. */
  headerRow: number;
  /** field → 0-based column index. */
  columns: Map<string, number>;
  /** Columns the curator added: never read, never written. */
  unknown: { index: number; header: string }[];
  /** Known columns absent from the sheet. */
  missing: ColumnDef[];
  /** The same field under two headers: the first one is used. */
  repeated: { index: number; header: string; field: string }[];
}

export interface RowIssue {
  /** 1-based sheet row (0 for a problem with the whole sheet). */
  row: number;
  /** The header as the sheet shows it, or the dictionary's header when the column is missing. */
  column: string;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedRow<T> {
  row: number;
  record: T;
  /** The row had no ID and was given one: the add-on writes it back. */
  newId: boolean;
}

export interface ReadResult<T> {
  header: HeaderMap | null;
  rows: ParsedRow<T>[];
  /** Rows with an error are skipped; warnings keep the row. */
  issues: RowIssue[];
  /** A problem that prevents reading the sheet at all (no header, missing required column). */
  fatal: string | null;
}

export interface ReadOptions extends CellOptions {
  /** IDs already in use elsewhere (e.g. taken by rows of a previous read), so new IDs never collide. */
  takenIds?: Iterable<string>;
}

const keyOf = (col: ColumnDef): string[] => [col.header, col.field, ...col.aliases].map(normalizeHeader);

/** Maps one header row. */
export function mapHeaderRow(cells: readonly CellValue[], sheet: SheetDef, headerRow = 1): HeaderMap {
  const lookup = new Map<string, ColumnDef>();
  // The dictionary's own headers win over another column's alias with the same spelling.
  for (const col of sheet.columns)
    for (const k of keyOf(col).slice(1)) if (!lookup.has(k)) lookup.set(k, col);
  for (const col of sheet.columns) lookup.set(normalizeHeader(col.header), col);
  const columns = new Map<string, number>();
  const unknown: HeaderMap['unknown'] = [];
  const repeated: HeaderMap['repeated'] = [];
  cells.forEach((cell, index) => {
    const text = String(cell ?? '').trim();
    if (text === '') return;
    const col = lookup.get(normalizeHeader(text));
    if (!col) unknown.push({ index, header: text });
    else if (columns.has(col.field)) repeated.push({ index, header: text, field: col.field });
    else columns.set(col.field, index);
  });
  const missing = sheet.columns.filter((c) => !columns.has(c.field));
  return { sheet, headerRow, columns, unknown, missing, repeated };
}

/** Finds the header row among the first rows (a CSV may start with a title line) and maps it. */
export function findHeader(
  values: readonly (readonly CellValue[])[],
  sheet: SheetDef,
  scanRows = 10,
): HeaderMap | null {
  let best: HeaderMap | null = null;
  for (let i = 0; i < Math.min(scanRows, values.length); i++) {
    const map = mapHeaderRow(values[i] ?? [], sheet, i + 1);
    if (map.columns.size > (best?.columns.size ?? 0)) best = map;
  }
  return best && best.columns.size >= Math.min(2, sheet.columns.length) ? best : null;
}

export function headerText(map: HeaderMap, values: readonly (readonly CellValue[])[], field: string): string {
  const idx = map.columns.get(field);
  if (idx === undefined) return map.sheet.columns.find((c) => c.field === field)?.header ?? field;
  return String(values[map.headerRow - 1]?.[idx] ?? '').trim();
}

/** The 1-based number of the last row with any non-blank cell, and never above `headerRow` (0: no header). */
export function lastDataRow(values: readonly (readonly CellValue[])[], headerRow: number): number {
  let last = values.length;
  while (last > headerRow && (values[last - 1] ?? []).every((v) => isBlank(v))) last--;
  return last;
}

/** IDs present in the sheet's ID column below the header (valid rows or not), so a new ID never collides. */
export function idsIn(values: readonly (readonly CellValue[])[], header: HeaderMap): Set<string> {
  const ids = new Set<string>();
  const idx = header.columns.get('id');
  if (idx === undefined) return ids;
  for (let i = header.headerRow; i < values.length; i++) {
    const v = values[i]?.[idx];
    if (!isBlank(v)) ids.add(String(v).trim());
  }
  return ids;
}

/** Only the given fields' columns, so planWrite writes nothing else (never curator columns, never other data). */
export function onlyColumns(header: HeaderMap, fields: readonly string[]): HeaderMap {
  const columns = new Map<string, number>();
  for (const f of fields) {
    const i = header.columns.get(f);
    if (i !== undefined) columns.set(f, i);
  }
  return { ...header, columns };
}

/** Highest number seen per prefix for a set of IDs, with the set's size when counted (to notice outside adds). */
const idCounters = new WeakMap<Set<string>, Map<string, { max: number; size: number }>>();

/** Next free ID with the sheet's prefix: NS-0001, NS-0002, … Amortised O(1): the set is scanned once per prefix. */
export function nextId(prefix: string, taken: Set<string>): string {
  let counters = idCounters.get(taken);
  if (!counters) {
    counters = new Map();
    idCounters.set(taken, counters);
  }
  let counter = counters.get(prefix);
  if (!counter || counter.size !== taken.size) {
    let max = 0;
    const re = new RegExp(`^${prefix}-(\\d+)$`);
    for (const id of taken) {
      const m = re.exec(id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    counter = { max, size: taken.size };
    counters.set(prefix, counter);
  }
  let id: string;
  do id = `${prefix}-${String(++counter.max).padStart(4, '0')}`;
  while (taken.has(id));
  taken.add(id);
  counter.size = taken.size;
  return id;
}

/**
 * Reads a sheet's values (as `getValues()` gives them, header included) into typed records: by the sheet's own
 * row schema, or by a narrower schema whose required fields all have a column (else it does not compile).
 * One bad row never fails the sheet: it is reported with its row and column and skipped.
 */
export function readTable<S extends z.ZodObject>(
  values: readonly (readonly CellValue[])[],
  sheet: ModelSheet<S>,
  options: ReadOptions,
): ReadResult<z.output<S>>;
export function readTable<F extends string, R extends z.ZodType>(
  values: readonly (readonly CellValue[])[],
  sheet: SheetDef<F>,
  schema: R & Reads<R, F>,
  options: ReadOptions,
): ReadResult<z.output<R>>;
export function readTable(
  values: readonly (readonly CellValue[])[],
  sheet: SheetDef | ModelSheet,
  schemaOrOptions: z.ZodType | ReadOptions,
  maybeOptions?: ReadOptions,
): ReadResult<unknown> {
  return maybeOptions === undefined
    ? decodeTable(values, sheet, (sheet as ModelSheet).schema, schemaOrOptions as ReadOptions)
    : decodeTable(values, sheet, schemaOrOptions as z.ZodType, maybeOptions);
}

function decodeTable(
  values: readonly (readonly CellValue[])[],
  sheet: SheetDef,
  schema: z.ZodType,
  options: ReadOptions,
): ReadResult<unknown> {
  const header = findHeader(values, sheet);
  const issues: RowIssue[] = [];
  if (!header) {
    return {
      header: null,
      rows: [],
      issues,
      fatal: T.noHeader(sheet.title),
    };
  }
  const missingRequired = header.missing.filter((c) => c.required);
  if (missingRequired.length > 0) {
    const names = missingRequired.map((c) => `«${c.header}»`).join(', ');
    return {
      header,
      rows: [],
      issues,
      fatal: T.noRequired(sheet.title, names),
    };
  }
  for (const r of header.repeated) {
    issues.push({
      row: header.headerRow,
      column: r.header,
      field: r.field,
      message: T.repeatedColumn,
      severity: 'warning',
    });
  }

  const mapped = sheet.columns.filter((c) => header.columns.has(c.field));
  const hasId = sheet.columns.some((c) => c.field === 'id');
  const taken = idsIn(values, header);
  for (const id of options.takenIds ?? []) taken.add(id);
  const seenIds = new Map<string, number>();
  const lastValue = new Map<string, CellValue>();
  const rows: ParsedRow<unknown>[] = [];

  for (let i = header.headerRow; i < values.length; i++) {
    const cells = values[i] ?? [];
    const rowNumber = i + 1;
    if (mapped.every((c) => isBlank(cells[header.columns.get(c.field)!]))) continue;
    const raw: Record<string, unknown> = {};
    const rowIssues: RowIssue[] = [];
    const column = (field: string) => headerText(header, values, field);
    for (const col of mapped) {
      let cell = cells[header.columns.get(col.field)!];
      if (col.fillDown) {
        if (isBlank(cell)) cell = lastValue.get(col.field);
        else lastValue.set(col.field, cell);
      }
      const res = parseCell(cell, col, options);
      if (res.ok) {
        if (res.value !== null) raw[col.field] = res.value;
        else if (col.required) rowIssues.push(issue(rowNumber, column(col.field), col.field, T.empty));
      } else {
        rowIssues.push(issue(rowNumber, column(col.field), col.field, res.message));
      }
    }
    let newId = false;
    if (hasId && (raw.id === undefined || raw.id === '')) {
      raw.id = nextId(sheet.idPrefix, taken);
      newId = true;
    }
    if (rowIssues.length === 0) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const zi of parsed.error.issues) {
          const field = String(zi.path[0] ?? '');
          rowIssues.push(issue(rowNumber, column(field), field, zi.message));
        }
      } else {
        const record = parsed.data as Record<string, unknown>;
        if (typeof record.id === 'string') {
          const first = seenIds.get(record.id);
          if (first !== undefined) {
            rowIssues.push(issue(rowNumber, column('id'), 'id', T.duplicateId(record.id, first)));
          } else seenIds.set(record.id, rowNumber);
        }
        if (!rowIssues.some((x) => x.severity === 'error'))
          rows.push({ row: rowNumber, record: parsed.data, newId });
      }
    }
    issues.push(...rowIssues);
  }
  issues.push(...repeatWarnings(rows, header, values));
  issues.sort((a, b) => a.row - b.row);
  return { header, rows, issues, fatal: null };
}

/** People rows that repeat an earlier row by the one identity rule (shared/people/identity.ts): warnings. */
function repeatWarnings(
  rows: readonly ParsedRow<unknown>[],
  header: HeaderMap,
  values: readonly (readonly CellValue[])[],
): RowIssue[] {
  const people = rows.filter((r): r is ParsedRow<PersonRef & { id?: string; repeatOf?: string | null }> => {
    const rec = r.record as Record<string, unknown>;
    return typeof rec.fullName === 'string' && 'email' in rec;
  });
  if (people.length === 0) return [];
  const column = headerText(header, values, 'fullName');
  const out: RowIssue[] = [];
  for (const [i, held] of heldRepeats(people, (r) => r.record)) {
    const row = people[i]!.row;
    const message =
      held.of < 0
        ? T.markedRepeat(String(people[i]!.record.repeatOf ?? ''))
        : held.sameness === 'same'
          ? T.sameEmail(people[held.of]!.row)
          : T.sameName(people[held.of]!.row);
    out.push({ ...issue(row, column, 'fullName', message), severity: 'warning' });
  }
  return out;
}

function issue(row: number, column: string, field: string, message: string): RowIssue {
  return { row, column, field, message, severity: 'error' };
}

/** A readable line for a curator: «Строка 7, столбец «Стаж, лет»: ожидается число, а не «десять»». */
export function formatIssue(i: RowIssue): string {
  if (i.row === 0) return i.message;
  return T.rowColumn(i.row, i.column, i.message);
}

/** A record as a full row in the dictionary's column order (for new sheets and CSV export). */
export function encodeRow(
  record: Record<string, unknown>,
  sheet: SheetDef,
  options: EncodeOptions = {},
): unknown[] {
  return sheet.columns.map((c) => encodeCell(record[c.field], c, options));
}

export interface RecordWrite {
  /** 1-based sheet row to update, or null to append after the last row. */
  row: number | null;
  record: Record<string, unknown>;
}

export interface WriteBlock {
  /** 1-based row and column of the block's top-left cell, as `getRange(row, column, …)` takes them. */
  row: number;
  column: number;
  /** Ready for setValues: every cell went through toSheetValue. */
  values: SheetValue[][];
}

/**
 * Plans the writes for changed records: the add-on's own columns only, grouped into contiguous blocks
 * (one `setValues` each), so the call count does not grow with rows. Curator's columns are never touched.
 * A block spans every row between its first and last write, so owned cells of the rows in between are written
 * back as read: those go through toSheetValue like the new values (getValues gives text without its
 * neutralising apostrophe; written back raw, a name such as «=HYPERLINK(…)» would become a live formula).
 */
export function planWrite(
  values: readonly (readonly CellValue[])[],
  header: HeaderMap,
  writes: readonly RecordWrite[],
  options: EncodeOptions = {},
): { blocks: WriteBlock[]; appended: number[] } {
  if (writes.length === 0) return { blocks: [], appended: [] };
  let lastRow = lastDataRow(values, header.headerRow);
  const rowsOut = new Map<number, Record<string, unknown>>();
  const appended: number[] = [];
  for (const w of writes) {
    const row = w.row ?? ++lastRow;
    if (w.row === null) appended.push(row);
    rowsOut.set(row, w.record);
  }
  const rowNumbers = [...rowsOut.keys()];
  const top = Math.min(...rowNumbers);
  const bottom = Math.max(...rowNumbers);
  const owned = header.sheet.columns
    .filter((c) => c.owned && header.columns.has(c.field))
    .map((c) => ({ col: c, index: header.columns.get(c.field)! }))
    .sort((a, b) => a.index - b.index);
  const runs: (typeof owned)[] = [];
  for (const o of owned) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]!.index === o.index - 1) run.push(o);
    else runs.push([o]);
  }
  const blocks = runs.map((run) => {
    const out: SheetValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const record = rowsOut.get(r);
      out.push(
        run.map(({ col, index }) =>
          toSheetValue(
            record && col.field in record
              ? encodeCell(record[col.field], col, options)
              : values[r - 1]?.[index],
          ),
        ),
      );
    }
    return { row: top, column: run[0]!.index + 1, values: out };
  });
  return { blocks, appended };
}

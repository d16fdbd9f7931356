/**
 * The add-on's one way to read and write a sheet: found by developer metadata, read with one getValues, rows
 * decoded through the sheet's dictionary (with issues naming row and column), writes planned by record and
 * flushed in contiguous blocks (one setValues each). Every feature reads and writes sheets through this.
 */
import type { z } from 'zod';
import {
  type CellValue,
  findHeader,
  formatIssue,
  type HeaderMap,
  idsIn,
  lastDataRow,
  onlyColumns,
  planWrite,
  type ReadOptions,
  type ReadResult,
  type RecordWrite,
  readTable,
  type SheetDef,
  type WriteBlock,
} from '../../../shared/sheets';
import { currentLang, type Lang } from '../../../shared/text/locale';
import { S } from '../strings';
import { AddonError, spreadsheet, todayIso } from './env';
import { findSheet, readRange, writeBlocks } from './sheetIo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TableOptions {
  /** The spreadsheet (the active one by default). */
  ss?: Spreadsheet;
  /** A view of the values as read, before anything decodes them (the roadmap blanks its legend column). */
  view?: (sheet: Sheet, values: CellValue[][]) => CellValue[][];
}

/** A sheet read once: its values, its header, decoded rows on demand, and the writes planned on it. */
export class SheetTable<H extends HeaderMap | null = HeaderMap> {
  private readonly writes = new Map<number, Record<string, unknown>>();
  /** Notes to set on cells, by «row|field». */
  private readonly notes = new Map<string, string>();
  /** Decoded rows by schema; the issues' messages are in the language of the read (a cell note's read is Russian). */
  private readonly decoded = new Map<z.ZodType, { today: string; lang: Lang; result: ReadResult<unknown> }>();
  private next: number | null = null;

  constructor(
    readonly def: SheetDef,
    readonly sheet: Sheet,
    private rows: CellValue[][],
    readonly header: H,
  ) {}

  /** The values as read (header included), dates as the curator sees them. */
  get values(): CellValue[][] {
    return this.rows;
  }

  /** The rows below the header were cleared on the sheet: forget them (appends start under the header). */
  cleared(): void {
    this.rows = this.rows.slice(0, this.head.headerRow);
    this.decoded.clear();
    this.next = null;
  }

  /** The header, or the «no header row» error naming the sheet (a write needs one). */
  get head(): HeaderMap {
    if (!this.header) throw new AddonError(S.sheets.noHeader(this.sheet.getName()));
    return this.header;
  }

  /**
   * The rows decoded through the sheet's dictionary and `schema`: valid records, issues naming row and column,
   * a fatal problem when the sheet cannot be read. Decoded once per schema and day (unless `takenIds` is given).
   */
  read<S extends z.ZodType>(schema: S, options: Partial<ReadOptions> = {}): ReadResult<z.infer<S>> {
    const today = options.today ?? todayIso();
    const cacheable = options.takenIds === undefined && Object.keys(options).every((k) => k === 'today');
    const lang = currentLang();
    const cached = cacheable ? this.decoded.get(schema) : undefined;
    if (cached && cached.today === today && cached.lang === lang)
      return cached.result as ReadResult<z.infer<S>>;
    const result = readTable(this.values, this.def, schema, { ...options, today });
    // A read in another language (withLang) does not replace the cached one: the rest of the run uses that.
    if (cacheable && (!cached || cached.lang === lang)) this.decoded.set(schema, { today, lang, result });
    return result;
  }

  /** The valid rows' records. */
  records<S extends z.ZodType>(schema: S): z.infer<S>[] {
    return this.read(schema).rows.map((r) => r.record);
  }

  /** IDs in the ID column (valid rows or not), so a new ID never collides. */
  takenIds(): Set<string> {
    return this.header ? idsIn(this.values, this.header) : new Set();
  }

  /**
   * Plans a record's write: `row` to update that row (fields merged with earlier writes to it), null to append
   * after the last non-blank row (and after rows appended before). Returns the row written.
   */
  put(row: number | null, record: Record<string, unknown>): number {
    this.next ??= lastDataRow(this.values, this.head.headerRow) + 1;
    const r = row ?? this.next++;
    this.writes.set(r, { ...(this.writes.get(r) ?? {}), ...record });
    return r;
  }

  append(record: Record<string, unknown>): number {
    return this.put(null, record);
  }

  /** Plans several writes at once (RecordWrite: a row, or null to append). */
  putAll(writes: readonly RecordWrite[]): number[] {
    return writes.map((w) => this.put(w.row, w.record));
  }

  /** A note to set on a cell at flush (a conflict kept on a bank cell). */
  note(row: number, field: string, text: string): void {
    this.notes.set(`${row}|${field}`, text);
  }

  /**
   * Writes what was planned: the add-on's own columns (only `only`'s, when given), one setValues per
   * contiguous block; then the notes (rare: one call each). Planned writes are cleared.
   */
  flush(only?: readonly string[]): void {
    if (this.writes.size === 0 && this.notes.size === 0) return;
    const header = only ? onlyColumns(this.head, only) : this.head;
    const writes: RecordWrite[] = [...this.writes].map(([row, record]) => ({ row, record }));
    if (writes.length > 0) this.write(planWrite(this.values, header, writes).blocks);
    for (const [key, note] of this.notes) {
      const [row, field] = key.split('|') as [string, string];
      const col = this.head.columns.get(field);
      if (col !== undefined) this.sheet.getRange(Number(row), col + 1).setNote(note);
    }
    this.writes.clear();
    this.notes.clear();
  }

  /** Blocks the caller planned itself (the report's indicator cells), one setValues each. */
  write(blocks: readonly WriteBlock[]): void {
    writeBlocks(this.sheet, blocks, this.rows.length);
  }

  /** The same sheet read again (one getValues): after a write, what the next reader would see. */
  reread(options: TableOptions = {}): SheetTable<H> {
    const raw = readRange(this.sheet.getDataRange());
    const values = options.view ? options.view(this.sheet, raw) : raw;
    return new SheetTable(this.def, this.sheet, values, findHeader(values, this.def) as H);
  }
}

function load(def: SheetDef, sheet: Sheet, options: TableOptions): SheetTable<HeaderMap | null> {
  const raw = readRange(sheet.getDataRange());
  const values = options.view ? options.view(sheet, raw) : raw;
  return new SheetTable(def, sheet, values, findHeader(values, def));
}

/** The sheet of a dictionary, read once; null when the spreadsheet has no such sheet. Its header may be missing. */
export function findTable(def: SheetDef, options: TableOptions = {}): SheetTable<HeaderMap | null> | null {
  const sheet = findSheet(options.ss ?? spreadsheet(), def);
  return sheet ? load(def, sheet, options) : null;
}

/** The sheet of a dictionary, read once, with its header; a Russian error naming what is missing otherwise. */
export function openTable(def: SheetDef, options: TableOptions = {}): SheetTable {
  const sheet = findSheet(options.ss ?? spreadsheet(), def);
  if (!sheet) throw new AddonError(S.sheets.missing(def.title));
  const t = load(def, sheet, options);
  t.head; // throws the «no header row» error naming the sheet
  return t as SheetTable;
}

export interface RecordsOptions {
  ss?: Spreadsheet;
  today?: string;
  /** Where the sheet's problems go, each as «Title: Строка 7, столбец …» (errors and a fatal problem). */
  issues?: string[];
}

/** The valid records of a sheet that may be absent or empty (none then: a new school has no «Встречи» yet). */
export function recordsOf<S extends z.ZodType>(
  def: SheetDef,
  schema: S,
  options: RecordsOptions = {},
): z.infer<S>[] {
  const t = findTable(def, { ss: options.ss });
  if (!t || t.values.length === 0) return [];
  const res = t.read(schema, options.today ? { today: options.today } : {});
  if (options.issues) {
    if (res.fatal) options.issues.push(`${def.title}: ${res.fatal}`);
    for (const i of res.issues)
      if (i.severity === 'error') options.issues.push(`${def.title}: ${formatIssue(i)}`);
  }
  return res.rows.map((r) => r.record);
}

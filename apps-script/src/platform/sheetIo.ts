/**
 * Batched sheet I/O: a sheet is found by its developer metadata (survives renames), read with one
 * getValues of its data range and written with one setValues per contiguous block.
 */
import {
  type CellValue,
  findHeader,
  type HeaderMap,
  type SheetDef,
  type WriteBlock,
} from '../../../shared/sheets';
import { S } from '../strings';
import { AddonError, sheetTimeZone } from './env';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

import { COLUMN_KEY, SHEET_KEY } from '../../../shared/sheets';

export { COLUMN_KEY, SHEET_KEY };

/** Finds the sheet of a dictionary: by metadata first (renamed sheets stay found), then by title or alias. */
export function findSheet(ss: Spreadsheet, def: SheetDef): Sheet | null {
  const tagged = ss.createDeveloperMetadataFinder().withKey(SHEET_KEY).withValue(def.key).find();
  for (const md of tagged) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  for (const title of [def.title, ...def.titleAliases]) {
    const sheet = ss.getSheetByName(title);
    if (sheet) return sheet;
  }
  return null;
}

export function requireSheet(ss: Spreadsheet, def: SheetDef): Sheet {
  const sheet = findSheet(ss, def);
  if (!sheet) throw new AddonError(S.sheets.missing(def.title));
  return sheet;
}

export interface SheetData {
  sheet: Sheet;
  values: CellValue[][];
  header: HeaderMap | null;
}

/**
 * Dates at the edge. A date cell is midnight of its day in the spreadsheet's zone; getValues() gives that
 * instant, and the script reads Dates in its own zone (appsscript.json), so a Krasnoyarsk spreadsheet's
 * «02.10.2023» would read as 1 October in a Moscow script. Dates (a midnight) read are turned into script
 * Dates at midnight of the same day, and script midnights written back into midnight of that day in the
 * spreadsheet's zone; so everything between (shared/ included) reads a date's day as the curator sees it.
 * A date-time (a form's timestamp) is an instant and stays one. Nothing to do when both zones are the same.
 */
interface Zones {
  sheet: string;
  same: boolean;
}

function zones(): Zones {
  const sheet = sheetTimeZone();
  return { sheet, same: sheet === Session.getScriptTimeZone() };
}

const WALL = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;

/** A date cell (midnight in zone `tz`) as the script's midnight of the same day; other instants as they are. */
function wallDate(d: Date, tz: string): Date {
  const m = WALL.exec(Utilities.formatDate(d, tz, 'yyyy-MM-dd HH:mm:ss.SSS'));
  if (!m || m.slice(4).some((x) => Number(x) !== 0)) return d;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The zone's offset from UTC at an instant, in ms (from Utilities' «Z»: +0700). */
function offsetMs(at: number, tz: string): number {
  const z = Utilities.formatDate(new Date(at), tz, 'Z');
  const sign = z.startsWith('-') ? -1 : 1;
  return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 60000;
}

/** A script midnight as midnight of that day in zone `tz`; other instants as they are. */
function instantIn(d: Date, tz: string): Date {
  if (d.getHours() !== 0 || d.getMinutes() !== 0 || d.getSeconds() !== 0 || d.getMilliseconds() !== 0)
    return d;
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  const first = wall - offsetMs(wall, tz);
  return new Date(wall - offsetMs(first, tz));
}

const mapDates = (values: unknown[][], f: (d: Date) => Date): unknown[][] =>
  values.map((row) => row.map((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? f(v) : v)));

/** Cells as the script should see them (see above). */
export function fromSheet(values: unknown[][], z: Zones = zones()): CellValue[][] {
  return (z.same ? values : mapDates(values, (d) => wallDate(d, z.sheet))) as CellValue[][];
}

/** Cells as the spreadsheet should get them (see above). */
export function toSheet(values: unknown[][], z: Zones = zones()): unknown[][] {
  return z.same ? values : mapDates(values, (d) => instantIn(d, z.sheet));
}

/** One read of a range, dates as the curator sees them. */
export function readRange(range: GoogleAppsScript.Spreadsheet.Range): CellValue[][] {
  return fromSheet(range.getValues());
}

/** One read of the sheet's data range. */
export function readSheet(sheet: Sheet, def: SheetDef): SheetData {
  const values = readRange(sheet.getDataRange());
  return { sheet, values, header: findHeader(values, def) };
}

/**
 * One setValues per block (planWrite already grouped owned columns into contiguous blocks and passed every
 * value through toSheetValue, the add-on's one sheet encoder); rows are added when a block goes past the sheet.
 */
export function writeBlocks(sheet: Sheet, blocks: readonly WriteBlock[], knownRows = 0): void {
  const needRows = Math.max(0, ...blocks.map((b) => b.row + b.values.length - 1));
  if (blocks.every((b) => b.values.length === 0)) return;
  // `knownRows`: rows the caller has read, so they exist; only a write beyond them asks for the sheet's size.
  if (needRows > knownRows) {
    const maxRows = sheet.getMaxRows();
    if (needRows > maxRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  }
  const z = zones();
  for (const b of blocks) {
    if (b.values.length === 0) continue;
    sheet.getRange(b.row, b.column, b.values.length, b.values[0]!.length).setValues(toSheet(b.values, z));
  }
}

export interface ColumnTag {
  column: number;
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** The 1-based column of each field tagged by setup (metadata moves with its column). */
export function taggedColumns(sheet: Sheet): Map<string, ColumnTag> {
  const out = new Map<string, ColumnTag>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const col = md.getLocation().getColumn();
    const field = md.getValue();
    if (col && field && !out.has(field)) out.set(field, { column: col.getColumn(), metadata: md });
  }
  return out;
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A whole column as a range (what column metadata attaches to). */
export function wholeColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  const a = columnLetters(column);
  return sheet.getRange(`${a}:${a}`);
}

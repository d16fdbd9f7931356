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
} from '../../shared/sheets';
import { AddonError } from './env';
import { S } from './strings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata keys: the sheet a SheetDef lives on, and the field a column holds. */
export const SHEET_KEY = 'nastavnik.sheet';
export const COLUMN_KEY = 'nastavnik.column';

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

/** One read of the sheet's data range. */
export function readSheet(sheet: Sheet, def: SheetDef): SheetData {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return { sheet, values, header: findHeader(values, def) };
}

export function readRequired(ss: Spreadsheet, def: SheetDef): SheetData & { header: HeaderMap } {
  const data = readSheet(requireSheet(ss, def), def);
  if (!data.header) throw new AddonError(S.sheets.noHeader(data.sheet.getName()));
  return data as SheetData & { header: HeaderMap };
}

/**
 * One setValues per block (planWrite already grouped owned columns into contiguous blocks and passed every
 * value through toSheetValue, the add-on's one sheet encoder).
 */
export function writeBlocks(sheet: Sheet, blocks: readonly WriteBlock[]): void {
  const needRows = Math.max(0, ...blocks.map((b) => b.row + b.values.length - 1));
  const maxRows = sheet.getMaxRows();
  if (needRows > maxRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  for (const b of blocks) {
    if (b.values.length === 0) continue;
    sheet.getRange(b.row, b.column, b.values.length, b.values[0]!.length).setValues(b.values);
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

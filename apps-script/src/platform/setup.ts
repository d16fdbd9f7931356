/**
 * «Настроить или восстановить листы»: creates the sheets of the dictionaries and repairs them.
 * Adds what is missing (sheets, headers, tags, validation, frozen header, protection) and never
 * deletes data, rows or the curator's own columns. Header cells of known columns are found by text;
 * a header the curator cleared is written back where its column's metadata says it was.
 */
import {
  type CellValue,
  type ColumnDef,
  type HeaderMap,
  isBlank,
  mapHeaderRow,
  SHEETS,
  type SheetDef,
  toSheetValue,
} from '../../../shared/sheets';
import { S } from '../strings';
import { progress, spreadsheet, withDocumentLock } from './env';
import { COLUMN_KEY, findSheet, readSheet, SHEET_KEY, taggedColumns, wholeColumn } from './sheetIo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  created: string[];
  addedHeaders: { title: string; headers: string[] }[];
  warnings: string[];
  /** Anything at all changed in the spreadsheet's content or structure. */
  changed: boolean;
}

/** Per-sheet extras after the common setup (the roadmap adds its highlighting). */
export type SheetExtra = (sheet: Sheet, header: HeaderMap, report: SetupReport) => void;

const HEADER_BACKGROUND = '#e8f0fe';
const YES_NO = ['да', 'нет'];

export function setupSheets(extras: Partial<Record<SheetDef['key'], SheetExtra>> = {}): SetupReport {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const report: SetupReport = { created: [], addedHeaders: [], warnings: [], changed: false };
    SHEETS.forEach((def, i) => {
      progress(S.setup.progress(def.title, i + 1, SHEETS.length));
      const result = setupSheet(ss, def, report);
      if (result) extras[def.key]?.(result.sheet, result.header, report);
    });
    return report;
  });
}

export function setupSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: SheetDef,
  report: SetupReport,
): { sheet: Sheet; header: HeaderMap } | null {
  let sheet = findSheet(ss, def);
  const isNew = !sheet;
  if (!sheet) {
    sheet = ss.insertSheet(def.title);
    report.created.push(def.title);
    report.changed = true;
  }
  if (sheet.createDeveloperMetadataFinder().withKey(SHEET_KEY).withValue(def.key).find().length === 0) {
    sheet.addDeveloperMetadata(SHEET_KEY, def.key);
    report.changed = true;
  }
  const data = readSheet(sheet, def);
  const hasData = data.values.some((row) => row.some((v) => !isBlank(v)));
  if (!data.header && hasData) {
    report.warnings.push(S.sheets.noHeader(sheet.getName()));
    return null;
  }
  const headerRow = data.header?.headerRow ?? 1;
  const row: CellValue[] = hasData ? [...(data.values[headerRow - 1] ?? [])] : [];
  // The header's width is its last filled cell: cells further right below the header are not its business.
  while (row.length > 0 && isBlank(row[row.length - 1])) row.pop();
  const tags = taggedColumns(sheet);

  // Missing headers: back where the column's tag is if that header cell is empty, else after the last column.
  const before = mapHeaderRow(row, def, headerRow);
  const added: ColumnDef[] = [];
  const addedAt = new Map<string, number>();
  let next = hasData ? row.length : 0;
  for (const col of before.missing) {
    const tagged = tags.get(col.field)?.column;
    let index: number;
    if (tagged !== undefined && isBlank(row[tagged - 1])) index = tagged - 1;
    else {
      while (!isBlank(row[next])) next++;
      index = next++;
    }
    while (row.length <= index) row.push('');
    row[index] = col.header;
    added.push(col);
    addedAt.set(col.field, index + 1);
  }
  if (row.length > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), row.length - sheet.getMaxColumns());
  if (added.length > 0) {
    // The curator's own headers are written back as read: through the encoder, so text stays text.
    sheet.getRange(headerRow, 1, 1, row.length).setValues([row.map(toSheetValue)]);
    report.changed = true;
    if (!isNew) report.addedHeaders.push({ title: sheet.getName(), headers: added.map((c) => c.header) });
  }
  const header = mapHeaderRow(row, def, headerRow);

  // Tag every known column so a cleared or moved header is found again next time.
  for (const col of def.columns) {
    const index = header.columns.get(col.field);
    if (index === undefined) continue;
    const tag = tags.get(col.field);
    if (tag?.column === index + 1) continue;
    tag?.metadata.remove();
    wholeColumn(sheet, index + 1).addDeveloperMetadata(COLUMN_KEY, col.field);
    report.changed = true;
  }
  for (const col of added) if (col.width) sheet.setColumnWidth(addedAt.get(col.field)!, col.width);

  formatHeader(sheet, def, header, row.length, report);
  applyValidation(sheet, def, header);
  return { sheet, header };
}

function formatHeader(
  sheet: Sheet,
  def: SheetDef,
  header: HeaderMap,
  width: number,
  report: SetupReport,
): void {
  const range = sheet.getRange(header.headerRow, 1, 1, width);
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  if (sheet.getFrozenRows() < header.headerRow) {
    sheet.setFrozenRows(header.headerRow);
    report.changed = true;
  }
  const notes = range.getNotes();
  let notesChanged = false;
  for (const col of def.columns) {
    const index = header.columns.get(col.field);
    if (index === undefined || !col.note) continue;
    if (notes[0]![index] !== col.note) {
      notes[0]![index] = col.note;
      notesChanged = true;
    }
  }
  if (notesChanged) {
    range.setNotes(notes);
    report.changed = true;
  }
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === S.setup.protectionDescription);
  if (ours.length === 0) {
    range.protect().setDescription(S.setup.protectionDescription).setWarningOnly(true);
    report.changed = true;
  } else if (ours[0]!.getRange()?.getA1Notation() !== range.getA1Notation()) {
    ours[0]!.setRange(range);
    report.changed = true;
  }
}

/** Dropdowns on enum and yes/no columns. Invalid entries warn (the reader accepts many spellings). */
function applyValidation(sheet: Sheet, def: SheetDef, header: HeaderMap): void {
  const rows = sheet.getMaxRows() - header.headerRow;
  if (rows < 1) return;
  for (const col of def.columns) {
    const index = header.columns.get(col.field);
    if (index === undefined || !col.owned) continue;
    const list =
      col.type === 'boolean'
        ? YES_NO
        : col.type === 'enum' || col.type === 'enumList'
          ? Object.values(col.options ?? {})
          : null;
    if (!list || list.length === 0) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(list, true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(header.headerRow + 1, index + 1, rows, 1).setDataValidation(rule);
  }
}

export function setupMessage(report: SetupReport): string {
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(S.setup.created(report.created));
  for (const a of report.addedHeaders) lines.push(S.setup.headersAdded(a.title, a.headers));
  lines.push(...report.warnings);
  if (lines.length === 0) lines.push(S.setup.nothingChanged);
  return lines.join('\n');
}

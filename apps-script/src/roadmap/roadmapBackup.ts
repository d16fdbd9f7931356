/**
 * The previous «Дорожная карта» kept when an import replaces it: a whole copy of the sheet (the curator's
 * own columns, notes and formulas included), hidden, found again by its developer metadata. Undo puts the
 * rows back into the same sheet (not a swap of sheets), so the sheet keeps its identity: formulas on
 * other sheets that point at it, its protections, tags and the curator's conditional rules stay as they are.
 */
import { z } from 'zod';
import { S } from '../strings';
import { legendColumn } from './highlight';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const BACKUP_KEY = 'nastavnik.roadmapBackup';
/** Copies kept: the newest is what undo restores; older ones stay for the curator to look at. */
const KEEP = 3;

const BackupInfo = z.object({
  /** When the replace happened (ms since the epoch), and as the sheet's name shows it. */
  at: z.number(),
  stamp: z.string(),
  /** The roadmap's period before the replace (the document property), null when none was stored. */
  period: z.string().nullable(),
  activities: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export interface Backup {
  sheet: Sheet;
  info: BackupInfo;
}

/** Every kept copy, newest first. */
export function backups(ss: Spreadsheet): Backup[] {
  const out: Backup[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(BACKUP_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    if (!sheet) continue;
    let value: unknown;
    try {
      value = JSON.parse(md.getValue() ?? '');
    } catch {
      continue;
    }
    const info = BackupInfo.safeParse(value);
    if (info.success) out.push({ sheet, info: info.data });
  }
  // Two copies of the same millisecond: the later sheet (copies are added at the end) is the newer.
  return out.sort((a, b) => b.info.at - a.info.at || b.sheet.getIndex() - a.sheet.getIndex());
}

/** «05.11.2025 14:30» in the spreadsheet's zone: what the curator's clock showed. */
function stampOf(ss: Spreadsheet, at: Date): string {
  return Utilities.formatDate(at, ss.getSpreadsheetTimeZone(), 'dd.MM.yyyy HH:mm');
}

function freeName(ss: Spreadsheet, name: string): string {
  let out = name;
  for (let i = 2; ss.getSheetByName(out); i++) out = `${name} (${i})`;
  return out;
}

/** Copies the sheet as it is now into a hidden sheet; returns the copy's name. Oldest copies beyond KEEP go. */
export function saveBackup(
  ss: Spreadsheet,
  sheet: Sheet,
  what: { activities: number; period: string | null },
): string {
  const now = new Date();
  const stamp = stampOf(ss, now);
  const copy = sheet.copyTo(ss);
  // The copy may carry the sheet's developer metadata (the add-on's tags): without them nothing reads the
  // copy as «Дорожная карта» or takes its columns for the table's.
  for (const md of copy.createDeveloperMetadataFinder().find()) md.remove();
  const name = freeName(ss, S.roadmapBackup.sheetName(stamp));
  copy.setName(name);
  const info: BackupInfo = { at: now.getTime(), stamp, ...what };
  copy.addDeveloperMetadata(BACKUP_KEY, JSON.stringify(info));
  copy.hideSheet();
  for (const old of backups(ss).slice(KEEP)) ss.deleteSheet(old.sheet);
  return name;
}

/** The table's column blocks (1-based first column, count) up to `width`, the legend's column left out. */
function blocks(sheet: Sheet, width: number): [number, number][] {
  const legend = legendColumn(sheet);
  if (legend === null || legend >= width) return width > 0 ? [[1, width]] : [];
  const out: [number, number][] = [];
  if (legend > 0) out.push([1, legend]);
  if (width > legend + 1) out.push([legend + 2, width - legend - 1]);
  return out;
}

/** Empties the rows from `top` down (values, formulas and notes; formats and validation stay), legend aside. */
export function clearRows(sheet: Sheet, top: number): void {
  const last = sheet.getLastRow();
  if (last < top) return;
  for (const [column, n] of blocks(sheet, sheet.getLastColumn())) {
    const range = sheet.getRange(top, column, last - top + 1, n);
    range.clearContent();
    range.clearNote();
  }
}

/**
 * Puts a copy's rows from `top` down back into the sheet: the same number of rows as then, the cells'
 * contents (formulas as formulas) and notes. Formats and validation were never touched by the replace.
 */
export function restoreRows(sheet: Sheet, backup: Sheet, top: number): void {
  clearRows(sheet, top);
  const want = backup.getMaxRows();
  const have = sheet.getMaxRows();
  if (have > want) sheet.deleteRows(want + 1, have - want);
  else if (have < want) sheet.insertRowsAfter(have, want - have);
  const last = backup.getLastRow();
  if (last < top) return;
  for (const [column, n] of blocks(sheet, backup.getLastColumn())) {
    const from = backup.getRange(top, column, last - top + 1, n);
    const to = sheet.getRange(top, column, last - top + 1, n);
    from.copyTo(to, { contentsOnly: true });
    to.setNotes(from.getNotes());
  }
}

/** The few facts the add-on takes from its host: today's date, the spreadsheet, progress, the lock. */
import { S } from '../strings';

/** A message meant for the curator (Russian), shown as it is. */
export class AddonError extends Error {
  override name = 'AddonError';
}

/** What the curator reads about a failure: our own messages as they are, others prefixed. */
export function userMessage(e: unknown): string {
  if (e instanceof AddonError) return e.message;
  return S.common.failed(e instanceof Error ? e.message : String(e));
}

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * The spreadsheet's time zone («Файл → Настройки»). Its date cells, TODAY() and the curator's «today» live
 * there; the script's own zone (appsscript.json, Session.getScriptTimeZone) may be another one, and Google
 * warns that the difference is a common source of bugs
 * (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()).
 */
export function sheetTimeZone(): string {
  return spreadsheet().getSpreadsheetTimeZone();
}

/** Today in the spreadsheet's time zone, ISO. The one place the add-on reads the clock. */
export function todayIso(): string {
  return Utilities.formatDate(new Date(), sheetTimeZone(), 'yyyy-MM-dd');
}

export function isoToSheetDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function progress(message: string): void {
  spreadsheet().toast(message, S.menu.title, 5);
}

/** Runs `work` holding the document lock, so writes never interleave with another user's or a form's. */
export function withDocumentLock<T>(work: () => T, timeoutMs = 30000): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(timeoutMs)) throw new AddonError(S.common.busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** The spreadsheet's installable form-submit trigger (installed by «Анкеты…», one per document). */
import { AddonError } from '../platform';
import { S } from '../strings';
import { fileFormSubmit } from './formSubmit';

export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  try {
    fileFormSubmit(e);
  } catch (err) {
    // Waited too long for the lock: the row stays in Google's sheet and the next answer (or the
    // «Анкеты…» menu) files it. Any other failure is rethrown, so Google tells the trigger's owner.
    if (err instanceof AddonError && err.message === S.common.busy) return;
    throw err;
  }
}

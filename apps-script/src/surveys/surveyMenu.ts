/** The «Анкеты…» menu item and the dialog's server calls: forms created or repaired, missed answers filed. */
import { MENTEES_SHEET, MENTORS_SHEET, PAIRS_SHEET, RESPONSES_SHEET } from '../../../shared/sheets';
import {
  AddonError,
  alert,
  confirm,
  requireConsent,
  requireSheet,
  showDialog,
  spreadsheet,
  userMessage,
} from '../platform';
import { S } from '../strings';
import { fileAnswers } from './formSubmit';
import { ensureMessage, ensureSurveys, getSurveyStatus, loadRegistry, type SurveyStatus } from './surveys';

/** Forms file into these sheets: without them nothing could be filed, so no form is made. */
function requireBanks(): void {
  const ss = spreadsheet();
  for (const def of [MENTORS_SHEET, MENTEES_SHEET, PAIRS_SHEET, RESPONSES_SHEET]) requireSheet(ss, def);
}

/** Creates or repairs the forms, then files any answer an event missed. The curator's message. */
function repair(): string {
  // Forms are created and linked, and their answers filed by an installed trigger.
  requireConsent('forms', S.menu.questionnaires, ['forms', 'triggers']);
  requireBanks();
  const message = ensureMessage(ensureSurveys());
  const late = fileAnswers(loadRegistry()).filed.length;
  return late > 0 ? `${message}\n${S.surveys.filedLate(late)}` : message;
}

/** Menu «Анкеты…»: the first time asks before creating four forms; then the dialog with links and counts. */
export function openSurveys(): void {
  if (Object.keys(loadRegistry()).length === 0) {
    requireConsent('forms', S.menu.questionnaires, ['forms', 'triggers']);
    requireBanks();
    if (!confirm(S.surveys.askCreate)) {
      alert(S.surveys.cancelled);
      return;
    }
  }
  const message = repair();
  if (message !== S.surveys.allPresent) spreadsheet().toast(message, S.menu.title, 10);
  showDialog('surveys', S.surveys.dialogTitle, 760, 560, S.menu.questionnaires);
}

export type RepairOutcome =
  | { ok: true; message: string; status: SurveyStatus }
  | { ok: false; message: string };

/** The dialog's «Проверить формы» button. */
export function repairSurveys(): RepairOutcome {
  try {
    return { ok: true, message: repair(), status: getSurveyStatus() };
  } catch (e) {
    return { ok: false, message: e instanceof AddonError ? e.message : userMessage(e) };
  }
}

export const SURVEY_CLIENT_API = { getSurveyStatus, repairSurveys };

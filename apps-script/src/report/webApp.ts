/**
 * Optional sync: the add-on deployed as a web app answers GET <url>?token=… with the school package.
 * The deployment runs as the curator and is open to anyone (ANYONE_ANONYMOUS), so the token is the only
 * protection: at least 64 random hex characters, compared in constant time, renewable from the menu.
 *
 * The token lives in script properties: the web app is a deployment of this script project, and script
 * properties are readable in every execution (menu, doGet) of the project — document properties depend on
 * the spreadsheet being the active container, which a web-app request is not guaranteed to have.
 */
import { ReportPackageError, type WebAppAnswer } from '../../../shared/report';
import { AddonError } from '../platform';
import { R } from '../strings';
import { collectReport, schoolPackage } from './report';
import { loadReportSettings } from './reportSettings';

const TOKEN_KEY = 'nastavnik.webToken';

/** 64 hex characters (two v4 UUIDs: 244 random bits). */
function newToken(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '').toLowerCase();
}

export function currentToken(): string | null {
  return PropertiesService.getScriptProperties().getProperty(TOKEN_KEY);
}

export function renewToken(): string {
  const token = newToken();
  PropertiesService.getScriptProperties().setProperty(TOKEN_KEY, token);
  return token;
}

/** Compares every character whatever the first difference, so timing does not reveal a matching prefix. */
export function sameToken(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** The deployed web app's URL, when there is one (null before the first deployment). */
export function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch (_e) {
    return null;
  }
}

/** Every answer is a WebAppAnswer (shared/report/webAnswer.ts): the extension reads it with the same schema. */
function json(body: WebAppAnswer): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}

/**
 * The web app's GET. A missing or wrong token gets an error with no data; the right one gets the package
 * itself (what the extension's fetchPackage imports), aggregate unless the curator enabled lists for the link.
 */
export function answerGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  const given = e?.parameter?.token;
  const expected = currentToken();
  if (!expected) return json({ ok: false, error: R.web.disabled });
  if (typeof given !== 'string' || given === '') return json({ ok: false, error: R.web.noToken });
  if (!sameToken(given, expected)) return json({ ok: false, error: R.web.badToken });
  try {
    // Apps Script documents the container's "active" methods for menus and triggers; if a deployment ever
    // runs without the spreadsheet, say so instead of failing on a null (see docs/report-addon.md).
    if (!SpreadsheetApp.getActiveSpreadsheet()) return json({ ok: false, error: R.web.noSpreadsheet });
    const settings = loadReportSettings();
    return json(schoolPackage(collectReport(settings), settings.webIncludeLists));
  } catch (err) {
    // Our own messages (AddonError, the package validator's field errors) are written for whoever asks and
    // quote no cell. Any other exception may quote a document ID or a cell (a person's name): the caller gets
    // a generic message, the detail goes to the curator's execution log (console.error → Cloud Logging,
    // «Выполнения» in the script editor).
    if (err instanceof AddonError || err instanceof ReportPackageError)
      return json({ ok: false, error: R.web.failed(err.message) });
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return json({ ok: false, error: R.web.unexpected });
  }
}

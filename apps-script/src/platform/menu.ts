/**
 * The «Наставничество» menu. onOpen may run before authorisation (AuthMode.NONE), when properties and
 * the document are off limits, so building the menu touches nothing but the Ui.
 */

import { addonLang, R, S } from '../strings';
import { requireConsent } from './consent';
import { userMessage } from './env';

/** Menu items → the top-level function each one calls (see entrypoints.ts), in the user's language. */
export const menuItems = (): readonly ({ caption: string; handler: string } | null)[] => [
  { caption: S.menu.setup, handler: 'menuSetup' },
  null,
  { caption: S.menu.importRoadmap, handler: 'menuImportRoadmap' },
  { caption: S.menu.importRoadmapDoc, handler: 'menuImportRoadmapDoc' },
  { caption: S.menu.importRoadmapTemplate, handler: 'menuImportRoadmapTemplate' },
  { caption: S.menu.undoRoadmapReplace, handler: 'menuUndoRoadmapReplace' },
  { caption: S.menu.refreshDeadlines, handler: 'menuRefreshDeadlines' },
  { caption: S.menu.digest, handler: 'menuDigest' },
  null,
  { caption: S.menu.pairing, handler: 'menuPairing' },
  { caption: S.menu.questionnaires, handler: 'menuQuestionnaires' },
  { caption: S.menu.meetingLinks, handler: 'menuMeetingLinks' },
  { caption: S.menu.healthRule, handler: 'menuHealthRule' },
  // District report
  { caption: R.menu.refresh, handler: 'menuReportRefresh' },
  { caption: R.menu.settings, handler: 'menuReportSettings' },
  { caption: R.menu.export, handler: 'menuReportExport' },
  { caption: R.menu.webKey, handler: 'menuReportWebKey' },
  null,
  { caption: S.menu.help, handler: 'menuHelp' },
];

/** Set by the build (apps-script/build/bundle.ts, ServerBuildOptions.published); absent when tests import sources. */
declare const __PUBLISHED_ADDON__: boolean | undefined;

/** Built for the Marketplace: the publishing build says so (Google gives the script no reliable signal). */
export function isPublishedAddon(): boolean {
  return typeof __PUBLISHED_ADDON__ === 'boolean' && __PUBLISHED_ADDON__;
}

/**
 * A published editor add-on puts its items under «Расширения → <its name>» (`createAddonMenu`, which the
 * Marketplace requires: https://developers.google.com/workspace/add-ons/concepts/menus); the template copy's
 * bound script has its own «Наставничество» in the menu bar.
 */
export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = isPublishedAddon() ? ui.createAddonMenu() : ui.createMenu(S.menu.title);
  for (const item of menuItems()) {
    if (item) menu.addItem(item.caption, item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Runs a menu action; a failure becomes a Russian alert instead of Apps Script's red error bar. */
export function guarded(work: () => void): void {
  try {
    work();
  } catch (e) {
    SpreadsheetApp.getUi().alert(S.menu.title, userMessage(e), SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(S.menu.title, message, ui.ButtonSet.OK);
}

export function confirm(message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(S.menu.title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Asks for text; null when the curator cancelled or left it empty. */
export function ask(title: string, text: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const r = ui.prompt(title, text, ui.ButtonSet.OK_CANCEL);
  if (r.getSelectedButton() !== ui.Button.OK) return null;
  const answer = r.getResponseText().trim();
  return answer === '' ? null : answer;
}

/**
 * A built UI (apps-script/ui/<name>/ → dist/<name>.html) in the user's language: its `<html lang>` says which,
 * before the window's script runs (apps-script/ui/shared/lang.ts reads it).
 */
export function windowHtml(name: string): GoogleAppsScript.HTML.HtmlOutput {
  const html = HtmlService.createHtmlOutputFromFile(name);
  if (addonLang() === 'en')
    html.setContent(html.getContent().replace('<html lang="ru">', '<html lang="en">'));
  return html;
}

/** Opens a built UI as a modal dialog. */
export function showDialog(name: string, title: string, width = 560, height = 600, menuItem = title): void {
  requireConsent('dialog', menuItem, ['ui']);
  const html = windowHtml(name).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** Opens a built UI as the sidebar (Workspace add-ons: 300 px wide, the width is the host's). */
export function showSidebar(name: string, title: string, menuItem = title): void {
  requireConsent('dialog', menuItem, ['ui']);
  SpreadsheetApp.getUi().showSidebar(windowHtml(name).setTitle(title));
}

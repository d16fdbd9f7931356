/**
 * The add-on's entry points: the build emits one top-level function per key of ENTRYPOINTS
 * (menus, triggers and google.script.run see only top-level functions). Nothing here runs at load.
 */
import { CLIENT_API } from './clientApi';
import { spreadsheet } from './env';
import { applyHighlighting } from './highlight';
import { alert, ask, buildMenu, confirm, guarded, showHelp } from './menu';
import {
  type ImportSummary,
  importRoadmapDoc,
  importRoadmapTemplate,
  importRoadmapText,
  onRoadmapEdit,
  refreshDeadlines,
} from './roadmapTracker';
import { setupMessage, setupSheets } from './setup';
import { S } from './strings';
import { isDigestOn, sendDailyDigest, setDigest } from './triggers';

function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  // A simple trigger must never fail loudly in the curator's face: a bad cell stays as typed.
  try {
    onRoadmapEdit(e);
  } catch (_err) {
    // The next «Обновить сроки» re-reads every cell.
  }
}

function menuSetup(): void {
  guarded(() =>
    alert(setupMessage(setupSheets({ roadmap: (sheet, header) => void applyHighlighting(sheet, header) }))),
  );
}

const askAppend = (n: number) => confirm(S.roadmap.confirmReplace(n));

function importMessage(r: ImportSummary): string {
  return [S.roadmap.imported(r.imported, r.unread), ...r.warnings.slice(0, 10)].join('\n');
}

function menuImportRoadmap(): void {
  guarded(() => {
    const text = ask(S.roadmap.promptTitle, S.roadmap.promptText);
    if (text === null) return alert(S.roadmap.emptyInput);
    const r = importRoadmapText(text, askAppend);
    if (r.imported > 0) alert(importMessage(r));
  });
}

function menuImportRoadmapDoc(): void {
  guarded(() => {
    const url = ask(S.roadmap.promptDocTitle, S.roadmap.promptDoc);
    if (url === null) return alert(S.roadmap.emptyInput);
    const r = importRoadmapDoc(url, askAppend);
    if (r.imported > 0) alert(importMessage(r));
  });
}

function menuImportRoadmapTemplate(): void {
  guarded(() => {
    const r = importRoadmapTemplate(askAppend);
    if (r.imported > 0) alert(importMessage(r));
  });
}

function menuRefreshDeadlines(): void {
  guarded(() => {
    const r = refreshDeadlines();
    spreadsheet().toast(S.roadmap.refreshed(r.rows, r.changed), S.menu.title, 5);
  });
}

function menuDigest(): void {
  guarded(() => {
    if (isDigestOn()) {
      if (confirm(S.digest.askDisable)) alert(setDigest(false) ? S.digest.enabled : S.digest.disabled);
    } else if (confirm(S.digest.askEnable)) alert(setDigest(true) ? S.digest.enabled : S.digest.disabled);
  });
}

function dailyDigest(): void {
  sendDailyDigest();
}

function menuPairing(): void {
  guarded(() => alert(S.common.later(S.menu.pairing)));
}

function menuQuestionnaires(): void {
  guarded(() => alert(S.common.later(S.menu.questionnaires)));
}

function menuReport(): void {
  guarded(() => alert(S.common.later(S.menu.report)));
}

function menuHelp(): void {
  guarded(showHelp);
}

export const ENTRYPOINTS = {
  onOpen,
  onInstall,
  onEdit,
  menuSetup,
  menuImportRoadmap,
  menuImportRoadmapDoc,
  menuImportRoadmapTemplate,
  menuRefreshDeadlines,
  menuDigest,
  dailyDigest,
  menuPairing,
  menuQuestionnaires,
  menuReport,
  menuHelp,
  ...CLIENT_API,
};

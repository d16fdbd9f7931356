/**
 * The add-on's entry points: the build emits one top-level function per key of ENTRYPOINTS
 * (menus, triggers and google.script.run see only top-level functions). Nothing here runs at load.
 */
// First: zod's mode must be set before any schema below is built.
import '../../shared/zodMode';
import { withLang } from '../../shared/text/locale';
import { DEFAULT_WEEKS_WITHOUT_MEETING, LOW_SCORE } from '../../shared/year';
import { onBankEdit } from './banks';
import { CLIENT_API } from './clientApi';
import {
  alert,
  ask,
  buildMenu,
  confirm,
  guarded,
  requireConsent,
  setupMessage,
  setupSheets,
  showDialog,
  showSidebar,
  spreadsheet,
  windowHtml,
} from './platform';
import { answerGet, currentToken, refreshMessage, refreshReportSheet, renewToken, webAppUrl } from './report';
import {
  applyHighlighting,
  importRoadmapDoc,
  importRoadmapTemplate,
  importSummaryMessage,
  isDigestOn,
  onRoadmapEdit,
  refreshDeadlines,
  roadmapUndoQuestion,
  sendDailyDigest,
  setDigest,
  undoRoadmapReplace,
} from './roadmap';
import { R, S } from './strings';
import { loadRegistry, onFormSubmit, openSurveys } from './surveys';
import {
  ensureMeetingForm,
  fileMeetings,
  issueTokens,
  loadHealthSettings,
  onYearEdit,
  parseLowScore,
  parseWeeks,
  refreshDashboard,
  refreshHealth,
  refreshPlanDeadlines,
  requireYearSheets,
  saveHealthSettings,
  sendWeeklyDigest,
  setYearDigest,
  yearDigestState,
} from './year';

function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
  // «Состояние» on today's date. Before authorisation (AuthMode.NONE) the document is off limits; and opening
  // the spreadsheet must never fail in the curator's face (no «Пары» yet, another user holding the lock).
  if (!e || String(e.authMode) === 'NONE') return;
  try {
    refreshHealth();
  } catch (_err) {
    // The daily trigger, the next meeting report or the sidebar recompute it.
  }
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
  try {
    onYearEdit(e);
  } catch (_err) {
    // Likewise for «Планы пар»; «Состояние» follows at the next opening, daily run or sidebar.
  }
  try {
    onBankEdit(e);
  } catch (_err) {
    // A bad cell's note stays until the sidebar reads the banks again.
  }
}

function menuSetup(): void {
  guarded(() =>
    alert(
      setupMessage(
        setupSheets({
          roadmap: (sheet, header) => void applyHighlighting(sheet, header),
          plans: (sheet, header) => void applyHighlighting(sheet, header),
        }),
      ),
    ),
  );
}

const askAppend = (n: number) => confirm(S.roadmap.confirmReplace(n));

const importMessage = importSummaryMessage;

/** A file or a pasted table, previewed before anything is written: the dialog (apps-script/ui/import). */
function menuImportRoadmap(): void {
  guarded(() => showDialog('import', S.roadmap.promptTitle, 640, 520, S.menu.importRoadmap));
}

function menuImportRoadmapDoc(): void {
  guarded(() => {
    requireConsent('readDoc', S.menu.importRoadmapDoc, ['documents']);
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

/** Asks first, naming the copy and what it replaces; then puts the roadmap back as it was before the replace. */
function menuUndoRoadmapReplace(): void {
  guarded(() => {
    const question = roadmapUndoQuestion();
    if (question === null) return alert(S.roadmapBackup.nothing);
    if (!confirm(question)) return alert(S.roadmapBackup.cancelled);
    alert(undoRoadmapReplace());
  });
}

function menuRefreshDeadlines(): void {
  guarded(() => {
    const r = refreshDeadlines();
    refreshPlanDeadlines();
    spreadsheet().toast(S.roadmap.refreshed(r.rows, r.changed), S.menu.title, 5);
  });
}

function menuDigest(): void {
  guarded(() => {
    requireConsent('digestOff', S.menu.digest, ['triggers']);
    if (isDigestOn()) {
      if (confirm(S.digest.askDisable)) alert(setDigest(false) ? S.digest.enabled : S.digest.disabled);
    } else {
      // The digest mails from a trigger, and mails the curator what has no other addressee.
      requireConsent('digestOn', S.menu.digest, ['triggers', 'mail', 'email']);
      if (confirm(S.digest.askEnable)) alert(setDigest(true) ? S.digest.enabled : S.digest.disabled);
    }
  });
}

function dailyDigest(): void {
  sendDailyDigest();
}

/** The daily time trigger (installed with the meeting form): answers an event missed, then «Состояние» for today. */
function dailyHealth(): void {
  fileMeetings();
  refreshHealth();
}

/** The pairs' links to «Отчёт о встрече»: the form made the first time (after asking), keys issued, the dialog. */
function menuMeetingLinks(): void {
  guarded(() => {
    requireConsent('meetingForm', S.menu.meetingLinks, ['forms', 'triggers']);
    requireYearSheets();
    if (!loadRegistry().meeting && !confirm(S.meetings.askCreate)) return alert(S.meetings.cancelled);
    const made = ensureMeetingForm();
    const late = fileMeetings().filed;
    const issued = issueTokens();
    refreshHealth();
    const notes = [
      made.created ? S.meetings.created : '',
      made.relinked ? S.meetings.relinked : '',
      late > 0 && !made.created ? S.meetings.filedLate(late) : '',
      issued > 0 ? S.meetings.tokensIssued(issued) : '',
    ].filter((x) => x !== '');
    if (notes.length > 0) spreadsheet().toast(notes.join('\n'), S.menu.title, 10);
    showDialog('meetings', S.meetings.dialogTitle, 760, 560, S.menu.meetingLinks);
  });
}

/** The curator's rule for «Нужна встреча»: weeks without a meeting. */
function menuHealthRule(): void {
  guarded(() => {
    const now = loadHealthSettings().weeksWithoutMeeting;
    const text = ask(S.meetings.weeksTitle, S.meetings.weeksPrompt(now, DEFAULT_WEEKS_WITHOUT_MEETING));
    if (text === null) return;
    const weeks = parseWeeks(text);
    if (weeks === null) return alert(S.meetings.weeksBad(text));
    saveHealthSettings({ weeksWithoutMeeting: weeks });
    refreshHealth();
    alert(S.meetings.weeksSaved(weeks));
  });
}

/** The curator's rule for «Сигнал»: the highest interim score that is low. */
function menuLowScore(): void {
  guarded(() => {
    const now = loadHealthSettings().lowScore ?? LOW_SCORE;
    const text = ask(S.meetings.lowTitle, S.meetings.lowPrompt(now, LOW_SCORE));
    if (text === null) return;
    const score = parseLowScore(text);
    if (score === null) return alert(S.meetings.lowBad(text));
    saveHealthSettings({ lowScore: score });
    refreshHealth();
    alert(S.meetings.lowSaved(score));
  });
}

/** The weekly digest of the pairs' year: off until switched on here (a weekly trigger), mentors only if asked. */
function menuYearDigest(): void {
  guarded(() => {
    const state = yearDigestState();
    if (state.on) {
      requireConsent('yearDigest', S.menu.yearDigest, ['triggers']);
      if (!confirm(S.year.digestAskDisable(state.mentors))) return alert(S.year.digestUnchanged);
      setYearDigest(false);
      return alert(S.year.digestDisabled);
    }
    // The digest mails from a trigger, to the account's own address.
    requireConsent('yearDigest', S.menu.yearDigest, ['triggers', 'mail', 'email']);
    if (!confirm(S.year.digestAskEnable)) return alert(S.year.digestUnchanged);
    const mentors = confirm(S.year.digestAskMentors);
    alert(S.year.digestEnabled(setYearDigest(true, mentors).mentors));
  });
}

/** The weekly trigger's handler. */
function weeklyDigest(): void {
  sendWeeklyDigest();
}

/** «Панель»: the data block rewritten and its charts rebuilt (never duplicated). */
function menuDashboard(): void {
  guarded(() => {
    const r = refreshDashboard();
    spreadsheet().toast(r.message, S.menu.title, 5);
  });
}

function menuPairing(): void {
  guarded(() => showSidebar('sidebar', S.pairing.sidebarTitle, S.menu.pairing));
}

function menuQuestionnaires(): void {
  guarded(openSurveys);
}

// ---- District report ----

function menuReportRefresh(): void {
  guarded(() => alert(refreshMessage(refreshReportSheet())));
}

/** One dialog with two tabs; the menu item chooses which one opens first. */
function showReportDialog(view: 'settings' | 'export'): void {
  const html = windowHtml('report')
    .append(`<div id="report-view" data-view="${view}" hidden></div>`)
    .setWidth(720)
    .setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, R.dialogTitle);
}

function menuReportSettings(): void {
  guarded(() => showReportDialog('settings'));
}

function menuReportExport(): void {
  guarded(() => showReportDialog('export'));
}

function menuReportWebKey(): void {
  guarded(() => {
    const token = currentToken();
    if (!token) {
      if (confirm(R.webKey.none)) alert(R.webKey.created(renewToken()));
    } else if (confirm(R.webKey.show(token, webAppUrl()))) alert(R.webKey.renewed(renewToken()));
  });
}

/** The web app (optional sync with the extension): answers only the holder of the token. */
function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return answerGet(e);
}

function menuHelp(): void {
  guarded(() => showDialog('help', S.help.title, 560, 600, S.menu.help));
}

/**
 * A trigger's run writes only data (cell notes, «Состояние», «Ответы», «Встречи», the digest's letters and log), and
 * the web app answers the extension: their shared messages are Russian whoever's locale they run with.
 */
function inRussian<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R {
  return (...args) => withLang('ru', () => run(...args));
}

export const ENTRYPOINTS = {
  onOpen,
  onInstall,
  onEdit: inRussian(onEdit),
  menuSetup,
  menuImportRoadmap,
  menuUndoRoadmapReplace,
  menuImportRoadmapDoc,
  menuImportRoadmapTemplate,
  menuRefreshDeadlines,
  menuDigest,
  dailyDigest: inRussian(dailyDigest),
  dailyHealth: inRussian(dailyHealth),
  menuMeetingLinks,
  menuHealthRule,
  menuLowScore,
  menuYearDigest,
  weeklyDigest: inRussian(weeklyDigest),
  menuDashboard,
  menuPairing,
  menuQuestionnaires,
  menuReportRefresh,
  menuReportSettings,
  menuReportExport,
  menuReportWebKey,
  // The web app answers the extension, not a person at the spreadsheet: its texts are data, as R's are.
  doGet: inRussian(doGet),
  menuHelp,
  onFormSubmit: inRussian(onFormSubmit),
  ...CLIENT_API,
};

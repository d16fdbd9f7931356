/**
 * Functions the HTML UIs call through google.script.run. Arguments and results are plain JSON
 * (google.script.run cannot carry Dates): dates travel as ISO strings.
 */
import { SHEETS } from '../../shared/sheets';
import { DEFAULT_WEEKS_WITHOUT_MEETING, LOW_SCORE, YEAR_STRINGS } from '../../shared/year';
import { PAIRING_API } from './pairing';
import { menuItems, todayIso, userMessage } from './platform';
import {
  loadReportSettings,
  type ReportSettingsForm,
  reportExport,
  type SaveSettingsResult,
  saveReportSettingsForm,
  toForm,
} from './report';
import type { RoadmapUpload } from './roadmap';
import { importRoadmapUpload, importSummaryMessage, roadmapImportState } from './roadmap';
import { SURVEY_CLIENT_API } from './surveys';
import {
  getMeetingLinks,
  getPairAttention,
  getYearDigest,
  loadHealthSettings,
  sendMeetingLinks,
  switchYearDigest,
} from './year';

export interface AddonInfo {
  today: string;
  sheets: string[];
  menu: string[];
  /** The rule of each pair state, with the curator's number of weeks (shared/year's one wording). */
  healthRules: string[];
}

export function getAddonInfo(): AddonInfo {
  const settings = loadHealthSettings();
  const weeks = settings.weeksWithoutMeeting;
  return {
    today: todayIso(),
    sheets: SHEETS.map((s) => s.title),
    menu: menuItems().flatMap((m) => (m ? [m.caption] : [])),
    healthRules: YEAR_STRINGS.rules(weeks, DEFAULT_WEEKS_WITHOUT_MEETING, settings.lowScore ?? LOW_SCORE),
  };
}

export type ImportOutcome =
  | { status: 'done'; imported: number; message: string }
  | { status: 'error'; message: string };

export type ImportStart =
  | {
      status: 'ready';
      /** The period to read the file with (the roadmap's stored one), null: the document's own. */
      period: string | null;
      /** Activities on «Дорожная карта» now. */
      existing: number;
      /** When the newest kept copy was made (a replace that can be undone), else null. */
      backup: string | null;
    }
  | { status: 'error'; message: string };

/** The import dialog opens with this: nothing is read from the file before the sheet is known to be there. */
export function roadmapImportStart(): ImportStart {
  try {
    return { status: 'ready', ...roadmapImportState() };
  } catch (e) {
    return { status: 'error', message: userMessage(e) };
  }
}

/**
 * The import dialog's write, after the curator saw the preview and chose: `payload` is
 * `{ source, period, mode }` (roadmapUpload.ts) — the cells the file reader produced or the pasted text,
 * never the parsed items. Untrusted: checked before anything is read.
 */
export function importRoadmapCells(payload: RoadmapUpload): ImportOutcome {
  try {
    const r = importRoadmapUpload(payload);
    return { status: 'done', imported: r.imported, message: importSummaryMessage(r) };
  } catch (e) {
    return { status: 'error', message: userMessage(e) };
  }
}

// ---- District report: the settings and export dialog ----

export function getReportSettings(): ReportSettingsForm {
  return toForm(loadReportSettings());
}

export function saveReportSettings(form: ReportSettingsForm): SaveSettingsResult {
  return saveReportSettingsForm(form);
}

/** Everything google.script.run may call; the UIs' typed wrapper takes its types from here. */
export const CLIENT_API = {
  getAddonInfo,
  roadmapImportStart,
  importRoadmapCells,
  getReportSettings,
  saveReportSettings,
  reportExport,
  ...SURVEY_CLIENT_API,
  // The pairs' year (issue 17): the meeting links dialog, the sidebar's attention list and its digest switch.
  getMeetingLinks,
  sendMeetingLinks,
  getPairAttention,
  getYearDigest,
  switchYearDigest,
  // Pairing sidebar
  ...PAIRING_API,
};
export type ClientApi = typeof CLIENT_API;

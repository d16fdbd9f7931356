/**
 * Functions the HTML UIs call through google.script.run. Arguments and results are plain JSON
 * (google.script.run cannot carry Dates): dates travel as ISO strings.
 */
import { SHEETS } from '../../shared/sheets';
import { todayIso, userMessage } from './env';
import { MENU } from './menu';
import { PAIRING_API } from './pairingApi';
import { reportExport } from './reportExport';
import {
  loadReportSettings,
  type ReportSettingsForm,
  type SaveSettingsResult,
  saveReportSettingsForm,
  toForm,
} from './reportSettings';
import { importRoadmapText, importSummaryMessage } from './roadmapTracker';
import { SURVEY_CLIENT_API } from './surveyMenu';

export interface AddonInfo {
  today: string;
  sheets: string[];
  menu: string[];
}

export function getAddonInfo(): AddonInfo {
  return {
    today: todayIso(),
    sheets: SHEETS.map((s) => s.title),
    menu: MENU.flatMap((m) => (m ? [m.caption] : [])),
  };
}

export type ImportOutcome =
  | { status: 'confirm'; existing: number }
  | { status: 'done'; imported: number; message: string }
  | { status: 'error'; message: string };

/**
 * The import dialog's call. With rows already on the sheet and `append` false it writes nothing and
 * answers 'confirm', so the dialog can ask before adding rows below the existing ones.
 */
export function importRoadmapPasted(text: string, append: boolean): ImportOutcome {
  try {
    let existing = 0;
    const r = importRoadmapText(String(text ?? ''), (n) => {
      existing = n;
      return append === true;
    });
    if (existing > 0 && append !== true) return { status: 'confirm', existing };
    return { status: 'done', imported: r.imported, message: importSummaryMessage(r) };
  } catch (e) {
    return { status: 'error', message: userMessage(e) };
  }
}

// ---- District report (issue 8): the settings and export dialog ----

export function getReportSettings(): ReportSettingsForm {
  return toForm(loadReportSettings());
}

export function saveReportSettings(form: ReportSettingsForm): SaveSettingsResult {
  return saveReportSettingsForm(form);
}

/** Everything google.script.run may call; the UIs' typed wrapper takes its types from here. */
export const CLIENT_API = {
  getAddonInfo,
  importRoadmapPasted,
  getReportSettings,
  saveReportSettings,
  reportExport,
  ...SURVEY_CLIENT_API,
  // Pairing sidebar (issue 6)
  ...PAIRING_API,
};
export type ClientApi = typeof CLIENT_API;

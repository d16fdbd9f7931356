/**
 * Functions the HTML UIs call through google.script.run. Arguments and results are plain JSON
 * (google.script.run cannot carry Dates): dates travel as ISO strings.
 */
import { SHEETS } from '../../shared/sheets';
import { todayIso } from './env';
import { MENU } from './menu';

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

/** Everything google.script.run may call; the UIs' typed wrapper takes its types from here. */
export const CLIENT_API = { getAddonInfo };
export type ClientApi = typeof CLIENT_API;

/** What other modules use of the sheets: every sheet's dictionary, the cell and row codec, formula neutralising. */
import { DOCUMENTS_SHEET } from './documents';
import { MEETINGS_SHEET } from './meetings';
import { MENTEES_SHEET } from './mentees';
import { MENTORS_SHEET } from './mentors';
import { PAIRS_SHEET } from './pairs';
import { PLANS_SHEET } from './plans';
import { REMINDERS_SHEET } from './reminders';
import { REPORT_SHEET } from './report';
import { RESPONSES_SHEET } from './responses';
import { ROADMAP_SHEET } from './roadmap';
import type { SheetDef } from './types';

export {
  CELL_CODECS,
  type CellCodec,
  type CellResult,
  isBlank,
  localIsoDate,
  parseCell,
  splitList,
} from './cells';
export * from './codec';
export * from './commonColumns';
export { DEADLINE_KIND_LABELS } from './roadmap';
export { neutraliseFormula, type SheetValue, toSheetValue } from './safety';
export * from './types';
export {
  DOCUMENTS_SHEET,
  MEETINGS_SHEET,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  PLANS_SHEET,
  REMINDERS_SHEET,
  REPORT_SHEET,
  RESPONSES_SHEET,
  ROADMAP_SHEET,
};

/** Every sheet the add-on keeps, in the order setup creates them. */
export const SHEETS: readonly SheetDef[] = [
  MENTORS_SHEET,
  MENTEES_SHEET,
  PAIRS_SHEET,
  MEETINGS_SHEET,
  ROADMAP_SHEET,
  PLANS_SHEET,
  DOCUMENTS_SHEET,
  RESPONSES_SHEET,
  REPORT_SHEET,
];

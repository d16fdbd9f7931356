/**
 * «Состояние» of the pairs on «Пары» (the rules: shared/year/health.ts), the curator's number of weeks without a
 * meeting, and the sidebar's list of pairs that need attention. The column is recomputed when meetings or interim
 * answers are filed, pairs accepted, re-paired or closed, «Пары» or «Планы пар» edited, when the spreadsheet opens,
 * daily by a time trigger, and whenever the sidebar asks; each time on today's date, so it stays true as days pass.
 * One read of each sheet, one write of the column (only the rows whose state changed).
 */
import { z } from 'zod';
import { Meeting, Pair, PlanItem, type SurveyResponse } from '../../../shared/model';
import { MEETINGS_SHEET, PAIRS_SHEET, PLANS_SHEET, RESPONSES_SHEET } from '../../../shared/sheets';
import { readSurveyResponses } from '../../../shared/surveys';
import {
  DEFAULT_WEEKS_WITHOUT_MEETING,
  type HealthSettings,
  LOW_SCORE,
  MAX_WEEKS_WITHOUT_MEETING,
  overduePlanItems,
  type PairHealth,
  type PairState,
  pairsHealth,
  readPlanDeadlines,
  YEAR_STRINGS,
} from '../../../shared/year';
import {
  findTable,
  openTable,
  recordsOf,
  type SheetTable,
  sheetTimeZone,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SETTINGS_KEY = 'nastavnik.year';
export const HEALTH_HANDLER = 'dailyHealth';
const HEALTH_HOUR = 6;

const StoredSettings = z.object({
  weeksWithoutMeeting: z
    .number()
    .int()
    .min(1)
    .max(MAX_WEEKS_WITHOUT_MEETING)
    .catch(DEFAULT_WEEKS_WITHOUT_MEETING)
    .default(DEFAULT_WEEKS_WITHOUT_MEETING),
  lowScore: z.number().int().min(1).max(9).catch(LOW_SCORE).default(LOW_SCORE),
});

export function loadHealthSettings(): HealthSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  try {
    return StoredSettings.parse(text ? JSON.parse(text) : {});
  } catch {
    return StoredSettings.parse({});
  }
}

/** Saves what is given, keeping the other settings. */
export function saveHealthSettings(s: Partial<HealthSettings>): void {
  PropertiesService.getDocumentProperties().setProperty(
    SETTINGS_KEY,
    JSON.stringify(StoredSettings.parse({ ...loadHealthSettings(), ...s })),
  );
}

/** The score the curator typed (1–9: a 10 is never low), or null. */
export function parseLowScore(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n : null;
}

/** The weeks the curator typed, or null when it is not a whole number in range. */
export function parseWeeks(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= MAX_WEEKS_WITHOUT_MEETING ? n : null;
}

/** «Планы пар» with each row's deadline read by the plans' own rule (shared/year/plans.ts); none when the sheet is missing. */
function planRows(ss: Spreadsheet, pairs: readonly Pair[], today: string) {
  return readPlanDeadlines(recordsOf(PLANS_SHEET, PlanItem, { ss, today }), pairs, today);
}

export interface HealthRead {
  health: Map<string, PairHealth>;
  pairs: Pair[];
  /** «Планы пар» rows with their deadlines read (what «Отстаёт план» counted). */
  plans: ReturnType<typeof planRows>;
  meetings: Meeting[];
  responses: SurveyResponse[];
  /** Where each pair stands on «Пары»: its row and the sheet as read. */
  rows: Map<string, number>;
}

/**
 * What a caller already read under the same lock, so it is not read twice: «Пары» as a table, and «Планы пар»
 * with its deadlines read by the plans' rule from those pairs (an edit of the plans re-reads them anyway).
 */
export interface HealthGiven {
  pairs?: SheetTable;
  plans?: HealthRead['plans'];
}

/** Every active pair's health on `today`, from one read of «Пары», «Встречи», «Анкеты» and «Планы пар». */
export function computeHealth(
  today: string,
  ss = spreadsheet(),
  given: HealthGiven = {},
): HealthRead & { table: SheetTable } {
  const table = given.pairs ?? openTable(PAIRS_SHEET, { ss });
  const parsed = table.read(Pair, { today }).rows;
  const pairs = parsed.map((r) => r.record);
  const meetings = recordsOf(MEETINGS_SHEET, Meeting, { ss, today });
  const answers = findTable(RESPONSES_SHEET, { ss });
  const responses = answers ? readSurveyResponses(answers.values, today).rows.map((r) => r.record) : [];
  const plans = given.plans ?? planRows(ss, pairs, today);
  const health = pairsHealth({
    pairs,
    meetings,
    responses,
    // No «Планы пар» (or an empty one): no plan is behind.
    ...(plans.length > 0 ? { overduePlanItems: overduePlanItems(plans, today) } : {}),
    settings: loadHealthSettings(),
    today,
  });
  return {
    table,
    health,
    pairs,
    plans,
    meetings,
    responses,
    rows: new Map(parsed.map((r) => [r.record.id, r.row])),
  };
}

/**
 * Writes «Состояние» for every pair row whose state changed (ended pairs blank; rows the reader skipped keep what
 * they hold), in one setValues of the column, and only when something changed. Call under the document lock.
 */
export function writeHealth(
  today = todayIso(),
  ss = spreadsheet(),
  given: HealthGiven = {},
): ReturnType<typeof computeHealth> {
  const read = computeHealth(today, ss, given);
  const col = read.table.header.columns.get('health');
  if (col === undefined) return read; // setup adds the column; until then the sidebar still lists
  for (const p of read.pairs) {
    const row = read.rows.get(p.id)!;
    const now = read.health.get(p.id)?.label ?? '';
    if (now !== String(read.table.values[row - 1]?.[col] ?? '')) read.table.put(row, { health: now });
  }
  read.table.flush(['health']);
  return read;
}

/** Recomputes «Состояние» under the lock. */
export function refreshHealth(): Map<string, PairHealth> {
  return withDocumentLock(() => writeHealth()).health;
}

/** The daily time trigger that keeps «Состояние» true as days pass (installed with the meeting form). */
export function ensureHealthTrigger(): boolean {
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HEALTH_HANDLER);
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  if (mine.length > 0) return false;
  ScriptApp.newTrigger(HEALTH_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(HEALTH_HOUR)
    .inTimezone(sheetTimeZone())
    .create();
  return true;
}

export interface AttentionPair {
  pairId: string;
  mentorName: string;
  menteeNames: string[];
  state: PairState;
  label: string;
  reasons: string[];
}

export interface PairAttention {
  ok: boolean;
  error: string | null;
  /** Pairs that need the curator, the most urgent states first. */
  pairs: AttentionPair[];
  /** Active pairs by state label. */
  counts: { state: PairState; label: string; count: number }[];
  weeks: number;
  defaultWeeks: number;
  rules: string[];
}

const URGENCY: readonly PairState[] = ['signal', 'planBehind', 'needsMeeting', 'early', 'onTrack'];

/** The sidebar's list: recomputes (and rewrites «Состояние»), then the pairs that need attention with why. */
export function getPairAttention(): PairAttention {
  const settings = loadHealthSettings();
  const base = {
    weeks: settings.weeksWithoutMeeting,
    defaultWeeks: DEFAULT_WEEKS_WITHOUT_MEETING,
    rules: YEAR_STRINGS.rules(
      settings.weeksWithoutMeeting,
      DEFAULT_WEEKS_WITHOUT_MEETING,
      settings.lowScore ?? LOW_SCORE,
    ),
  };
  try {
    const today = todayIso();
    const read = withDocumentLock(() => writeHealth(today));
    const byId = new Map(read.pairs.map((p) => [p.id, p]));
    // Names for the sidebar from the same read the health was computed from.
    const NamedPair = PAIRS_SHEET.schema.pick({ id: true, mentorName: true, menteeNames: true });
    const names = new Map(read.table.read(NamedPair, { today }).rows.map((r) => [r.record.id, r.record]));
    const all = [...read.health.values()];
    const pairs = all
      .filter((h) => h.needsAttention)
      .sort((a, b) => URGENCY.indexOf(a.state) - URGENCY.indexOf(b.state) || a.pairId.localeCompare(b.pairId))
      .map((h) => ({
        pairId: h.pairId,
        mentorName: names.get(h.pairId)?.mentorName ?? byId.get(h.pairId)?.mentorId ?? '',
        menteeNames: names.get(h.pairId)?.menteeNames ?? [],
        state: h.state,
        // The sidebar names the state in the user's language; the sheet's «Состояние» keeps the Russian label.
        label: YEAR_STRINGS.stateNames[h.state],
        reasons: h.reasons,
      }));
    const counts = URGENCY.map((state) => ({
      state,
      label: YEAR_STRINGS.stateNames[state],
      count: all.filter((h) => h.state === state).length,
    }));
    return { ok: true, error: null, pairs, counts, ...base };
  } catch (e) {
    return { ok: false, error: userMessage(e), pairs: [], counts: [], ...base };
  }
}

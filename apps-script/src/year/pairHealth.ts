/**
 * «Состояние» of the pairs on «Пары» (the rules: shared/year/health.ts), the curator's number of weeks without a
 * meeting, and the sidebar's list of pairs that need attention. The column is recomputed when meetings or interim
 * answers are filed, when the spreadsheet opens, daily by a time trigger, and whenever the sidebar asks; each time
 * on today's date, so it stays true as days pass. One read of each sheet, one write of the column.
 */
import { z } from 'zod';
import { Meeting, Pair, PlanItem } from '../../../shared/model';
import {
  type CellValue,
  type HeaderMap,
  MEETINGS_SHEET,
  PAIRS_SHEET,
  PLANS_SHEET,
  RESPONSES_SHEET,
  readTable,
  type SheetDef,
} from '../../../shared/sheets';
import { toSheetValue } from '../../../shared/sheets/safety';
import { readSurveyResponses } from '../../../shared/surveys';
import {
  DEFAULT_WEEKS_WITHOUT_MEETING,
  type HealthSettings,
  LOW_SCORE,
  MAX_WEEKS_WITHOUT_MEETING,
  overduePlanItems,
  PAIR_STATE_LABELS,
  type PairHealth,
  type PairState,
  pairsHealth,
  readPlanDeadlines,
  YEAR_STRINGS,
} from '../../../shared/year';
import {
  findSheet,
  readRequired,
  readSheet,
  sheetTimeZone,
  spreadsheet,
  todayIso,
  toSheet,
  userMessage,
  withDocumentLock,
} from '../platform';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
});

export function loadHealthSettings(): HealthSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  try {
    return StoredSettings.parse(text ? JSON.parse(text) : {});
  } catch {
    return StoredSettings.parse({});
  }
}

export function saveHealthSettings(s: HealthSettings): void {
  PropertiesService.getDocumentProperties().setProperty(
    SETTINGS_KEY,
    JSON.stringify(StoredSettings.parse(s)),
  );
}

/** The weeks the curator typed, or null when it is not a whole number in range. */
export function parseWeeks(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= MAX_WEEKS_WITHOUT_MEETING ? n : null;
}

/** A sheet's records, or none when the sheet is missing or unreadable (a new school has no «Встречи» yet). */
function records<T>(ss: Spreadsheet, def: SheetDef, schema: z.ZodType<T>, today: string): T[] {
  const sheet = findSheet(ss, def);
  if (!sheet) return [];
  const { values } = readSheet(sheet, def);
  return readTable(values, def, schema, { today }).rows.map((r) => r.record);
}

/**
 * Overdue plan items per pair on `today`, by the plans' own rule (shared/year/plans.ts: «Планы пар» read by the
 * roadmap engine in each pair's period); undefined when the school has no «Планы пар» yet.
 */
function planOverdue(
  ss: Spreadsheet,
  pairs: readonly Pair[],
  today: string,
): Map<string, number> | undefined {
  const items = records(ss, PLANS_SHEET, PlanItem, today);
  if (items.length === 0) return undefined;
  return overduePlanItems(readPlanDeadlines(items, pairs, today), today);
}

export interface HealthRead {
  health: Map<string, PairHealth>;
  pairs: Pair[];
  /** Where each pair stands on «Пары»: its row and the sheet as read. */
  rows: Map<string, number>;
}

/** Every active pair's health on `today`, from one read of «Пары», «Встречи» and «Анкеты». */
export function computeHealth(
  today: string,
  ss = spreadsheet(),
): HealthRead & {
  sheet: Sheet;
  values: CellValue[][];
  header: HeaderMap;
} {
  const data = readRequired(ss, PAIRS_SHEET);
  const parsed = readTable(data.values, PAIRS_SHEET, Pair, { today }).rows;
  const pairs = parsed.map((r) => r.record);
  const meetings = records(ss, MEETINGS_SHEET, Meeting, today);
  const answersSheet = findSheet(ss, RESPONSES_SHEET);
  const responses = answersSheet
    ? readSurveyResponses(readSheet(answersSheet, RESPONSES_SHEET).values, today).rows.map((r) => r.record)
    : [];
  const health = pairsHealth({
    pairs,
    meetings,
    responses,
    overduePlanItems: planOverdue(ss, pairs, today),
    settings: loadHealthSettings(),
    today,
  });
  return { ...data, health, pairs, rows: new Map(parsed.map((r) => [r.record.id, r.row])) };
}

/**
 * Writes «Состояние» for every pair row (ended pairs blank; rows the reader skipped keep what they hold), in one
 * setValues of the column, and only when something changed. Call under the document lock.
 */
export function writeHealth(today = todayIso(), ss = spreadsheet()): ReturnType<typeof computeHealth> {
  const read = computeHealth(today, ss);
  const col = read.header.columns.get('health');
  if (col === undefined) return read; // setup adds the column; until then the sidebar still lists
  const first = read.header.headerRow + 1;
  let last = read.values.length;
  while (
    last >= first &&
    (read.values[last - 1] ?? []).every((v) => v === '' || v === null || v === undefined)
  )
    last--;
  if (last < first) return read;
  const out: CellValue[][] = [];
  let changed = false;
  const byRow = new Map<number, string>();
  for (const p of read.pairs) byRow.set(read.rows.get(p.id)!, read.health.get(p.id)?.label ?? '');
  for (let r = first; r <= last; r++) {
    const had = read.values[r - 1]?.[col] ?? '';
    const now = byRow.has(r) ? byRow.get(r)! : had;
    if (String(now) !== String(had)) changed = true;
    out.push([now]);
  }
  if (changed)
    read.sheet
      .getRange(first, col + 1, out.length, 1)
      .setValues(toSheet(out.map((row) => row.map(toSheetValue))) as string[][]);
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
    rules: YEAR_STRINGS.rules(settings.weeksWithoutMeeting, DEFAULT_WEEKS_WITHOUT_MEETING, LOW_SCORE),
  };
  try {
    const today = todayIso();
    const read = withDocumentLock(() => writeHealth(today));
    const byId = new Map(read.pairs.map((p) => [p.id, p]));
    // Names for the sidebar from the same read the health was computed from.
    const NamedPair = z
      .object({
        id: z.string(),
        mentorName: z.string().default(''),
        menteeNames: z.array(z.string()).default([]),
      })
      .passthrough();
    const names = new Map(
      readTable(read.values, PAIRS_SHEET, NamedPair, { today }).rows.map((r) => [r.record.id, r.record]),
    );
    const all = [...read.health.values()];
    const pairs = all
      .filter((h) => h.needsAttention)
      .sort((a, b) => URGENCY.indexOf(a.state) - URGENCY.indexOf(b.state) || a.pairId.localeCompare(b.pairId))
      .map((h) => ({
        pairId: h.pairId,
        mentorName: names.get(h.pairId)?.mentorName ?? byId.get(h.pairId)?.mentorId ?? '',
        menteeNames: names.get(h.pairId)?.menteeNames ?? [],
        state: h.state,
        label: h.label,
        reasons: h.reasons,
      }));
    const counts = URGENCY.map((state) => ({
      state,
      label: PAIR_STATE_LABELS[state],
      count: all.filter((h) => h.state === state).length,
    }));
    return { ok: true, error: null, pairs, counts, ...base };
  } catch (e) {
    return { ok: false, error: userMessage(e), pairs: [], counts: [], ...base };
  }
}

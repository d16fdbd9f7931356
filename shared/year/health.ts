/**
 * A pair's health («Состояние» in «Пары»): one state and the reasons a curator should look, judged on `today`
 * so it stays true as days pass. The rules (stated for curators in the help and docs/year.md):
 * - «Сигнал»: the latest answer of a participant of the pair to «Промежуточная обратная связь» rated the meeting
 *   LOW_SCORE (or the curator's number) or lower out of 10 (until that participant answers higher). The answer is
 *   tied to the pair by the pair's key in its personal link, else through the respondent's active pair
 *   (shared/surveys); its «Оценка встречи (1–10)» is the score read.
 * - «Отстаёт план»: the pair's personalised plan has overdue items (counted by the plans' own rule, given in).
 * - «Рано судить»: the pair started less than a calendar month ago.
 * - «Нужна встреча»: no meeting for longer than the curator's number of weeks (since the last meeting, or since
 *   the start when there was none).
 * - «В графике»: none of the above.
 * The first that holds, in this order, is the state: a signal or a late plan matters even in the first month.
 * Ended pairs (closed, or past their end date) have no state.
 */
import type { Meeting, Pair, SurveyResponse } from '../model';
import { daysBetween } from '../roadmap';
import { pairEnded } from './meetings';
import { YEAR_STRINGS as S } from './strings';

export const PAIR_STATES = ['signal', 'planBehind', 'early', 'needsMeeting', 'onTrack'] as const;
export type PairState = (typeof PAIR_STATES)[number];
export const PAIR_STATE_LABELS: Record<PairState, string> = S.states;
/** The states that put a pair on the sidebar's attention list. */
export const ATTENTION_STATES: ReadonlySet<PairState> = new Set(['signal', 'planBehind', 'needsMeeting']);

/** A score this low (1–10) in the interim questionnaire is a signal: the lower part of the scale. */
export const LOW_SCORE = 4;
/** Weeks without a meeting before «Нужна встреча», unless the curator sets another: monthly meetings and a week's slack. */
export const DEFAULT_WEEKS_WITHOUT_MEETING = 5;
export const MAX_WEEKS_WITHOUT_MEETING = 26;

export interface HealthSettings {
  weeksWithoutMeeting: number;
  /** The highest interim score (1–10) that is a signal; LOW_SCORE unless the curator sets another. */
  lowScore?: number;
}

export interface PairHealth {
  pairId: string;
  state: PairState;
  label: string;
  /** Why the pair needs attention (Russian), the state's reason first; empty for «В графике» and «Рано судить». */
  reasons: string[];
  needsAttention: boolean;
  /** Every state whose rule holds, in the order checked (the first is `state`; «В графике» when none). */
  flags: PairState[];
  /** The latest meeting held (not after `today`), ISO. */
  lastMeeting: string | null;
}

export type HealthPair = Pick<Pair, 'id' | 'status' | 'startDate' | 'endDate' | 'orderDate'>;

export interface HealthInput {
  pairs: readonly HealthPair[];
  meetings: readonly Pick<Meeting, 'pairId' | 'date'>[];
  responses: readonly Pick<
    SurveyResponse,
    'kind' | 'pairId' | 'personId' | 'respondentRole' | 'satisfaction' | 'submittedAt'
  >[];
  /** Overdue plan items per pair ID (the plans' own count); a pair absent has none. */
  overduePlanItems?: ReadonlyMap<string, number>;
  settings: HealthSettings;
  today: string;
}

/** The same day a calendar month later (31 January → 28/29 February). */
export function addMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Health of every pair still working on `today`, by pair ID (ended pairs are absent). */
export function pairsHealth(input: HealthInput): Map<string, PairHealth> {
  const { today } = input;
  const last = new Map<string, string>();
  for (const m of input.meetings) {
    if (!m.pairId || m.date > today) continue;
    const had = last.get(m.pairId);
    if (!had || had < m.date) last.set(m.pairId, m.date);
  }
  // The latest interim answer of each participant of each pair.
  const latest = new Map<string, HealthInput['responses'][number]>();
  for (const r of input.responses) {
    if (r.kind !== 'feedback' || !r.pairId || r.satisfaction === null || r.submittedAt.slice(0, 10) > today)
      continue;
    const key = `${r.pairId}|${r.personId ?? r.respondentRole ?? ''}`;
    const had = latest.get(key);
    if (!had || had.submittedAt <= r.submittedAt) latest.set(key, r);
  }
  const lowByPair = new Map<string, HealthInput['responses'][number]>();
  const lowScore = input.settings.lowScore ?? LOW_SCORE;
  for (const r of latest.values()) {
    if ((r.satisfaction as number) > lowScore) continue;
    const had = lowByPair.get(r.pairId!);
    if (!had || (r.satisfaction as number) < (had.satisfaction as number)) lowByPair.set(r.pairId!, r);
  }

  const out = new Map<string, PairHealth>();
  for (const pair of input.pairs) {
    if (pairEnded(pair, today) || out.has(pair.id)) continue;
    const start = pair.startDate ?? pair.orderDate;
    const lastMeeting = last.get(pair.id) ?? null;
    const found: [PairState, string][] = [];
    const low = lowByPair.get(pair.id);
    if (low && (!start || low.submittedAt.slice(0, 10) >= start))
      found.push([
        'signal',
        S.reasonSignal(
          low.satisfaction as number,
          S.roles[low.respondentRole ?? ''] ?? S.someone,
          low.submittedAt.slice(0, 10),
        ),
      ]);
    const overdue = input.overduePlanItems?.get(pair.id) ?? 0;
    if (overdue > 0) found.push(['planBehind', S.reasonPlan(overdue)]);
    const early = start !== null && start <= today && today < addMonth(start);
    if (early || (start !== null && start > today)) found.push(['early', S.reasonEarly(start)]);
    else {
      const limit = input.settings.weeksWithoutMeeting;
      const since = lastMeeting ?? start;
      if (since === null) found.push(['needsMeeting', S.reasonNoMeetingEver(null, limit)]);
      else if (daysBetween(since, today) > limit * 7)
        found.push([
          'needsMeeting',
          lastMeeting
            ? S.reasonNoMeetingSince(Math.floor(daysBetween(lastMeeting, today) / 7), lastMeeting, limit)
            : S.reasonNoMeetingEver(start, limit),
        ]);
    }
    const state = found[0]?.[0] ?? 'onTrack';
    out.set(pair.id, {
      pairId: pair.id,
      state,
      label: PAIR_STATE_LABELS[state],
      reasons: found.filter(([s]) => ATTENTION_STATES.has(s)).map(([, why]) => why),
      needsAttention: ATTENTION_STATES.has(state),
      flags: found.length > 0 ? found.map(([s]) => s) : ['onTrack'],
      lastMeeting,
    });
  }
  return out;
}

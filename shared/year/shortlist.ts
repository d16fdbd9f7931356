/**
 * The «Лучшая пара» shortlist (DOMAIN.md, stage 7: the nomination «Лучшая пара наставник – наставляемый»): pairs
 * ranked by meetings held, plan done and satisfaction. The rule, stated in docs/year.md: each figure becomes
 * 0–100 (meetings: against the pair with the most; plan: share of steps done; satisfaction: the mean 1–10
 * answer × 10), the score is their mean over the figures the pair has; ties go to the plan, then meetings, then ID.
 */
import type { Pair, SurveyResponse } from '../model';
import { type CellValue, normalizeHeader } from '../sheets';
import { isBlank, localIsoDate } from '../sheets/cells';
import { planProgress } from './plans';

export interface ShortlistEntry {
  pairId: string;
  mentorId: string;
  menteeIds: string[];
  /** Meetings held; null when there is no «Встречи» sheet. */
  meetings: number | null;
  planDone: number;
  planTotal: number;
  /** Mean satisfaction (1–10) of the pair's answers; null without answers. */
  satisfaction: number | null;
  /** 0–100, one decimal. */
  score: number;
}

export interface ShortlistInput {
  pairs: readonly Pair[];
  planRows: readonly { pairId: string; done?: boolean }[];
  /** Meetings as filed: one row a meeting. Null when the school keeps no «Встречи». */
  meetings: readonly { pairId: string }[] | null;
  responses: readonly Pick<SurveyResponse, 'pairId' | 'personId' | 'satisfaction' | 'submittedAt'>[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Each answer counts for the pair it names, or for the pair its respondent was in on the day of the answer. */
function satisfactionOf(pair: Pair, responses: ShortlistInput['responses']): number | null {
  const people = new Set([pair.mentorId, ...pair.menteeIds]);
  const values: number[] = [];
  for (const r of responses) {
    if (r.satisfaction === null || r.satisfaction === undefined) continue;
    const day = r.submittedAt.slice(0, 10);
    const ours =
      r.pairId !== null && r.pairId !== undefined && r.pairId !== ''
        ? r.pairId === pair.id
        : r.personId !== null &&
          people.has(r.personId) &&
          (!pair.startDate || day >= pair.startDate) &&
          (!pair.endDate || day <= pair.endDate);
    if (ours) values.push(r.satisfaction);
  }
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Pairs that worked (active or completed, not ended early), best first; at most `limit`. */
export function bestPairShortlist(input: ShortlistInput, limit = 5): ShortlistEntry[] {
  const candidates = input.pairs.filter((p) => p.status !== 'terminated');
  const progress = planProgress(input.planRows);
  const meetings = new Map<string, number>();
  for (const m of input.meetings ?? []) meetings.set(m.pairId, (meetings.get(m.pairId) ?? 0) + 1);
  const most = Math.max(0, ...candidates.map((p) => meetings.get(p.id) ?? 0));
  const out: ShortlistEntry[] = [];
  for (const p of candidates) {
    const plan = progress.get(p.id) ?? { total: 0, done: 0 };
    const held = input.meetings === null ? null : (meetings.get(p.id) ?? 0);
    const sat = satisfactionOf(p, input.responses);
    const parts: number[] = [];
    if (held !== null && most > 0) parts.push((100 * held) / most);
    if (plan.total > 0) parts.push((100 * plan.done) / plan.total);
    if (sat !== null) parts.push(10 * sat);
    if (parts.length === 0) continue;
    out.push({
      pairId: p.id,
      mentorId: p.mentorId,
      menteeIds: p.menteeIds,
      meetings: held,
      planDone: plan.done,
      planTotal: plan.total,
      satisfaction: sat === null ? null : round1(sat),
      score: round1(parts.reduce((a, b) => a + b, 0) / parts.length),
    });
  }
  const share = (e: ShortlistEntry) => (e.planTotal > 0 ? e.planDone / e.planTotal : 0);
  out.sort(
    (a, b) =>
      b.score - a.score ||
      share(b) - share(a) ||
      (b.meetings ?? 0) - (a.meetings ?? 0) ||
      (a.pairId < b.pairId ? -1 : 1),
  );
  return out.slice(0, Math.max(0, limit));
}

/** Headers of the pair column of «Встречи» as written there (its own dictionary is the meetings' feature). */
const PAIR_HEADERS = new Set(['пара', 'id пары', 'код пары', 'pair'].map(normalizeHeader));
const DATE_HEADERS = new Set(['дата', 'дата встречи', 'date'].map(normalizeHeader));

/**
 * Meetings from the values of a «Встречи» sheet (header row first, found among the first ten rows by its pair
 * and date columns): one entry per row with a pair and a date. Null when no such header is found.
 */
export function meetingsFromValues(
  values: readonly (readonly CellValue[])[],
): { pairId: string; date: string }[] | null {
  for (let h = 0; h < Math.min(10, values.length); h++) {
    const head = (values[h] ?? []).map(normalizeHeader);
    const pairCol = head.findIndex((x) => PAIR_HEADERS.has(x));
    const dateCol = head.findIndex((x) => DATE_HEADERS.has(x));
    if (pairCol < 0 || dateCol < 0) continue;
    const out: { pairId: string; date: string }[] = [];
    for (let r = h + 1; r < values.length; r++) {
      const pair = values[r]?.[pairCol];
      const date = values[r]?.[dateCol];
      if (isBlank(pair) || isBlank(date)) continue;
      out.push({
        pairId: String(pair).trim(),
        date: date instanceof Date ? localIsoDate(date) : String(date).trim(),
      });
    }
    return out;
  }
  return null;
}

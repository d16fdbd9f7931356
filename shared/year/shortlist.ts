/**
 * The «Лучшая пара» shortlist (DOMAIN.md, stage 7: the nomination «Лучшая пара наставник – наставляемый»): pairs
 * ranked by meetings held, plan done and satisfaction. The rule, stated in docs/year.md: each figure becomes
 * 0–100 (meetings: against the pair with the most; plan: share of steps done; satisfaction: the mean 1–10
 * answer × 10), the score is their mean over the figures the pair has; ties go to the plan, then meetings, then ID.
 */
import type { Pair, SurveyResponse } from '../model';
import { planProgress } from './plans';
import { pairSatisfaction } from './satisfaction';

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

/** Pairs that worked (active or completed, not ended early), best first; at most `limit`. */
export function bestPairShortlist(input: ShortlistInput, limit = 5): ShortlistEntry[] {
  const candidates = input.pairs.filter((p) => p.status !== 'terminated');
  const progress = planProgress(input.planRows);
  const meetings = new Map<string, number>();
  for (const m of input.meetings ?? []) meetings.set(m.pairId, (meetings.get(m.pairId) ?? 0) + 1);
  const most = Math.max(0, ...candidates.map((p) => meetings.get(p.id) ?? 0));
  const satisfaction = pairSatisfaction(input.pairs, input.responses);
  const out: ShortlistEntry[] = [];
  for (const p of candidates) {
    const plan = progress.get(p.id) ?? { total: 0, done: 0 };
    const held = input.meetings === null ? null : (meetings.get(p.id) ?? 0);
    const sat = satisfaction.get(p.id)?.mean ?? null;
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
      satisfaction: sat,
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

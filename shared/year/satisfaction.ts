/**
 * Satisfaction of the pairs' participants: per pair and per form of mentoring, from the questionnaires' 1–10 scores
 * (the interim «Промежуточная обратная связь» and the final «Итоговый мониторинг удовлетворённости»). The rule
 * (docs/year.md «Удовлетворённость пар»): an answer counts for the pair it names (by the pair's key in its personal
 * link, or the respondent's active pair when filed), else for the pair its respondent was in on the day of the
 * answer; a form's figure is the mean of its pairs' answers (each answer once), as a percentage of 10.
 */
import type { MentoringForm, Pair, SurveyResponse } from '../model';
import { MENTORING_FORMS } from '../model';

export type ScoredAnswer = Pick<SurveyResponse, 'pairId' | 'personId' | 'satisfaction' | 'submittedAt'>;

export interface SatisfactionFigure {
  /** Answers with a score. */
  count: number;
  /** Mean 1–10, one decimal; null without answers. */
  mean: number | null;
  /** The mean as a percentage of 10, one decimal; null without answers. */
  percent: number | null;
}

/** Whether an answer belongs to a pair (the rule above). */
export function answerOfPair(
  pair: Pick<Pair, 'id' | 'mentorId' | 'menteeIds' | 'startDate' | 'endDate'>,
  r: ScoredAnswer,
): boolean {
  if (r.pairId !== null && r.pairId !== undefined && r.pairId !== '') return r.pairId === pair.id;
  if (r.personId === null || r.personId === undefined) return false;
  const day = r.submittedAt.slice(0, 10);
  return (
    (r.personId === pair.mentorId || pair.menteeIds.includes(r.personId)) &&
    (!pair.startDate || day >= pair.startDate) &&
    (!pair.endDate || day <= pair.endDate)
  );
}

function figure(scores: readonly number[]): SatisfactionFigure {
  if (scores.length === 0) return { count: 0, mean: null, percent: null };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return { count: scores.length, mean: Math.round(mean * 10) / 10, percent: Math.round(mean * 100) / 10 };
}

type SatPair = Pick<Pair, 'id' | 'mentorId' | 'menteeIds' | 'startDate' | 'endDate' | 'form'>;

/** Scored answers of each pair (pairs without any are absent). An answer by a pair's key goes only to that pair. */
export function answersByPair(
  pairs: readonly SatPair[],
  responses: readonly ScoredAnswer[],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const byPerson = new Map<string, SatPair[]>();
  for (const p of pairs)
    for (const id of [p.mentorId, ...p.menteeIds]) byPerson.set(id, [...(byPerson.get(id) ?? []), p]);
  for (const r of responses) {
    if (r.satisfaction === null || r.satisfaction === undefined) continue;
    const named = r.pairId ? byId.get(r.pairId) : undefined;
    const candidates = r.pairId ? (named ? [named] : []) : r.personId ? (byPerson.get(r.personId) ?? []) : [];
    for (const p of candidates)
      if (answerOfPair(p, r)) out.set(p.id, [...(out.get(p.id) ?? []), r.satisfaction]);
  }
  return out;
}

/** Each pair's satisfaction. */
export function pairSatisfaction(
  pairs: readonly SatPair[],
  responses: readonly ScoredAnswer[],
): Map<string, SatisfactionFigure> {
  return new Map([...answersByPair(pairs, responses)].map(([id, scores]) => [id, figure(scores)]));
}

/** Satisfaction per form of mentoring: the mean of the answers of the form's pairs. */
export function satisfactionByForm(
  pairs: readonly SatPair[],
  responses: readonly ScoredAnswer[],
): Record<MentoringForm, SatisfactionFigure> {
  const scores = answersByPair(pairs, responses);
  const byForm = Object.fromEntries(MENTORING_FORMS.map((f) => [f, [] as number[]])) as Record<
    MentoringForm,
    number[]
  >;
  for (const p of pairs) byForm[p.form]?.push(...(scores.get(p.id) ?? []));
  return Object.fromEntries(MENTORING_FORMS.map((f) => [f, figure(byForm[f])])) as Record<
    MentoringForm,
    SatisfactionFigure
  >;
}

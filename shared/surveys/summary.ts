/** Satisfaction per questionnaire: answers with a 1–10 score and their mean. */
import type { SurveyResponse } from '../model';

export interface SatisfactionSummary {
  role: 'mentor' | 'mentee';
  /** Answers with a 1–10 satisfaction score. */
  count: number;
  /** Mean on the 1–10 scale, one decimal; null without answers. */
  mean: number | null;
  /** The mean as a percentage of the scale's top (mean / 10 × 100), as reports ask «удовлетворённость, %». */
  percent: number | null;
}

/** Satisfaction of mentors and mentees from the final monitoring answers (kind «satisfaction»). */
export function summariseSatisfaction(
  responses: readonly Pick<SurveyResponse, 'kind' | 'respondentRole' | 'satisfaction'>[],
): SatisfactionSummary[] {
  return (['mentor', 'mentee'] as const).map((role) => {
    const scores = responses
      .filter((r) => r.kind === 'satisfaction' && r.respondentRole === role && r.satisfaction !== null)
      .map((r) => r.satisfaction as number);
    if (scores.length === 0) return { role, count: 0, mean: null, percent: null };
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return {
      role,
      count: scores.length,
      mean: Math.round(mean * 10) / 10,
      percent: Math.round(mean * 100) / 10,
    };
  });
}

/** The questionnaires' kinds and one answer as filed into «Анкеты» (every raw answer kept). */
import { z } from 'zod';
import { IsoDateTime, RowId } from './common';

export const SURVEY_KINDS = ['mentor', 'mentee', 'feedback', 'satisfaction'] as const;
export const SurveyKind = z.enum(SURVEY_KINDS);
export type SurveyKind = z.infer<typeof SurveyKind>;
export const SURVEY_KIND_LABELS: Record<SurveyKind, string> = {
  mentor: 'Анкета наставника',
  mentee: 'Анкета наставляемого',
  feedback: 'Промежуточная обратная связь',
  satisfaction: 'Итоговый мониторинг удовлетворённости',
};

/** One answer to a questionnaire, as filed into «Анкеты». Every raw answer is kept. */
export const SurveyResponse = z.object({
  id: RowId,
  kind: SurveyKind,
  submittedAt: IsoDateTime,
  email: z.string().trim().toLowerCase().nullable().default(null),
  fullName: z.string().trim().default(''),
  respondentRole: z.enum(['mentor', 'mentee']).nullable().default(null),
  consent: z.boolean().default(false),
  personId: z.string().nullable().default(null),
  pairId: z.string().nullable().default(null),
  /** Satisfaction on the methodology's 1–10 scale, where the form asks for it. */
  satisfaction: z.number().min(0).max(10).nullable().default(null),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).default({}),
  problems: z.array(z.string()).default([]),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

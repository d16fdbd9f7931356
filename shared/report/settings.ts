/** The curator's report settings (period, organisation, curator, targets), each with a default, as a zod schema. */
import { z } from 'zod';
import { Email } from '../model';
import { REPORT_STRINGS as S } from './strings';

const Percent = z
  .number()
  .min(0, { error: () => S.percentLow })
  .max(100, { error: () => S.percentHigh });
const OptionalCount = z
  .number()
  .int({ error: () => S.countWhole })
  .min(0, { error: () => S.countNegative })
  .nullable()
  .default(null);

/** What the curator (or the region) sets for the report; everything has a default. */
export const ReportSettings = z.object({
  /** Target share of young teachers in mentoring; a district roadmap in the fixtures sets 50%. */
  youngShareTarget: Percent.default(50),
  /** Target share of all teachers and pupils involved; the federal target is 70%. */
  coverageShareTarget: Percent.default(70),
  /** All teachers of the school (the coverage denominator); unknown when not set. */
  teachersTotal: OptionalCount,
  /** All pupils of the school (the coverage denominator); unknown when not set. */
  pupilsTotal: OptionalCount,
  /**
   * All young teachers of the school, when the curator knows more of them than the mentee bank holds
   * (young teachers outside mentoring are often not in the bank). Replaces the bank's count in young.total.
   */
  youngTeachersTotal: OptionalCount,
  /** Best practices of the period, as the curator writes them. */
  bestPractices: z.string().default(''),
  /** The programme's curator, as portals ask for the person responsible: name, position and contacts. */
  curatorName: z.string().trim().default(''),
  curatorPosition: z.string().trim().default(''),
  curatorEmail: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || Email.safeParse(s).success, { error: () => S.badEmail }),
  curatorPhone: z.string().trim().default(''),
});
export type ReportSettings = z.infer<typeof ReportSettings>;
export type ReportSettingsInput = z.input<typeof ReportSettings>;

/** Settings as the curator typed them → settings, or messages naming each field. */
export function parseReportSettings(
  input: unknown,
): { ok: true; value: ReportSettings } | { ok: false; errors: string[] } {
  const res = ReportSettings.safeParse(input);
  if (res.success) return { ok: true, value: res.data };
  return { ok: false, errors: res.error.issues.map((i) => S.field(i.path.join('.'), i.message)) };
}

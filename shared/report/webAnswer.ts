/** The add-on web app's answer to GET ?token=…, as both sides know it: the school's package, or a refusal. */
import { z } from 'zod';
import { ReportPackage } from '../model';
import { type ValidationResult, validateReportPackage } from './package';

/** A missing or wrong key, no web app yet, or a failure: the reason in Russian, and no data. */
export const WebAppRefusal = z.strictObject({ ok: z.literal(false), error: z.string() });
export type WebAppRefusal = z.infer<typeof WebAppRefusal>;

/**
 * What the web app answers: the package itself (what a file export holds, so one reader takes both), or a
 * refusal. The add-on's doGet writes only this type; the extension reads it with readWebAppAnswer.
 */
export const WebAppAnswer = z.union([WebAppRefusal, ReportPackage]);
export type WebAppAnswer = z.infer<typeof WebAppAnswer>;

/**
 * The web app's answer read by the extension: a refusal with its reason, or the package checked by the one
 * package validator (its Russian field errors, unknown indicators dropped with warnings). Anything else —
 * HTML from a sign-in page, a JSON that is neither — is refused by that validator, naming what is wrong.
 */
export function readWebAppAnswer(
  data: unknown,
): { kind: 'refused'; error: string } | ({ kind: 'package' } & ValidationResult<ReportPackage>) {
  const refusal = WebAppRefusal.safeParse(data);
  if (refusal.success) return { kind: 'refused', error: refusal.data.error };
  return { kind: 'package', ...validateReportPackage(data) };
}

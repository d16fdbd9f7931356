/** The matching's settings: the soft criteria, presets of weights, the hard rules, and their zod schema for untrusted input. */
import { z } from 'zod';
import { S, SETTING_LABELS } from './strings';

/** Soft criteria, each worth 0…1 per pair before weighting. */
export const CRITERIA = [
  'subjects',
  'requests',
  'organisation',
  'experience',
  'category',
  'youngSpecialist',
  'loadSpreading',
] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

export const PRESETS = ['balanced', 'school', 'district', 'youngSpecialists', 'requests'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_WEIGHTS: Record<Preset, Weights> = {
  balanced: {
    subjects: 3,
    requests: 4,
    organisation: 1,
    experience: 1,
    category: 1,
    youngSpecialist: 2,
    loadSpreading: 1,
  },
  // Inside one school the organisation is the same for everyone; subjects and requests decide.
  school: {
    subjects: 4,
    requests: 4,
    organisation: 0,
    experience: 1,
    category: 1,
    youngSpecialist: 2,
    loadSpreading: 1,
  },
  // Across a district: keep people in their own school when it costs little, spread the load.
  district: {
    subjects: 3,
    requests: 4,
    organisation: 3,
    experience: 1,
    category: 1,
    youngSpecialist: 2,
    loadSpreading: 2,
  },
  youngSpecialists: {
    subjects: 2,
    requests: 3,
    organisation: 1,
    experience: 1,
    category: 1,
    youngSpecialist: 8,
    loadSpreading: 1,
  },
  requests: {
    subjects: 2,
    requests: 8,
    organisation: 1,
    experience: 1,
    category: 1,
    youngSpecialist: 2,
    loadSpreading: 1,
  },
};

const weight = z
  .number({ error: S.weightNotNumber })
  .refine((n) => Number.isFinite(n), S.weightNotNumber)
  .refine((n) => n >= 0 && n <= 100, S.weightRange);

export const ORGANISATION_SCOPES = ['any', 'same', 'other'] as const;

export const MatchingSettings = z
  .object({
    /** The preset the weights start from; `weights` overrides single numbers. */
    preset: z.enum(PRESETS, { error: S.unknownPreset }).default('balanced'),
    weights: z
      .strictObject(Object.fromEntries(CRITERIA.map((c) => [c, weight.optional()])), {
        error: S.unknownSetting,
      })
      .default({}),
    // Consent to personal-data processing is not a setting: without it nobody is matched, ever (README). The
    // rules object strips unknown keys, so settings saved when it was a checkbox (`consent: false`) still
    // parse, and the value is ignored.
    rules: z
      .object({
        /** The mentor's status is «Активен». */
        activeMentor: z.boolean({ error: S.notBoolean }).default(true),
        /** The mentee's wanted form is one the mentor offers. (A pupil is never put in «учитель – учитель».) */
        form: z.boolean({ error: S.notBoolean }).default(true),
        /** 'same': only within the mentee's organisation (a school); 'other': only across; 'any': district. */
        organisationScope: z.enum(ORGANISATION_SCOPES, { error: S.unknownScope }).default('any'),
      })
      .default({ activeMentor: true, form: true, organisationScope: 'any' }),
    /** Only mentees with status «Без пары» are matched (the rest, unless locked, are skipped). */
    onlyUnpaired: z.boolean({ error: S.notBoolean }).default(true),
    /** Next best mentors listed per mentee. */
    alternatives: z
      .number({ error: S.intRange(0, 10) })
      .int(S.intRange(0, 10))
      .min(0, S.intRange(0, 10))
      .max(10, S.intRange(0, 10))
      .default(3),
    /**
     * Mentors first considered per mentee. Up to district size the result is still checked against every
     * mentor (and widened where needed), so this trades speed only; at region scale, where the whole bank is
     * not priced in, it also trades quality, and the result says for how many mentees it is not proven.
     */
    candidates: z
      .number({ error: S.intRange(1, 10_000) })
      .int(S.intRange(1, 10_000))
      .min(1, S.intRange(1, 10_000))
      .max(10_000, S.intRange(1, 10_000))
      .default(24),
  })
  .strict();
export type MatchingSettingsInput = z.input<typeof MatchingSettings>;

export interface ResolvedSettings extends Omit<z.infer<typeof MatchingSettings>, 'weights'> {
  weights: Weights;
}

/** Validates settings; errors are Russian and name the field. */
export function parseMatchingSettings(
  input: unknown,
): { ok: true; settings: ResolvedSettings } | { ok: false; errors: string[] } {
  const parsed = MatchingSettings.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys')
          return S.settingsInvalid(issue.keys.join(', '), S.unknownSetting);
        const path = issue.path.map((p) => SETTING_LABELS[String(p)] ?? String(p)).join(' → ');
        return S.settingsInvalid(path || SETTING_LABELS.preset!, issue.message);
      }),
    };
  }
  const { weights, ...rest } = parsed.data;
  const merged: Weights = { ...PRESET_WEIGHTS[rest.preset] };
  for (const c of CRITERIA) {
    const w = (weights as Partial<Record<Criterion, number>>)[c];
    if (w !== undefined) merged[c] = w;
  }
  return { ok: true, settings: { ...rest, weights: merged } };
}

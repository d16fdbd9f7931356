/** The model's shared pieces: ISO dates and moments, mentoring forms, and zod's Russian messages for everything a curator may see. */
import { z } from 'zod';
import { currentLang } from '../text/locale';
import { MODEL_STRINGS as M, say } from './strings';

const RU_ZOD = z.locales.ru().localeError;
const EN_ZOD = z.locales.en().localeError;

// Every message a curator can see is in the surface's language (Russian by default), zod's own included; a
// missing value reads «не заполнено». zod asks at each parse, so the language is the one of that moment.
z.config({
  localeError: (issue) => (currentLang() === 'en' ? EN_ZOD : RU_ZOD)(issue),
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return M.empty;
    return M.wrongType(M.expected[issue.expected] ?? issue.expected);
  },
});

/** Calendar dates travel as ISO `YYYY-MM-DD` strings: no time-zone drift between Apps Script, sheet and browser. */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    say((m) => m.isoDate),
  )
  .refine(
    (s) => isRealDate(s),
    say((m) => m.noSuchDate),
  );
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment (generation time, submission time): ISO 8601 with offset or Z. */
export const IsoDateTime = z.string().datetime({ offset: true, ...say((m) => m.isoDateTime) });

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Forms of mentoring (формы наставничества), stored as codes; the sheets show the Russian labels. */
export const MENTORING_FORMS = [
  'teacher-teacher',
  'teacher-student',
  'student-student',
  'university-student',
  'employer-student',
] as const;
export const MentoringForm = z.enum(MENTORING_FORMS);
export type MentoringForm = z.infer<typeof MentoringForm>;

export const MENTORING_FORM_LABELS: Record<MentoringForm, string> = {
  'teacher-teacher': 'Учитель – учитель',
  'teacher-student': 'Учитель – ученик',
  'student-student': 'Ученик – ученик',
  'university-student': 'Студент – ученик',
  'employer-student': 'Работодатель – ученик',
};

/** Forms in which the mentee is a pupil (обучающийся); a pupil is never a mentee in «учитель – учитель». */
export const PUPIL_MENTEE_FORMS: readonly MentoringForm[] = [
  'teacher-student',
  'student-student',
  'university-student',
  'employer-student',
];

export const QUALIFICATION_CATEGORIES = ['highest', 'first', 'compliance', 'none'] as const;
export const QualificationCategory = z.enum(QUALIFICATION_CATEGORIES);
export type QualificationCategory = z.infer<typeof QualificationCategory>;
export const QUALIFICATION_CATEGORY_LABELS: Record<QualificationCategory, string> = {
  highest: 'Высшая',
  first: 'Первая',
  compliance: 'Соответствие занимаемой должности',
  none: 'Без категории',
};

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .email(say((m) => m.badEmail));

/** A stable identifier of a row: found by ID, never by position. */
export const RowId = z
  .string()
  .trim()
  .min(
    1,
    say((m) => m.noId),
  )
  .max(40);

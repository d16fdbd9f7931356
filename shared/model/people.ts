/** The two banks' people: mentors and mentees with their statuses, the fields both share, and «Возможный повтор». */
import { z } from 'zod';
import { Email, IsoDate, MentoringForm, QualificationCategory, RowId } from './common';
import { say } from './strings';

export const MENTOR_STATUSES = ['active', 'paused', 'left'] as const;
export const MentorStatus = z.enum(MENTOR_STATUSES);
export type MentorStatus = z.infer<typeof MentorStatus>;
export const MENTOR_STATUS_LABELS: Record<MentorStatus, string> = {
  active: 'Активен',
  paused: 'Приостановлен',
  left: 'Выбыл',
};

export const MENTEE_STATUSES = ['unpaired', 'paired', 'finished'] as const;
export const MenteeStatus = z.enum(MENTEE_STATUSES);
export type MenteeStatus = z.infer<typeof MenteeStatus>;
export const MENTEE_STATUS_LABELS: Record<MenteeStatus, string> = {
  unpaired: 'Без пары',
  paired: 'В паре',
  finished: 'Завершил',
};

export const MENTEE_ROLES = ['teacher', 'student'] as const;
export const MenteeRole = z.enum(MENTEE_ROLES);
export type MenteeRole = z.infer<typeof MenteeRole>;
export const MENTEE_ROLE_LABELS: Record<MenteeRole, string> = {
  teacher: 'Педагог',
  student: 'Обучающийся',
};

/** Fields every person in a bank has, described once. */
const personFields = {
  id: RowId,
  fullName: z
    .string()
    .trim()
    .min(
      1,
      say((m) => m.noName),
    ),
  organisation: z.string().trim().default(''),
  position: z.string().trim().default(''),
  subjects: z.array(z.string().trim().min(1)).default([]),
  experienceYears: z
    .number()
    .min(
      0,
      say((m) => m.negativeExperience),
    )
    .max(
      70,
      say((m) => m.experienceTooLong),
    )
    .nullable()
    .default(null),
  consent: z.boolean().default(false),
  consentDate: IsoDate.nullable().default(null),
  email: Email.nullable().default(null),
  /** «Возможный повтор»: the ID(s) this row may repeat, «нет» once the curator said it does not (identity.ts). */
  repeatOf: z.string().trim().nullable().default(null),
};

/** Наставник: a row of the mentor bank. */
export const Mentor = z.object({
  ...personFields,
  category: QualificationCategory.nullable().default(null),
  competencies: z.array(z.string().trim().min(1)).default([]),
  forms: z.array(MentoringForm).default([]),
  capacity: z
    .number()
    .int(say((m) => m.capacityWhole))
    .min(
      0,
      say((m) => m.capacityNegative),
    )
    .max(50)
    .default(1),
  trained: z.boolean().default(false),
  /** «Поощрён» in the period's report; null when the bank does not say (no column, blank cell). */
  rewarded: z.boolean().nullable().default(null),
  status: MentorStatus.default('active'),
});
export type Mentor = z.infer<typeof Mentor>;

/**
 * The ages a participant can have: the youngest pupils in a programme start school at 6–7, so under 5 is a typing
 * error; over 100 as well. The age column and a birth date (shared/sheets/cells.ts) are held to the same bounds.
 */
export const MIN_PERSON_AGE = 5;
export const MAX_PERSON_AGE = 100;

/** Наставляемый: a row of the mentee bank. */
export const Mentee = z.object({
  ...personFields,
  role: MenteeRole.default('teacher'),
  birthDate: IsoDate.nullable().default(null),
  age: z.number().int().min(MIN_PERSON_AGE).max(MAX_PERSON_AGE).nullable().default(null),
  /** As the curator marked it; when empty, it is derived from age and experience (see youngSpecialist.ts). */
  youngSpecialist: z.boolean().nullable().default(null),
  requests: z.array(z.string().trim().min(1)).default([]),
  wantedForm: MentoringForm.nullable().default(null),
  status: MenteeStatus.default('unpaired'),
});
export type Mentee = z.infer<typeof Mentee>;

/** Who counts as a young specialist (the region's rule: under 35 and up to 3 years of experience) on a given day. */
import type { Mentee } from './people';

/** Регион: молодой специалист — моложе 35 лет и со стажем до 3 лет. */
export const YOUNG_SPECIALIST_MAX_AGE = 35;
export const YOUNG_SPECIALIST_MAX_EXPERIENCE = 3;

/** Age in whole years on `today` (ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

/**
 * Whether a mentee counts as a young specialist on `today`: the curator's mark wins; otherwise it is derived
 * from age (birth date first, then the age column) and experience. Unknown when the data to decide is missing.
 */
export function isYoungSpecialist(mentee: Mentee, today: string): boolean | null {
  if (mentee.youngSpecialist !== null) return mentee.youngSpecialist;
  if (mentee.role !== 'teacher') return false;
  const age = mentee.birthDate ? ageOn(mentee.birthDate, today) : mentee.age;
  if (age === null || mentee.experienceYears === null) return null;
  return age < YOUNG_SPECIALIST_MAX_AGE && mentee.experienceYears < YOUNG_SPECIALIST_MAX_EXPERIENCE;
}

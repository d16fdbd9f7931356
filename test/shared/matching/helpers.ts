import type { MentoringForm } from '../../../shared/model/common';

export type MentorRow = {
  id: string;
  fullName: string;
  organisation?: string;
  subjects?: string[];
  competencies?: string[];
  forms?: MentoringForm[];
  capacity?: unknown;
  consent?: unknown;
  status?: string;
  experienceYears?: number | null;
  category?: 'highest' | 'first' | 'compliance' | 'none' | null;
  email?: string | null;
  repeatOf?: string | null;
};
export type MenteeRow = {
  id: string;
  fullName: string;
  organisation?: string;
  role?: 'teacher' | 'student';
  subjects?: string[];
  requests?: string[];
  wantedForm?: MentoringForm | null;
  consent?: unknown;
  status?: string;
  experienceYears?: number | null;
  age?: number | null;
  youngSpecialist?: boolean | null;
  email?: string | null;
  repeatOf?: string | null;
};

export const TODAY = '2025-01-15';

export function mentor(id: string, over: Partial<MentorRow> = {}): MentorRow {
  return { id, fullName: `Наставник ${id}`, forms: ['teacher-teacher'], capacity: 1, consent: true, ...over };
}
export function mentee(id: string, over: Partial<MenteeRow> = {}): MenteeRow {
  return { id, fullName: `Наставляемый ${id}`, consent: true, youngSpecialist: false, ...over };
}

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

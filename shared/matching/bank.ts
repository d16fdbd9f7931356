/** The banks as the matcher reads them: both validated, sorted by ID, turned into arrays of forms, stems and interned labels. */
import { MENTORING_FORMS, type MentoringForm, PUPIL_MENTEE_FORMS } from '../model/common';
import type { Mentee, Mentor } from '../model/people';
import { isYoungSpecialist } from '../model/youngSpecialist';
import { heldRepeats, IdentityIndex, type PersonRef } from '../people/identity';
import { normalizeText } from '../text';
import { type HeldText, S } from './strings';
import { labelKey, stems } from './text';
import type { RejectedRow } from './types';

const CATEGORY_VALUE = { highest: 1, first: 0.7, compliance: 0.3, none: 0 } as const;

/** Both banks, validated, sorted by ID (so the result does not depend on row order), and turned into arrays. */
export interface Bank {
  mentors: Mentor[];
  mentees: Mentee[];
  rejected: RejectedRow[];
  mentorOrg: Int32Array; // interned normalised organisation, -1 when empty
  menteeOrg: Int32Array;
  orgNames: string[];
  mentorForms: Int32Array; // bit mask over MENTORING_FORMS
  /** Forms acceptable to the mentee: the wanted one, or by role when none is wanted; 0 for an impossible wish. */
  menteeForms: Int32Array;
  mentorExperience: Float64Array; // NaN when unknown
  menteeExperience: Float64Array;
  mentorCategory: Float64Array; // 0…1
  menteeYoung: Uint8Array;
  mentorSubjects: Int32Array[]; // sorted interned subject keys
  menteeSubjects: Int32Array[];
  mentorStems: Int32Array[]; // sorted interned stems of competencies
  menteeStems: Int32Array[]; // sorted interned stems of requests
  subjectMentors: Int32Array[]; // posting lists: subject → mentors having it
  stemMentors: Int32Array[];
  /** mentee index → mentor indices that are the same person (same e-mail, or same name and organisation). */
  samePerson: Map<number, number[]>;
  /**
   * Rows held out of pairing as possible repeats of an earlier row of the same bank (identity.ts
   * `heldRepeats`, in the order the rows were given, as the sheet has them) until the curator decides.
   */
  mentorHeld: Map<number, HeldText>;
  menteeHeld: Map<number, HeldText>;
  /** Stem → its interned id (for explanations). */
  stemIndex: ReadonlyMap<string, number>;
}

export const formBit = (f: MentoringForm) => 1 << MENTORING_FORMS.indexOf(f);
export const formsOfMask = (mask: number): MentoringForm[] =>
  MENTORING_FORMS.filter((f) => (mask & formBit(f)) !== 0);
const PUPIL_MASK = PUPIL_MENTEE_FORMS.reduce((m, f) => m | formBit(f), 0);
const TEACHER_MASK = formBit('teacher-teacher');

export function acceptableForms(mentee: Mentee): number {
  if (mentee.role === 'student') {
    if (mentee.wantedForm === null) return PUPIL_MASK;
    return mentee.wantedForm === 'teacher-teacher' ? 0 : formBit(mentee.wantedForm);
  }
  return mentee.wantedForm === null ? TEACHER_MASK : formBit(mentee.wantedForm);
}

/** Who a bank's rows are, for messages. */
export const whoOf = (bank: 'mentors' | 'mentees'): string =>
  bank === 'mentors' ? S.mentorWord : S.menteeWord;

/**
 * Claims a row's ID for its bank: false, with the row rejected, when an earlier row has it (the first one stays,
 * as on the sheet). `k` is the row's 0-based position in the list given.
 */
export function claimId(
  seen: Set<string>,
  id: string,
  k: number,
  name: string,
  bank: 'mentors' | 'mentees',
  rejected: RejectedRow[],
): boolean {
  if (seen.has(id)) {
    const message = S.rowRejected(whoOf(bank), k + 1, name, '', S.duplicateId(id));
    rejected.push({ bank, index: k + 1, id, message });
    return false;
  }
  seen.add(id);
  return true;
}

/** Typed rows with unique IDs: a repeated ID is rejected (the untrusted adapter, input.ts, checked the rest). */
function uniqueRows<T extends { id: string; fullName: string }>(
  rows: readonly T[],
  bank: 'mentors' | 'mentees',
  rejected: RejectedRow[],
): T[] {
  const seen = new Set<string>();
  return rows.filter((r, k) => claimId(seen, r.id, k, r.fullName, bank, rejected));
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorts a bank by ID and says which of its rows are held as possible repeats, by their sorted index. The rule
 * is read on the rows as given: «later» is the sheet's order, as the bank's warnings say it.
 */
function sortHoldingRepeats<T extends PersonRef & { id: string; fullName: string; repeatOf: string | null }>(
  rows: T[],
): { sorted: T[]; held: Map<number, HeldText> } {
  const heldOf = new Map<T, HeldText>();
  for (const [k, h] of heldRepeats(rows, (r) => r)) {
    const of = h.of >= 0 ? rows[h.of]! : null;
    heldOf.set(rows[k]!, {
      of: of ? { id: of.id, fullName: of.fullName } : null,
      sameness: h.sameness,
      mark: rows[k]!.repeatOf,
    });
  }
  const sorted = [...rows].sort(byId);
  const held = new Map<number, HeldText>();
  sorted.forEach((r, i) => {
    const h = heldOf.get(r);
    if (h) held.set(i, h);
  });
  return { sorted, held };
}

class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  get(key: string, name = key): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(name);
    }
    return id;
  }
}

/** `f` with its results kept per input (for pure text functions). */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = f(text);
      seen.set(text, out);
    }
    return out;
  };
}

const sortedUnique = (xs: number[]) => Int32Array.from(new Set(xs)).sort();

function postings(lists: Int32Array[], size: number): Int32Array[] {
  const buckets: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((list, p) => {
    for (const t of list) buckets[t]!.push(p);
  });
  return buckets.map((b) => Int32Array.from(b));
}

/** The banks as the engine works on them, from typed records (validated once, by readTable or input.ts). */
export function buildBank(mentorRows: readonly Mentor[], menteeRows: readonly Mentee[], today: string): Bank {
  const rejected: RejectedRow[] = [];
  const { sorted: mentors, held: mentorHeld } = sortHoldingRepeats(
    uniqueRows(mentorRows, 'mentors', rejected),
  );
  const { sorted: mentees, held: menteeHeld } = sortHoldingRepeats(
    uniqueRows(menteeRows, 'mentees', rejected),
  );
  const orgs = new Interner();
  const subjects = new Interner();
  const words = new Interner();
  // The same texts recur across a bank (subjects, typical requests, school names): each is analysed once.
  const norm = memo(normalizeText);
  const keyOf = memo(labelKey);
  const stemsOf = memo(stems);
  const org = (o: string) => (norm(o) === '' ? -1 : orgs.get(norm(o), o));
  const subjectIds = (list: readonly string[]) => sortedUnique(list.map((s) => subjects.get(keyOf(s), s)));
  const stemIds = (list: readonly string[]) =>
    sortedUnique(list.flatMap((t) => stemsOf(t).map((w) => words.get(w))));

  const mentorOrg = Int32Array.from(mentors, (m) => org(m.organisation));
  const menteeOrg = Int32Array.from(mentees, (m) => org(m.organisation));
  const mentorSubjects = mentors.map((m) => subjectIds(m.subjects));
  const menteeSubjects = mentees.map((m) => subjectIds(m.subjects));
  const mentorStems = mentors.map((m) => stemIds(m.competencies));
  const menteeStems = mentees.map((m) => stemIds(m.requests));

  // A mentee who is also in the mentor bank (the same e-mail, or a possible namesake) is never their own mentor.
  const mentorIdentity = new IdentityIndex(mentors, (m) => m);
  const samePerson = new Map<number, number[]>();
  mentees.forEach((m, i) => {
    const hits = mentorIdentity.matches(m).map((h) => h.index);
    if (hits.length > 0) samePerson.set(i, hits);
  });

  return {
    mentors,
    mentees,
    rejected,
    mentorOrg,
    menteeOrg,
    orgNames: orgs.names,
    mentorForms: Int32Array.from(mentors, (m) => m.forms.reduce((mask, f) => mask | formBit(f), 0)),
    menteeForms: Int32Array.from(mentees, acceptableForms),
    mentorExperience: Float64Array.from(mentors, (m) => m.experienceYears ?? Number.NaN),
    menteeExperience: Float64Array.from(mentees, (m) => m.experienceYears ?? Number.NaN),
    mentorCategory: Float64Array.from(mentors, (m) => (m.category ? CATEGORY_VALUE[m.category] : 0)),
    menteeYoung: Uint8Array.from(mentees, (m) => (isYoungSpecialist(m, today) === true ? 1 : 0)),
    mentorSubjects,
    menteeSubjects,
    mentorStems,
    menteeStems,
    subjectMentors: postings(mentorSubjects, subjects.names.length),
    stemMentors: postings(mentorStems, words.names.length),
    samePerson,
    mentorHeld,
    menteeHeld,
    stemIndex: words.ids,
  };
}

/**
 * The curator's own choices checked against the engine's rules: pairs picked by hand and kept across re-runs
 * (`SuggestOptions.fixed`) and pairs being accepted (`checkPairs`, which the add-on's acceptance calls). Both
 * go through `vetChoices`, which asks the same `Problem` predicates the matching itself uses.
 */
import { IsoDate, type MentoringForm, MentoringForm as MentoringFormSchema } from '../model/common';
import type { Mentee, Mentor } from '../model/people';
import { type Bank, buildBank, formBit } from './bank';
import { Problem } from './problem';
import type { ResolvedSettings } from './settings';
import { S } from './strings';
import type { PairRef } from './types';

/** A pair the curator chose: the mentor for a mentee, and the form when the curator has one in mind. */
export interface ChosenPair extends PairRef {
  form?: unknown;
}

/** A locked pair (accepted, on «Пары»), with the pair's ID to name it in messages. */
export interface LockedPair extends PairRef {
  pairId?: string;
}

export interface VettedPair {
  /** Mentee and mentor index in the bank. */
  i: number;
  p: number;
  form: MentoringForm;
}

export interface Vetting {
  /** Choices that pass every rule and fit the mentors' places, in the order given. */
  ok: VettedPair[];
  /** Choices refused, with the message (Russian, naming both people and each rule broken). */
  refused: { choice: ChosenPair; message: string; overCapacity: boolean }[];
}

export interface BankIndex {
  mentor: ReadonlyMap<string, number>;
  mentee: ReadonlyMap<string, number>;
}

export function indexBank(bank: Bank): BankIndex {
  return {
    mentor: new Map(bank.mentors.map((m, p) => [m.id, p])),
    mentee: new Map(bank.mentees.map((m, i) => [m.id, i])),
  };
}

/**
 * Checks the curator's choices: each one names known people, a mentee at most once and not already in a locked
 * pair, passes every hard rule (`Problem.brokenRules`), and the mentor's places (capacity minus locked pairs)
 * hold all the choices given for them. `keep` (picks kept across re-runs) keeps the first choices that fit a
 * mentor's places and drops the rest, each with a note; `accept` refuses every choice for an overfilled mentor
 * with one message (acceptance is all or nothing).
 */
export function vetChoices(
  problem: Problem,
  index: BankIndex,
  chosen: readonly ChosenPair[],
  locked: { mentorOf: Int32Array; pairId: (i: number) => string | undefined },
  mode: 'accept' | 'keep',
): Vetting {
  const partial = mode === 'keep';
  const { bank, settings } = problem;
  const B = S.broken;
  const C = S.check;
  const out: Vetting = { ok: [], refused: [] };
  const seen = new Set<number>();
  const candidates: (VettedPair & { choice: ChosenPair })[] = [];
  for (const choice of chosen) {
    const p = index.mentor.get(String(choice?.mentorId));
    const i = index.mentee.get(String(choice?.menteeId));
    const unknown: string[] = [];
    if (p === undefined) unknown.push(C.unknownMentor(String(choice?.mentorId)));
    if (i === undefined) unknown.push(C.unknownMentee(String(choice?.menteeId)));
    if (p === undefined || i === undefined) {
      out.refused.push({ choice, message: unknown.join(' '), overCapacity: false });
      continue;
    }
    const mentee = bank.mentees[i]!;
    const mentor = bank.mentors[p]!;
    if (seen.has(i)) {
      out.refused.push({ choice, message: C.menteeTwice(mentee.fullName), overCapacity: false });
      continue;
    }
    seen.add(i);
    const reasons: string[] = [];
    if (locked.mentorOf[i] !== -1) reasons.push(B.alreadyLocked(mentee.fullName, locked.pairId(i)));
    else if (settings.onlyUnpaired && mentee.status !== 'unpaired')
      reasons.push(B.notUnpaired(mentee.fullName, mentee.status));
    reasons.push(...problem.brokenRules(i, p));
    if (reasons.length > 0) {
      out.refused.push({
        choice,
        message: (partial ? C.fixedDropped : C.refused)(mentee.fullName, mentor.fullName, reasons.join('; ')),
        overCapacity: false,
      });
      continue;
    }
    candidates.push({ choice, i, p, form: formFor(problem, i, p, choice.form) });
  }
  // Places: what is left after the locked pairs, shared by the choices in the order given.
  const wanted = new Map<number, number>();
  for (const c of candidates) wanted.set(c.p, (wanted.get(c.p) ?? 0) + 1);
  const used = new Map<number, number>();
  for (const c of candidates) {
    const free = problem.freePlaces[c.p]!;
    const n = (used.get(c.p) ?? 0) + 1;
    const overfilled = partial ? n > free : wanted.get(c.p)! > free;
    if (!overfilled) {
      used.set(c.p, n);
      out.ok.push({ i: c.i, p: c.p, form: c.form });
      continue;
    }
    const mentor = bank.mentors[c.p]!;
    const load = problem.lockedLoad[c.p]!;
    const reason = B.overCapacity(mentor.fullName, mentor.capacity, load + wanted.get(c.p)!, load);
    out.refused.push({
      choice: c.choice,
      message: partial
        ? C.fixedDropped(bank.mentees[c.i]!.fullName, mentor.fullName, reason)
        : C.overCapacity(reason),
      overCapacity: true,
    });
  }
  return out;
}

/**
 * The form a chosen pair runs in: the curator's, when the mentee may be in it and (with the form rule) the
 * mentor offers it; else the one the matching would give the pair.
 */
function formFor(problem: Problem, i: number, p: number, wanted: unknown): MentoringForm {
  const parsed = MentoringFormSchema.safeParse(wanted);
  if (parsed.success) {
    const bit = formBit(parsed.data);
    const bank = problem.bank;
    const menteeMay = (bank.menteeForms[i]! & bit) !== 0;
    const mentorOffers = !problem.settings.rules.form || (bank.mentorForms[p]! & bit) !== 0;
    if (menteeMay && mentorOffers) return parsed.data;
  }
  return problem.pairForm(i, p);
}

export type CheckResult =
  | { ok: true; pairs: { mentorId: string; menteeId: string; form: MentoringForm }[] }
  | { ok: false; errors: string[] };

/**
 * The rules acceptance checks, which are the matching's own: the pairs must pass every hard rule under the
 * given settings (consent always), the mentees must be free (not in a locked pair; «Без пары» when only those
 * are matched), and each mentor's places must hold the locked pairs and the chosen ones together. All pass, or
 * the Russian reasons come back, one per refused pair or overfilled mentor.
 */
export function checkPairs(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  settings: ResolvedSettings,
  options: { today: string; locked?: readonly LockedPair[]; chosen: readonly ChosenPair[] },
): CheckResult {
  if (!IsoDate.safeParse(options.today).success)
    return { ok: false, errors: [S.todayInvalid(options.today)] };
  const bank = buildBank(mentors, mentees, options.today);
  const index = indexBank(bank);
  const { mentorOf, pairIdOf, load } = lockIndex(bank, index, options.locked ?? []);
  const problem = new Problem(bank, settings, load, []);
  const vetted = vetChoices(
    problem,
    index,
    options.chosen,
    { mentorOf, pairId: (i) => pairIdOf.get(i) },
    'accept',
  );
  if (vetted.refused.length > 0)
    return { ok: false, errors: [...new Set(vetted.refused.map((r) => r.message))] };
  return {
    ok: true,
    pairs: vetted.ok.map((v) => ({
      mentorId: bank.mentors[v.p]!.id,
      menteeId: bank.mentees[v.i]!.id,
      form: v.form,
    })),
  };
}

/** Locked pairs by mentee (first one wins) and the places they take; unknown ones are left out. */
export function lockIndex(
  bank: Bank,
  index: BankIndex,
  locked: readonly LockedPair[],
  unknown?: (ref: PairRef) => void,
  twice?: (ref: PairRef) => void,
): { mentorOf: Int32Array; pairIdOf: Map<number, string>; load: Int32Array } {
  const mentorOf = new Int32Array(bank.mentees.length).fill(-1);
  const load = new Int32Array(bank.mentors.length);
  const pairIdOf = new Map<number, string>();
  for (const ref of locked) {
    const p = index.mentor.get(ref.mentorId);
    const i = index.mentee.get(ref.menteeId);
    if (p === undefined || i === undefined) unknown?.(ref);
    else if (mentorOf[i] !== -1) twice?.(ref);
    else {
      mentorOf[i] = p;
      load[p]!++;
      if (ref.pairId) pairIdOf.set(i, ref.pairId);
    }
  }
  return { mentorOf, pairIdOf, load };
}

/**
 * The end of a pair: closing it (end date, outcome, the mentees «Завершил») and re-pairing a pair that does
 * not work (the engine looks for another mentor for its mentees with every other pair locked; the old pair
 * ends with its reason, the new one starts). Pure: the add-on reads the sheets, this decides the rows.
 */
import type { LockedPair, PairRef } from '../matching';
import type { Mentee, MentoringForm, Pair } from '../model';
import { YEAR_STRINGS } from './strings';

const C = YEAR_STRINGS.closing;

/** The pair to close or re-pair, if it can be: it exists and is active. */
function activePair(pairs: readonly Pair[], pairId: string): Pair | string {
  const pair = pairs.find((p) => p.id === pairId);
  if (!pair) return C.noPair(pairId);
  if (pair.status !== 'active') return C.notActive(pairId);
  return pair;
}

/** The rows closing a pair writes: the pair ended today with its outcome, its mentees «Завершил». */
export interface CloseWrites {
  pair: { id: string; endDate: string; status: 'completed'; results: string };
  /** Mentees to mark «Завершил»: those of the pair who are in no other active pair. */
  finished: string[];
}

export function closeWrites(
  pairs: readonly Pair[],
  pairId: string,
  outcome: string,
  today: string,
): CloseWrites | { error: string } {
  const pair = activePair(pairs, pairId);
  if (typeof pair === 'string') return { error: pair };
  const text = String(outcome ?? '').trim();
  if (text === '') return { error: C.noOutcome };
  const elsewhere = new Set(
    pairs.filter((p) => p.id !== pairId && p.status === 'active').flatMap((p) => p.menteeIds),
  );
  return {
    pair: {
      id: pair.id,
      // A pair that started after today (a date typed ahead) ends on its start, never before it.
      endDate: pair.startDate && pair.startDate > today ? pair.startDate : today,
      status: 'completed',
      results: pair.results.trim() === '' ? text : `${pair.results.trim()}\n${text}`,
    },
    finished: pair.menteeIds.filter((id) => !elsewhere.has(id)),
  };
}

/** What the matching engine gets to look for new mentors for a pair's mentees. */
export interface RepairInputs {
  pair: Pair;
  /** The pair's mentees, then the mentees of the other active pairs (kept, locked). */
  mentees: Mentee[];
  locked: LockedPair[];
  /** The old mentor is not suggested again for the same mentee. */
  excluded: PairRef[];
}

/**
 * Inputs for re-pairing: every other active pair locked (its mentor's places stay taken); the pair's own mentees
 * looked for as if without a pair (they are about to leave it), and no other mentee of the bank, so the engine
 * places only them. A mentee of the pair who is in another active pair too stays there and is not looked for.
 */
export function repairInputs(
  mentees: readonly Mentee[],
  pairs: readonly Pair[],
  pairId: string,
): RepairInputs | { error: string } {
  const pair = activePair(pairs, pairId);
  if (typeof pair === 'string') return { error: pair };
  const others = pairs.filter((p) => p.id !== pairId && p.status === 'active');
  const locked = others.flatMap((p) =>
    p.menteeIds.map((menteeId) => ({ mentorId: p.mentorId, menteeId, pairId: p.id })),
  );
  const lockedIds = new Set(locked.map((l) => l.menteeId));
  const wanted = new Set(pair.menteeIds.filter((id) => !lockedIds.has(id)));
  const byId = new Map(mentees.map((m) => [m.id, m]));
  const missing = [...wanted].filter((id) => !byId.has(id));
  if (missing.length > 0) return { error: C.menteeMissing(missing.join(', ')) };
  if (wanted.size === 0) return { error: C.nobodyToPlace(pairId) };
  return {
    pair,
    mentees: [
      ...[...wanted].map((id) => ({ ...byId.get(id)!, status: 'unpaired' as const })),
      ...mentees.filter((m) => lockedIds.has(m.id)),
    ],
    locked,
    excluded: [...wanted].map((menteeId) => ({ mentorId: pair.mentorId, menteeId })),
  };
}

/** A new pair of a re-pairing, before its ID is given. */
export interface NewPair {
  mentorId: string;
  menteeIds: string[];
  form: MentoringForm;
  startDate: string;
}

/** The rows of a re-pairing: the old pair ended early with its reason; new pairs (one per new mentor). */
export interface RepairWrites {
  old: { id: string; endDate: string; status: 'terminated'; endReason: string; notWorking: false };
  created: NewPair[];
}

export function repairWrites(
  pair: Pair,
  chosen: readonly { mentorId: string; menteeId: string; form: MentoringForm }[],
  reason: string,
  today: string,
): RepairWrites | { error: string } {
  const text = String(reason ?? '').trim();
  if (text === '') return { error: C.noReason };
  if (chosen.length === 0) return { error: C.noChoice };
  if (chosen.some((c) => c.mentorId === pair.mentorId)) return { error: C.sameMentor };
  const groups = new Map<string, NewPair>();
  for (const c of chosen) {
    const key = `${c.mentorId}\u0000${c.form}`;
    const g = groups.get(key) ?? { mentorId: c.mentorId, menteeIds: [], form: c.form, startDate: today };
    g.menteeIds.push(c.menteeId);
    groups.set(key, g);
  }
  return {
    old: { id: pair.id, endDate: today, status: 'terminated', endReason: text, notWorking: false },
    created: [...groups.values()],
  };
}

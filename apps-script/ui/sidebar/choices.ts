/**
 * The curator's decisions on the suggestion cards (tick, mentor picked by hand) and how they live through a
 * re-run of the matching: picks go to the server as fixed pairs and come back kept (or dropped with a note),
 * ticks stay as the curator left them. Pure, so the sidebar and its tests share it.
 */
import type { PairRef, PairSuggestion } from '../../../shared/matching';
import type { SidebarResult } from '../../src/pairing/pairingTypes';

/** What the curator decided for one suggested mentee. */
export interface Choice {
  mentorId: string;
  accepted: boolean;
  /** The mentor was picked by hand (kept across re-runs as a fixed pair). */
  picked: boolean;
}

export type Choices = Record<string, Choice>;

/** The picks to keep in the next run. */
export function picksOf(choices: Choices): PairRef[] {
  return Object.entries(choices)
    .filter(([, c]) => c.picked)
    .map(([menteeId, c]) => ({ mentorId: c.mentorId, menteeId }));
}

/**
 * Choices for a new result: a card the curator had keeps its tick; a pick the engine kept stays a pick; a pick
 * the engine had to drop (its note says why) comes back unticked, so a mentor nobody chose is never accepted
 * unseen. New cards start ticked, as suggestions do.
 */
export function choicesAfter(result: SidebarResult, previous: Choices): Choices {
  const next: Choices = {};
  for (const [menteeId, mentorId, , fixed] of result.suggested) {
    const prev = previous[menteeId];
    const dropped = prev?.picked === true && !fixed;
    next[menteeId] = {
      mentorId,
      accepted: dropped ? false : (prev?.accepted ?? true),
      picked: fixed,
    };
  }
  return next;
}

/** The curator chose a mentor in a card's list: a pick, unless it is the engine's own suggestion again. */
export function pick(pair: PairSuggestion, choice: Choice, mentorId: string): Choice {
  return { ...choice, mentorId, picked: pair.fixed || mentorId !== pair.mentorId };
}

/** Choices without the given mentees (accepted, so locked now; or their pair excluded). */
export function without(choices: Choices, menteeIds: Iterable<string>): Choices {
  const out = { ...choices };
  for (const id of menteeIds) delete out[id];
  return out;
}

/**
 * Places per mentor as the cards stand: capacity, and how many are taken by locked pairs and ticked cards
 * (with the mentor each card has now). The sidebar warns on a card that would overfill its mentor. `cards`:
 * the cards loaded so far (their alternatives name further mentors and their capacity).
 */
export function placesNow(
  result: SidebarResult,
  choices: Choices,
  cards: Iterable<PairSuggestion> = result.pairs,
): { capacity: Map<string, number>; taken: Map<string, number> } {
  const capacity = new Map<string, number>(Object.entries(result.capacity));
  const taken = new Map<string, number>();
  const add = (id: string) => taken.set(id, (taken.get(id) ?? 0) + 1);
  for (const p of cards) for (const a of p.alternatives) capacity.set(a.mentorId, a.capacity);
  for (const p of result.locked) add(p.mentorId);
  for (const [menteeId, mentorId] of result.suggested) {
    const c = choices[menteeId];
    if (c?.accepted ?? true) add(c?.mentorId ?? mentorId);
  }
  return { capacity, taken };
}

/** What the matching takes and gives: pair references, options, suggested pairs and groups with reasons and alternatives, unmatched codes. */
import type { MentoringForm } from '../model/common';
import type { Criterion } from './settings';

/** A pair the curator has accepted (kept as it is) or ruled out. */
export interface PairRef {
  mentorId: string;
  menteeId: string;
}

export interface SuggestOptions {
  /** Today's date, ISO `YYYY-MM-DD` (young-specialist status depends on it). */
  today: string;
  /** Pairs already accepted: kept as they are, and they use the mentor's places. */
  locked?: readonly PairRef[];
  /** Pairs the curator ruled out. */
  excluded?: readonly PairRef[];
  /**
   * Mentors the curator picked by hand in the sidebar and has not accepted yet: kept across re-runs (they use
   * the mentor's places, as locked pairs do, but stay suggestions). A pick that breaks a hard rule, or finds
   * the mentor's places taken, is dropped with a note saying why (the same check as acceptance, `checkPairs`).
   */
  fixed?: readonly PairRef[];
  /**
   * Largest mentees × mentors score matrix held in memory (default 8 000 000 cells; the scores and the
   * solver's copy take 64 MB each at most), solved exactly and certified. Above it (region scale) the engine
   * keeps only each mentee's best mentors and each mentor's best mentees: faster and leaner, and the result
   * says for how many mentees optimality is not proven (`pricingRounds` adds what they miss).
   */
  maxDenseCells?: number;
  /**
   * Above that size: sparse solves allowed (default 1). Each extra round re-scores the mentees whose
   * optimality is in doubt against the whole bank and adds what they miss; after the last round the result
   * is `certified` or carries `maxGap`, the most that could still be gained.
   */
  pricingRounds?: number;
}

/** One line of «why»: a criterion and the points it brought. Form, lock and pick lines bring 0 points. */
export interface Reason {
  criterion: Criterion | 'form' | 'locked' | 'fixed';
  points: number;
  text: string;
}

export interface Alternative {
  mentorId: string;
  mentorName: string;
  /** The score this mentee would have with that mentor, as the mentor's next mentee. */
  score: number;
  percent: number;
  /** Places the mentor still has after the suggested assignment (0: all taken). */
  freePlaces: number;
  /** The mentor's «Готов взять наставляемых» (the sidebar recounts free places as the curator picks). */
  capacity: number;
  reasons: string[];
}

export interface PairSuggestion {
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  form: MentoringForm;
  formLabel: string;
  /** Weighted points of the pair (rounded to 0.01); `maxScore` is the sum of the weights. */
  score: number;
  maxScore: number;
  /** score / maxScore × 100, rounded. */
  percent: number;
  locked: boolean;
  /** The curator picked this mentor by hand (`SuggestOptions.fixed`); still a suggestion, not yet accepted. */
  fixed: boolean;
  /** The mentor's «Готов взять наставляемых». */
  mentorCapacity: number;
  /** Criteria that made the pair, most points first, in words. */
  reasons: Reason[];
  /** For locked pairs that break a hard rule: what is wrong (the pair is kept). */
  warnings: string[];
  /** Next best mentors for this mentee. */
  alternatives: Alternative[];
}

/** A mentor with the mentees suggested or locked for them (a pair when one, a group when several). */
export interface GroupSuggestion {
  mentorId: string;
  mentorName: string;
  capacity: number;
  menteeIds: string[];
}

export const UNMATCHED_CODES = [
  'mentee-no-consent',
  'mentee-possible-repeat',
  'pupil-teacher-form',
  'no-mentors',
  'no-consenting-mentor',
  'no-active-mentor',
  'no-form',
  'no-same-organisation',
  'no-other-organisation',
  'only-self',
  'all-excluded',
  'only-held-mentors',
  'no-free-places',
  'places-taken',
] as const;
export type UnmatchedCode = (typeof UNMATCHED_CODES)[number];

export interface UnmatchedMentee {
  menteeId: string;
  menteeName: string;
  /** The hard rule (or capacity) that left the mentee without a mentor. */
  code: UnmatchedCode;
  reason: string;
  /** Mentors that pass the rules but whose places went to others (best first). */
  alternatives: Alternative[];
}

/** Mentees not in the search (already paired, finished). */
export interface SkippedMentee {
  menteeId: string;
  menteeName: string;
  reason: string;
}

/** An input row that could not be read; it is left out of matching, nothing else is affected. */
export interface RejectedRow {
  bank: 'mentors' | 'mentees';
  /** 1-based position in the list given. */
  index: number;
  id: string | null;
  message: string;
}

export interface MatchingStats {
  mentors: number;
  menteesConsidered: number;
  /** Free places (mentor slots) left for suggestions after locked pairs. */
  freePlaces: number;
  suggested: number;
  locked: number;
  unmatched: number;
  /** Sum of the scores of suggested (not locked) pairs. */
  totalScore: number;
  /** True when the assignment is proven optimal for the whole bank (duals checked against every pair). */
  certified: boolean;
  /**
   * Proven upper bound on the total score (as `totalScore`) of any assignment that places as many mentees as
   * possible; equals `totalScore` when certified. LP duality with the number placed kept apart (bound.ts).
   */
  scoreBound: number;
  /** `scoreBound − totalScore`: the most score the result may give up (0 when certified). */
  scoreGap: number;
  /**
   * When not certified: at most this much could still be gained, in the solver's units (points, plus the
   * bonus for each extra mentee placed, which is larger than any total score).
   */
  maxGap: number;
  /** When not certified: mentees for whom a better mentor outside their candidates was not ruled out. */
  doubtfulMentees: number;
  /** Sparse solves performed (1 when the first candidates already held the optimum). */
  rounds: number;
  candidatesPerMentee: number;
}

export interface MatchingResult {
  ok: true;
  /** Suggested and locked pairs, by mentor then mentee ID. */
  pairs: PairSuggestion[];
  groups: GroupSuggestion[];
  unmatched: UnmatchedMentee[];
  skipped: SkippedMentee[];
  rejected: RejectedRow[];
  /** Warnings about the input as a whole (in Russian). */
  notes: string[];
  stats: MatchingStats;
}

export interface MatchingFailure {
  ok: false;
  /** Russian messages naming the setting or option at fault. */
  errors: string[];
}

export type SuggestResult = MatchingResult | MatchingFailure;

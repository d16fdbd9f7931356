/** Pair suggestions: prepare the problem, choose candidates, solve the assignment, and present pairs with reasons, alternatives and the unmatched. */
import { IsoDate, MENTORING_FORM_LABELS } from '../model/common';
import type { Mentee, Mentor } from '../model/people';
import { type AssignmentResult, columnView, type SparseMatrix, solveSparse } from './assignment';
import { type Bank, buildBank } from './bank';
import { placedBound } from './bound';
import { indexBank, lockIndex, vetChoices } from './check';
import { type AllowedGraph, maximumPlacement } from './placement';
import { type DenseOptions, type PricedResult, solveDense, solveWithPricing } from './pricing';
import { Problem } from './problem';
import { prefixScorer, scorePass } from './scorePass';
import type { ResolvedSettings } from './settings';
import { S } from './strings';
import { MentorChoices, selectTop } from './topLists';
import type {
  Alternative,
  GroupSuggestion,
  MatchingFailure,
  MatchingResult,
  PairRef,
  PairSuggestion,
  SkippedMentee,
  SuggestOptions,
  SuggestResult,
  UnmatchedMentee,
} from './types';

/**
 * Suggests mentor–mentee pairs and groups: as many mentees placed as the hard rules and the places allow,
 * and among those assignments the one with the highest total score — exactly (certified by LP duality).
 * Locked pairs are kept and use their mentor's places. Same input, same output: banks are sorted by ID and
 * every tie is broken by ID.
 *
 * Takes typed records and resolved settings (validated once: by readTable, or by the untrusted-input adapter
 * `suggestPairsFromInput` in input.ts); a row repeating an earlier row's ID is reported in `rejected` and left
 * out. An invalid `today` gives `{ ok: false, errors }`.
 */
export function suggestPairs(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  settings: ResolvedSettings,
  options: SuggestOptions,
): SuggestResult {
  if (!IsoDate.safeParse(options.today).success)
    return { ok: false, errors: [S.todayInvalid(options.today)] };
  return run(mentors, mentees, settings, options.today, refsOf(options), {
    maxDenseCells: options.maxDenseCells ?? DENSE_CELLS,
    pricingRounds: Math.max(1, options.pricingRounds ?? REGION_ROUNDS),
  });
}

/**
 * The explanations of some suggested pairs without solving again: `assigned` is the assignment a previous
 * `suggestPairs` call with the same banks, settings and options gave (its pairs that were not locked or
 * fixed), and `mentees` the IDs to explain (a page of the sidebar). Returns their pairs (reasons,
 * alternatives with the places left after the whole assignment) and unmatched entries exactly as
 * `suggestPairs` gives them. Pairs that name unknown people or a mentee not looked for are ignored.
 */
export function explainSuggestions(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  settings: ResolvedSettings,
  options: SuggestOptions & { assigned: readonly PairRef[]; mentees: readonly string[] },
): { ok: true; pairs: PairSuggestion[]; unmatched: UnmatchedMentee[] } | MatchingFailure {
  if (!IsoDate.safeParse(options.today).success)
    return { ok: false, errors: [S.todayInvalid(options.today)] };
  const prep = prepare(mentors, mentees, settings, options.today, refsOf(options));
  const rowOf = new Map(prep.rows.map((i, r) => [i, r]));
  const assigned = new Int32Array(prep.rows.length).fill(-1);
  for (const ref of options.assigned) {
    const i = prep.index.mentee.get(ref.menteeId);
    const p = prep.index.mentor.get(ref.mentorId);
    const r = i === undefined ? undefined : rowOf.get(i);
    if (r !== undefined && p !== undefined) assigned[r] = p;
  }
  const want = new Set<number>();
  for (const id of options.mentees) {
    const i = prep.index.mentee.get(id);
    if (i !== undefined) want.add(i);
  }
  const shown = present(
    prep,
    { assigned, top: null, certified: true, maxGap: 0, doubtful: 0, scoreGap: 0, rounds: 0, candidates: 0 },
    (i) => want.has(i),
  );
  return { ok: true, pairs: shown.pairs, unmatched: shown.unmatched };
}

/**
 * Solves allowed when candidates are scored on the fly (region scale). Each pricing round re-scores the
 * doubtful mentees against the whole bank; with 1 the candidates' solution is checked by the cheap bound only
 * and reported as certified or with its gap.
 */
const REGION_ROUNDS = 1;

/**
 * Default largest mentees × mentors score matrix solved densely (8 M cells: the scores and the solver's copy
 * take 64 MB each at most).
 */
const DENSE_CELLS = 8_000_000;

function run(
  mentorRows: readonly Mentor[],
  menteeRows: readonly Mentee[],
  settings: ResolvedSettings,
  today: string,
  refs: Refs,
  limits: { maxDenseCells: number; pricingRounds: number },
): SuggestResult {
  const prep = prepare(mentorRows, menteeRows, settings, today, refs);
  return present(prep, choose(prep, limits));
}

interface Refs {
  locked: readonly PairRef[];
  excluded: readonly PairRef[];
  fixed: readonly PairRef[];
}

const refsOf = (o: SuggestOptions): Refs => ({
  locked: o.locked ?? [],
  excluded: o.excluded ?? [],
  fixed: o.fixed ?? [],
});

/** What the stages share: the bank, its rules and scores, who is looked for, and the places as columns. */
interface Prepared {
  bank: Bank;
  problem: Problem;
  settings: ResolvedSettings;
  index: ReturnType<typeof indexBank>;
  notes: string[];
  skipped: SkippedMentee[];
  /** Mentees looked for (bank indices), one solver row each. */
  rows: number[];
  lockedMentor: Int32Array;
  fixedMentor: Int32Array;
  slotStart: Int32Array;
  slotMentor: Int32Array;
  placeOffset: Float64Array;
  slotCost: (score: number, p: number, s: number) => number;
}

/** The solve's outcome: a mentor per row, each row's best mentors when they were ranked, and the proof. */
interface Chosen {
  assigned: Int32Array;
  /** Each row's T best mentors (row r at r·T), or null: ranked when needed (`present`). */
  top: { mentor: Int32Array; T: number } | null;
  certified: boolean;
  maxGap: number;
  doubtful: number;
  /** Proven bound on the score given up among assignments placing the most mentees (0 when certified). */
  scoreGap: number;
  rounds: number;
  candidates: number;
}

/** Stage 1: the bank read and sorted, locked pairs, exclusions and the curator's picks, and the columns. */
function prepare(
  mentorRows: readonly Mentor[],
  menteeRows: readonly Mentee[],
  settings: ResolvedSettings,
  today: string,
  refs: Refs,
): Prepared {
  const bank = buildBank(mentorRows, menteeRows, today);
  const M = bank.mentors.length;
  const N = bank.mentees.length;
  const index = indexBank(bank);
  const notes: string[] = [];

  // Locked pairs: kept as they are, first one wins for a mentee locked twice.
  const { mentorOf: lockedMentor, load: lockedLoad } = lockIndex(
    bank,
    index,
    refs.locked,
    (ref) => notes.push(S.warnings.lockedUnknown(ref.mentorId, ref.menteeId)),
    (ref) => notes.push(S.warnings.lockedTwice(ref.menteeId)),
  );
  const excludedPairs: [number, number][] = [];
  for (const ref of refs.excluded) {
    const p = index.mentor.get(ref.mentorId);
    const i = index.mentee.get(ref.menteeId);
    if (p === undefined || i === undefined)
      notes.push(S.warnings.excludedUnknown(ref.mentorId, ref.menteeId));
    else excludedPairs.push([i, p]);
  }
  bank.mentors.forEach((m, p) => {
    if (lockedLoad[p]! > m.capacity)
      notes.push(S.warnings.lockedOverCapacity(m.fullName, lockedLoad[p]!, m.capacity));
  });
  const problem = new Problem(bank, settings, Int32Array.from(lockedLoad), excludedPairs);
  if (M > 0 && bank.mentors.every((m) => !m.consent)) notes.push(S.warnings.noMentorConsent);
  if (N > 0 && bank.mentees.every((m) => !m.consent)) notes.push(S.warnings.noMenteeConsent);
  if (bank.mentorHeld.size > 0 || bank.menteeHeld.size > 0)
    notes.push(S.warnings.held(bank.mentorHeld.size, bank.menteeHeld.size));

  // The curator's picks, kept across re-runs when they still pass the rules (the check acceptance makes):
  // each takes its mentor's place before the solve, as a locked pair does, and stays a suggestion.
  const fixedMentor = new Int32Array(N).fill(-1);
  const vetted = vetChoices(
    problem,
    index,
    refs.fixed.filter((ref) => {
      const known = index.mentor.has(ref.mentorId) && index.mentee.has(ref.menteeId);
      if (!known) notes.push(S.check.fixedUnknown(ref.mentorId, ref.menteeId));
      return known;
    }),
    { mentorOf: lockedMentor, pairId: () => undefined },
    'keep',
  );
  for (const r of vetted.refused) notes.push(r.message);
  for (const v of vetted.ok) {
    fixedMentor[v.i] = v.p;
    problem.takePlace(v.p);
  }

  // Who is looked for.
  const skipped: SkippedMentee[] = [];
  const rows: number[] = [];
  bank.mentees.forEach((m, i) => {
    if (lockedMentor[i] !== -1 || fixedMentor[i] !== -1) return;
    if (settings.onlyUnpaired && m.status !== 'unpaired') {
      skipped.push({
        menteeId: m.id,
        menteeName: m.fullName,
        reason: m.status === 'finished' ? S.skipped.finished : S.skipped.paired,
      });
    } else rows.push(i);
  });
  if (rows.length === 0) notes.push(S.warnings.noMentees);

  // Columns: one per free place of each mentor that passes the mentor-level rules.
  const slotStart = new Int32Array(M + 1);
  for (let p = 0; p < M; p++)
    slotStart[p + 1] = slotStart[p]! + (problem.mentorOk[p] ? problem.freePlaces[p]! : 0);
  const cols = slotStart[M]!;
  const slotMentor = new Int32Array(cols);
  for (let p = 0; p < M; p++) slotMentor.fill(p, slotStart[p]!, slotStart[p + 1]!);

  const wLoad = settings.weights.loadSpreading;
  const slotCost = (score: number, p: number, s: number) =>
    -(score + wLoad * Problem.loadValue(problem.lockedLoad[p]! + s));
  // Each place's load term: what sets a mentor's places apart.
  const placeOffset = new Float64Array(cols);
  for (let p = 0; p < M; p++)
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++)
      placeOffset[s] = slotCost(0, p, s - slotStart[p]!);

  return {
    bank,
    problem,
    settings,
    index,
    notes,
    skipped,
    rows,
    lockedMentor,
    fixedMentor,
    slotStart,
    slotMentor,
    placeOffset,
    slotCost,
  };
}

type Limits = { maxDenseCells: number; pricingRounds: number };

/** Stages 2 and 3: the candidates, then the exact solve with its certificate. */
function choose(prep: Prepared, limits: Limits): Chosen {
  return solve(prep, candidates(prep, limits), limits);
}

/** What the candidates stage hands to the solve: the matrix to solve (dense or candidate cells) and its bounds. */
interface Candidates {
  /** Candidates per mentee at region scale (the solvers' candidate width is 2K). */
  K: number;
  /** Each mentee's best T mentors and their scores (rows of T; −1 / −∞ past the end). */
  top: { mentor: Int32Array; score: Float64Array; T: number };
  /** Each mentee's best score left out of its list (−∞ when none): bounds every cell not in the matrix. */
  leftOutBest: Float64Array;
  /** Who may take whom by the hard rules, and each mentor's places. */
  allowed: AllowedGraph;
  placesOf: Int32Array;
  /** Up to district size: the whole matrix, dense, with its place structure; from the places' side or not. */
  dense: Float64Array | null;
  structure: Required<NonNullable<DenseOptions['structure']>> | null;
  denseFromPlaces: boolean;
  /** At region scale: the candidate cells (mentees × places). */
  cellMatrix: SparseMatrix;
  /** A cost of leaving a mentee out that puts the number placed before any score. */
  safeCost: number;
}

/**
 * Stage 2, candidates: each mentee's best mentors; up to district size the whole score matrix, dense; at region
 * scale each mentor's best mentees and a maximum placement join the candidate cells.
 */
function candidates(prep: Prepared, limits: Limits): Candidates {
  const { bank, problem, settings, rows, slotStart, slotMentor, placeOffset, slotCost } = prep;
  const M = bank.mentors.length;
  const n = rows.length;
  const cols = slotStart[M]!;
  // Best mentors of each mentee (by score without the load term; ties by ID), and the best score left out:
  // K of them are the first candidates at region scale; with the whole score matrix kept (district), only the
  // alternatives shown are needed, plus one for the mentor the mentee gets.
  const K = Math.max(1, Math.min(Math.max(settings.candidates, settings.alternatives + 1), M));
  const denseOk = n * M <= limits.maxDenseCells;
  const T = denseOk ? Math.max(1, Math.min(settings.alternatives + 1, M)) : K;
  const cellCol: number[] = [];
  const cellCost: number[] = [];
  const start = new Int32Array(n + 1);
  // Up to district size the whole score matrix (mentees × mentors) is kept: the dense solver prices it by plain
  // scans. It is stored per mentor, not per place: a mentor's places differ only by their load term.
  const scoreMat = denseOk ? new Float64Array(n * M) : null;
  // For the choice of side: mentees with some allowed mentor who has places, and mentors wanted by someone.
  const wanted = new Uint8Array(M);
  let placeable = 0;
  // Who may take whom by the hard rules, over the whole bank, and the places of each mentor: enough to know
  // how many mentees can be placed at most (scores aside).
  const placesOf = Int32Array.from({ length: M }, (_, p) => slotStart[p + 1]! - slotStart[p]!);
  const allowed = problem.allowedMentors(rows, (p) => placesOf[p]! > 0);
  // At region scale a maximum placement joins the candidates, so the restricted problem can place as many
  // mentees as the whole bank: with alike mentors every candidate list may name the same few, and a place in
  // no list cannot be filled.
  const widest = new Int32Array(denseOk ? 0 : n).fill(-1);
  if (!denseOk) maximumPlacement(allowed, placesOf, widest);
  const widestScore = new Float64Array(widest.length);
  const mentorSide = denseOk
    ? null
    : new MentorChoices(M, (p) => (placesOf[p]! > 0 ? 2 * placesOf[p]! + 2 : 0));
  const pass = scorePass(problem, rows, T, mentorSide);
  for (let r = 0; r < n; r++) {
    pass.row(r);
    const scores = pass.scores;
    if (scoreMat) {
      scoreMat.set(scores, r * M);
      let any = 0;
      for (let p = 0; p < M; p++)
        if (scores[p] !== Number.NEGATIVE_INFINITY && slotStart[p + 1]! > slotStart[p]!) {
          any = 1;
          wanted[p] = 1;
        }
      placeable += any;
      continue;
    }
    if (widest[r]! >= 0) widestScore[r] = scores[widest[r]!]!;
  }
  const { topMentor, topScore, leftOutBest } = pass.finish();
  if (mentorSide) {
    // Region scale: each mentee's best mentors, and each mentor's best mentees (so that no place is left out
    // of every list: the best mentors are everyone's first choice, and the rest would otherwise sit idle).
    const chosenBy = mentorSide.byRow(n);
    const seen = new Int32Array(M).fill(-1);
    const addCells = (r: number, p: number, score: number) => {
      if (seen[p] === r) return;
      seen[p] = r;
      for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) {
        cellCol.push(s);
        cellCost.push(slotCost(score, p, s - slotStart[p]!));
      }
    };
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < T; k++) {
        const p = topMentor[r * T + k]!;
        if (p < 0) break;
        addCells(r, p, topScore[r * T + k]!);
      }
      for (let e = chosenBy.start[r]!; e < chosenBy.start[r + 1]!; e++)
        addCells(r, chosenBy.mentor[e]!, chosenBy.score[e]!);
      if (widest[r]! >= 0) addCells(r, widest[r]!, widestScore[r]!);
      start[r + 1] = cellCol.length;
    }
  }
  let usablePlaces = 0;
  for (let p = 0; p < M; p++) if (wanted[p] === 1) usablePlaces += slotStart[p + 1]! - slotStart[p]!;
  // More mentees who could be placed than usable places: the dense problem is solved from the places' side.
  const denseFromPlaces = denseOk && usablePlaces < placeable;
  const safeCost = (n + 1) * (problem.maxScore + 1);
  // Mentors with places are the groups of the dense problem; each place adds its load term as an offset.
  let dense: Float64Array | null = null;
  let structure: Required<NonNullable<DenseOptions['structure']>> | null = null;
  if (scoreMat) {
    const groupOf = new Int32Array(M).fill(-1);
    const colStart = [0];
    for (let p = 0; p < M; p++)
      if (slotStart[p + 1]! > slotStart[p]!) {
        groupOf[p] = colStart.length - 1;
        colStart.push(slotStart[p + 1]!);
      }
    const G = colStart.length - 1;
    const placeGroup = Int32Array.from(slotMentor, (p) => groupOf[p]!);
    if (denseFromPlaces) {
      // Places × mentees (each cell its cost − D, see solveDenseFromPlaces), transposed in blocks of mentees
      // so the reads stay in cache (a plain column walk misses on every cell).
      dense = new Float64Array(G * n);
      for (let r0 = 0; r0 < n; r0 += 64) {
        const r1 = Math.min(n, r0 + 64);
        for (let p = 0; p < M; p++) {
          const g = groupOf[p]!;
          if (g < 0) continue;
          for (let r = r0, base = g * n; r < r1; r++) {
            const sc = scoreMat[r * M + p]!;
            dense[base + r] = sc === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : -sc - safeCost;
          }
        }
      }
      structure = {
        rowGroup: placeGroup,
        rowOffset: placeOffset,
        colStart: Int32Array.from({ length: n + 1 }, (_, j) => j),
        colOffset: new Float64Array(n),
      };
    } else {
      // Mentees × mentors with places.
      dense = new Float64Array(n * G);
      for (let r = 0; r < n; r++)
        for (let p = 0, base = r * G; p < M; p++) {
          const g = groupOf[p]!;
          if (g < 0) continue;
          const sc = scoreMat[r * M + p]!;
          dense[base + g] = sc === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : -sc;
        }
      structure = {
        rowGroup: Int32Array.from({ length: n }, (_, r) => r),
        rowOffset: new Float64Array(n),
        colStart: Int32Array.from(colStart),
        colOffset: placeOffset,
      };
    }
  }
  // Objective: as many mentees placed as possible, then the highest total score. Leaving a mentee out costs
  // `unassignedCost`; above n·(max score) that order is guaranteed, but such a huge cost makes every search
  // for a mentee who cannot be placed explore everything. So start with a modest cost (a placement is worth
  // more than any one pair's quality), prove afterwards that no further mentee could be placed (no augmenting
  // path in the whole bank), and only raise the cost when that proof fails.
  const cellMatrix = {
    rows: n,
    cols,
    start,
    col: Int32Array.from(cellCol),
    cost: Float64Array.from(cellCost),
  };
  return {
    K,
    top: { mentor: topMentor, score: topScore, T },
    leftOutBest,
    allowed,
    placesOf,
    dense,
    structure,
    denseFromPlaces,
    cellMatrix,
    safeCost,
  };
}

/**
 * Stage 3, solve: one function whichever solver path runs (dense, dense from the places, candidates with
 * pricing, or from the places at region scale); the placement is proved maximal, or the cost of leaving a
 * mentee out is raised and the solve repeated; an uncertified result carries its proven score bound.
 */
function solve(prep: Prepared, cand: Candidates, limits: Limits): Chosen {
  const { problem, settings, rows, slotStart, slotMentor, placeOffset, slotCost } = prep;
  const { K, leftOutBest, allowed, placesOf, dense, structure, denseFromPlaces, cellMatrix, safeCost } = cand;
  const M = prep.bank.mentors.length;
  const n = rows.length;
  const cols = slotStart[M]!;
  const wLoad = settings.weights.loadSpreading;
  const scores = new Float64Array(M);
  // Per mentor, the least (load part of the cost − v) over its places, for the v last asked about: the test
  // of a left-out pair is then one per mentor, not one per place.
  const placeLeast = new Float64Array(M);
  let pricedWith: Float64Array | null = null;
  const priceMentors = (v: Float64Array) => {
    if (v === pricedWith) return;
    pricedWith = v;
    for (let p = 0; p < M; p++) {
      let least = Number.POSITIVE_INFINITY;
      for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++)
        least = Math.min(least, placeOffset[s]! - v[s]!);
      placeLeast[p] = least;
    }
  };
  let unassignedCost = Math.min(safeCost, problem.maxScore + 1);
  let solved: PricedResult;
  let rounds = 0;
  // Region scale with fewer places than mentees to place: search from the places instead (see solveFromPlaces).
  const boundCost = (r: number) =>
    leftOutBest[r] === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : -(leftOutBest[r]! + wLoad);
  const fromPlaces = !dense && limits.pricingRounds === 1 && cols < countRowsWithCells(cellMatrix);
  for (;;) {
    const tolerance = 1e-12 * unassignedCost;
    if (dense && structure && denseFromPlaces) {
      unassignedCost = safeCost;
      solved = solveDenseFromPlaces(dense, structure, n, cols, safeCost, K * 2);
    } else if (fromPlaces) {
      unassignedCost = safeCost;
      solved = solveFromPlaces(
        cellMatrix,
        { slotMentor, placeOffset },
        safeCost,
        1e-12 * safeCost,
        boundCost,
        (r, u, v) => {
          // The exact check for one mentee against the whole bank: the most negative reduced cost of its cells.
          if (u - boundCost(r) <= 0) return 0;
          priceMentors(v);
          problem.scoreRow(rows[r]!, scores);
          let worst = 0;
          for (let p = 0; p < M; p++) {
            const sc = scores[p]!;
            if (sc !== Number.NEGATIVE_INFINITY) worst = Math.max(worst, u - (-sc + placeLeast[p]!));
          }
          return worst;
        },
      );
    } else if (dense)
      solved = solveDense(dense, n, cols, unassignedCost, {
        candidates: K * 2,
        prices: true,
        structure: structure!,
      });
    else
      solved = solveWithPricing(
        cellMatrix,
        unassignedCost,
        (r, u, v, add) => {
          // Reduced costs of left-out cells are ≥ their cost − u (v ≤ 0); the best left-out cost bounds them all.
          if (leftOutBest[r] === Number.NEGATIVE_INFINITY || -(leftOutBest[r]! + wLoad) - u >= -tolerance)
            return;
          priceMentors(v);
          problem.scoreRow(rows[r]!, scores);
          for (let p = 0; p < M; p++) {
            const sc = scores[p]!;
            if (sc === Number.NEGATIVE_INFINITY || -sc + placeLeast[p]! - u >= -tolerance) continue;
            for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++)
              add(s, slotCost(sc, p, s - slotStart[p]!));
          }
        },
        // At region scale each round re-scores the doubtful rows against the whole bank: a few rounds, then
        // the result is reported with the bound on what could still be gained.
        {
          tolerance,
          maxRounds: limits.pricingRounds,
          bound: boundCost,
        },
      );
    rounds += solved.rounds;
    if (
      unassignedCost >= safeCost ||
      !solved.certified ||
      maximumPlacement(
        allowed,
        placesOf,
        Int32Array.from(solved.colForRow, (c) => (c < 0 ? -1 : slotMentor[c]!)),
      ) === 0
    )
      break;
    unassignedCost = Math.min(safeCost, unassignedCost * 8);
  }

  const assigned = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const c = solved.colForRow[r]!;
    if (c >= 0) assigned[r] = slotMentor[c]!;
  }
  // Not certified (region scale): the proven bound on the score, apart from the number placed.
  let scoreGap = 0;
  if (!solved.certified) {
    const most = Int32Array.from(assigned);
    let placedNow = 0;
    for (let r = 0; r < n; r++) if (assigned[r]! >= 0) placedNow++;
    const P = placedNow + maximumPlacement(allowed, placesOf, most);
    scoreGap = placedBound({
      rows: n,
      placed: P,
      ...boundTerms(prep, dense ? null : cellMatrix, solved, leftOutBest, scores),
    }).gap;
    // A bound equal to the total (up to rounding) with the most mentees placed proves the result optimal.
    if (P === placedNow && scoreGap <= 1e-9 * safeCost) {
      scoreGap = 0;
      solved = { ...solved, certified: true, maxGap: 0, doubtful: 0 };
    }
  }
  return {
    assigned,
    top: { mentor: cand.top.mentor, T: cand.top.T },
    certified: solved.certified,
    maxGap: solved.maxGap,
    doubtful: solved.doubtful,
    scoreGap,
    rounds,
    candidates: K,
  };
}

/**
 * The terms of `placedBound` from a solve on candidate cells: column prices β = max(0, −v) (the solver's place
 * duals), each row's w − β at its place and over its candidate cells, a bound for the rest (the best score left
 * out of its list with the largest load term, β ≥ 0), and the pricing of a row against every mentor, re-scored.
 */
function boundTerms(
  prep: Prepared,
  /** The first candidate cells, or null when each row's list is not known (then every row is priced). */
  cells: SparseMatrix | null,
  solved: PricedResult,
  leftOutBest: Float64Array,
  scores: Float64Array,
) {
  const { bank, problem, rows, slotStart, placeOffset } = prep;
  const M = bank.mentors.length;
  const n = rows.length;
  const cols = slotStart[M]!;
  const beta = Float64Array.from({ length: cols }, (_, s) => Math.max(0, -solved.v[s]!));
  let emptyPrice = 0;
  for (let s = 0; s < cols; s++) if (solved.rowForCol[s]! < 0) emptyPrice += beta[s]!;
  // Per mentor, the least (load cost + β) over its places: a mentor whose best place stays under the floor
  // is passed over whole.
  const least = new Float64Array(M).fill(Number.POSITIVE_INFINITY);
  for (let p = 0; p < M; p++)
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++)
      least[p] = Math.min(least[p]!, placeOffset[s]! + beta[s]!);
  const inCells = new Int32Array(cols).fill(-1);
  // Mentors by the most one of their places adds to a score (−least), highest first. A mentor outside a row's
  // list scores at most the best score left out of it, so only the mentors whose −least exceeds the row's floor
  // minus that score can break the floor: a row is re-scored against that prefix only (on the region bank about
  // 1 900 of 10 000 mentors; the whole-bank re-scoring took 3 of the bound's 3.1 s).
  const byPlace = Int32Array.from({ length: M }, (_, p) => p).sort((a, b) => least[a]! - least[b]! || a - b);
  const negLeast = Float64Array.from(byPlace, (p) => -least[p]!);
  const scorer = prefixScorer(problem, problem.mentorOrder(byPlace), rows, least);
  const price = (r: number, floor: number, add: (col: number, value: number) => void) => {
    if (cells) for (let e = cells.start[r]!; e < cells.start[r + 1]!; e++) inCells[cells.col[e]!] = r;
    let count = M;
    if (cells) {
      // Rounding aside (the slack), −least[p] > floor − leftOutBest[r] for every mentor that can break.
      const limit = floor - leftOutBest[r]! - 1e-9 * (Math.abs(floor) + Math.abs(leftOutBest[r]!) + 1);
      let lo = 0;
      let hi = M;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (negLeast[mid]! > limit) lo = mid + 1;
        else hi = mid;
      }
      count = lo;
    }
    const hits = scorer.above(rows[r]!, count, floor);
    for (let h = 0; h < hits; h++) {
      const p = scorer.hitMentor[h]!;
      const sc = scorer.hitScore[h]!;
      for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++)
        if (inCells[s] !== r) add(s, sc - placeOffset[s]! - beta[s]!);
    }
  };
  // The most a place adds to a score in w − β: bounds every left-out cell together with the best score left out.
  let topPlace = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < M; p++) topPlace = Math.max(topPlace, -least[p]!);
  const achieved = new Float64Array(n).fill(Number.NaN);
  const cand = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const leftOut = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = solved.colForRow[r]!;
    for (let e = cells?.start[r] ?? 0; e < (cells?.start[r + 1] ?? 0); e++) {
      const x = -cells!.cost[e]! - beta[cells!.col[e]!]!;
      cand[r] = Math.max(cand[r]!, x);
      if (cells!.col[e] === c) achieved[r] = x;
    }
    // A place outside the first cells (added by pricing rounds): its w − β from the scores.
    if (c >= 0 && Number.isNaN(achieved[r]!)) {
      problem.scoreRow(rows[r]!, scores);
      const p = prep.slotMentor[c]!;
      achieved[r] = -prep.slotCost(scores[p]!, p, c - slotStart[p]!) - beta[c]!;
    }
    leftOut[r] = cells ? leftOutBest[r]! + topPlace : Number.POSITIVE_INFINITY;
  }
  return { cols, beta, achieved, emptyPrice, cand, leftOut, price };
}

/**
 * Stage 4: the result in words: pairs with reasons and alternatives, groups, the unmatched with their reasons.
 * `want` limits the explained pairs and unmatched mentees to some mentees (a page of the sidebar); the
 * others are left out of `pairs` and `unmatched`, and the totals are then not summed.
 */
function present(prep: Prepared, chosen: Chosen, want?: (i: number) => boolean): MatchingResult {
  const { bank, problem, settings, rows, lockedMentor, fixedMentor, notes, skipped } = prep;
  const M = bank.mentors.length;
  const N = bank.mentees.length;
  const n = rows.length;
  const cols = prep.slotStart[M]!;
  const { assigned } = chosen;
  const scores = new Float64Array(M);
  // Places are numbered in mentee order so the load reasons read naturally.
  const finalLoad = Int32Array.from(problem.lockedLoad);
  const pairs: PairSuggestion[] = [];
  // Each mentee's best mentors: from the solve's lists, or ranked now (the first T of a longer list are the
  // same mentors, so both give the same alternatives).
  const T = chosen.top?.T ?? Math.max(1, Math.min(settings.alternatives + 1, M));
  const ownTop = new Int32Array(T);
  const alternativesOf = (r: number, i: number, except: number): Alternative[] => {
    if (chosen.top) return alternativesIn(chosen.top.mentor, r * T, i, except);
    problem.scoreRow(i, scores);
    selectTop(scores, M, T, ownTop.fill(-1), new Float64Array(T), 0, i);
    return alternativesIn(ownTop, 0, i, except);
  };
  const alternativesIn = (top: Int32Array, at: number, i: number, except: number): Alternative[] => {
    const out: Alternative[] = [];
    for (let k = 0; k < T && out.length < settings.alternatives; k++) {
      const p = top[at + k]!;
      if (p < 0) break;
      if (p === except) continue;
      const t = finalLoad[p]!;
      const { score, reasons } = problem.explain(i, p, t, false);
      out.push({
        mentorId: bank.mentors[p]!.id,
        mentorName: bank.mentors[p]!.fullName,
        score: round2(score),
        percent: percent(score, problem.maxScore),
        freePlaces: Math.max(0, bank.mentors[p]!.capacity - t),
        capacity: bank.mentors[p]!.capacity,
        reasons: reasons.map((x) => x.text),
      });
    }
    return out;
  };

  const rowOf = new Int32Array(N).fill(-1);
  rows.forEach((i, r) => {
    rowOf[i] = r;
  });
  // Pairs in mentor order, then mentee order; locked pairs take the first places.
  const byMentor: number[][] = Array.from({ length: M }, () => []);
  for (let i = 0; i < N; i++) if (lockedMentor[i] !== -1) byMentor[lockedMentor[i]!]!.push(i);
  for (let r = 0; r < n; r++) if (assigned[r] !== -1) byMentor[assigned[r]!]!.push(rows[r]!);
  for (let i = 0; i < N; i++) if (fixedMentor[i] !== -1) byMentor[fixedMentor[i]!]!.push(i);
  // A picked pair keeps its alternatives, so the curator can change the pick again.
  const fixedAlternatives = (i: number, p: number): Alternative[] => {
    problem.scoreRow(i, scores);
    selectTop(scores, M, T, ownTop.fill(-1), new Float64Array(T), 0, i);
    return alternativesIn(ownTop, 0, i, p);
  };
  for (let p = 0; p < M; p++) {
    byMentor[p]!.sort((a, b) => {
      const la = lockedMentor[a] === p ? 0 : 1;
      const lb = lockedMentor[b] === p ? 0 : 1;
      return la - lb || a - b;
    });
    finalLoad[p] = Math.max(finalLoad[p]!, byMentor[p]!.length);
  }
  let totalScore = 0;
  for (let p = 0; p < M; p++) {
    byMentor[p]!.forEach((i, t) => {
      if (want && !want(i)) return;
      const isLocked = lockedMentor[i] === p;
      const isFixed = fixedMentor[i] === p;
      const { score, reasons } = problem.explain(i, p, t, true);
      if (!isLocked) totalScore += score;
      const form = problem.pairForm(i, p);
      reasons.push({ criterion: 'form', points: 0, text: S.reason.form(form) });
      if (isLocked) reasons.unshift({ criterion: 'locked', points: 0, text: S.reason.locked });
      if (isFixed) reasons.unshift({ criterion: 'fixed', points: 0, text: S.reason.fixed });
      const r = rowOf[i]!;
      pairs.push({
        mentorId: bank.mentors[p]!.id,
        mentorName: bank.mentors[p]!.fullName,
        menteeId: bank.mentees[i]!.id,
        menteeName: bank.mentees[i]!.fullName,
        form,
        formLabel: MENTORING_FORM_LABELS[form],
        score: round2(score),
        maxScore: round2(problem.maxScore),
        percent: percent(score, problem.maxScore),
        locked: isLocked,
        fixed: isFixed,
        mentorCapacity: bank.mentors[p]!.capacity,
        reasons,
        warnings: isLocked ? problem.brokenRules(i, p).map(S.warnings.lockedBreaksRule) : [],
        alternatives: r >= 0 ? alternativesOf(r, i, p) : isFixed ? fixedAlternatives(i, p) : [],
      });
    });
  }

  const unmatched: UnmatchedMentee[] = [];
  for (let r = 0; r < n; r++) {
    if (assigned[r] !== -1 || (want && !want(rows[r]!))) continue;
    const i = rows[r]!;
    const why = problem.unmatchedReason(i);
    unmatched.push({
      menteeId: bank.mentees[i]!.id,
      menteeName: bank.mentees[i]!.fullName,
      code: why.code,
      reason: why.text,
      alternatives: alternativesOf(r, i, -1),
    });
  }

  const groups: GroupSuggestion[] = [];
  for (let p = 0; p < M; p++) {
    if (byMentor[p]!.length === 0) continue;
    groups.push({
      mentorId: bank.mentors[p]!.id,
      mentorName: bank.mentors[p]!.fullName,
      capacity: bank.mentors[p]!.capacity,
      menteeIds: byMentor[p]!.map((i) => bank.mentees[i]!.id),
    });
  }
  if (!chosen.certified) notes.push(S.warnings.notCertified(chosen.doubtful));

  let placed = 0;
  for (let r = 0; r < n; r++) if (assigned[r] !== -1) placed++;
  let suggested = placed;
  for (let i = 0; i < N; i++) if (fixedMentor[i] !== -1) suggested++;
  let lockedCount = 0;
  for (let i = 0; i < N; i++) if (lockedMentor[i] !== -1) lockedCount++;
  return {
    ok: true,
    pairs,
    groups,
    unmatched,
    skipped,
    rejected: bank.rejected,
    notes,
    stats: {
      mentors: M,
      menteesConsidered: n,
      freePlaces: cols,
      suggested,
      locked: lockedCount,
      unmatched: n - placed,
      totalScore: round2(totalScore),
      certified: chosen.certified,
      // Rounded up, so the bound stays a bound.
      scoreBound: chosen.certified
        ? round2(totalScore)
        : Math.ceil((totalScore + chosen.scoreGap) * 100) / 100,
      scoreGap: chosen.certified
        ? 0
        : round2(Math.ceil((totalScore + chosen.scoreGap) * 100) / 100 - round2(totalScore)),
      maxGap: chosen.maxGap,
      doubtfulMentees: chosen.doubtful,
      rounds: chosen.rounds,
      candidatesPerMentee: chosen.candidates,
    },
  };
}

/**
 * The dense problem from the places' side (see solveFromPlaces): places are rows that may stay empty at no
 * cost, mentees are columns; `placeCost` (one row per mentor with places, over the mentees) holds each cell's
 * cost − D without the load term, which each place adds as its row offset (`structure`). Exact (priced over the
 * whole matrix); the result is mapped back to mentees' rows with their duals (u = v' + D, v = u').
 */
function solveDenseFromPlaces(
  placeCost: Float64Array,
  structure: Required<NonNullable<DenseOptions['structure']>>,
  rows: number,
  cols: number,
  D: number,
  candidates: number,
): PricedResult {
  const r = solveDense(placeCost, cols, rows, 0, { candidates, prices: true, structure });
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = r.rowForCol[i]!;
    total += j < 0 ? D : placeCost[structure.rowGroup[j]! * rows + i]! + structure.rowOffset[j]! + D;
  }
  return {
    ...r,
    colForRow: r.rowForCol,
    rowForCol: r.colForRow,
    u: Float64Array.from(r.v, (x) => x + D),
    v: r.u,
    total,
  };
}

function countRowsWithCells(m: SparseMatrix): number {
  let k = 0;
  for (let i = 0; i < m.rows; i++) if (m.start[i + 1]! > m.start[i]!) k++;
  return k;
}

/**
 * The candidate cells solved from the places' side: places are the rows (a mentor's places one group), mentees
 * the columns, each cell's cost less D (a place left empty costs nothing, a mentee left out D). Returns the
 * transposed problem's result (rowForCol: each mentee's place).
 */
export function solveByPlaces(
  m: SparseMatrix,
  places: { slotMentor: Int32Array; placeOffset: Float64Array },
  D: number,
): AssignmentResult {
  const byPlace = columnView(m);
  const tCost = byPlace.cost;
  for (let e = 0; e < tCost.length; e++) tCost[e] = tCost[e]! - D;
  // A mentor's places have the same mentees as cells (each mentee lists all places of its mentors).
  return solveSparse(
    {
      rows: m.cols,
      cols: m.rows,
      start: byPlace.start,
      col: byPlace.row,
      cost: tCost,
      rowGroup: places.slotMentor,
      rowOffset: places.placeOffset,
    },
    0,
  );
}

/** Σ of the cells each row took in `m` (columnOf[row], −1 for none), and D for each row left out. */
export function cellsTotal(m: SparseMatrix, columnOf: Int32Array, D: number): number {
  let total = 0;
  for (let i = 0; i < m.rows; i++) {
    const j = columnOf[i]!;
    if (j < 0) total += D;
    else for (let e = m.start[i]!; e < m.start[i + 1]!; e++) if (m.col[e] === j) total += m.cost[e]!;
  }
  return total;
}

/**
 * The same problem solved from the places' side. When places are scarce, a search from a mentee who will
 * not be placed has to visit every contested place before it may give up; a search from a place instead
 * stops at the first free mentee, and those are plentiful. Places become rows (a place may stay empty at no
 * cost), mentees become columns, and each cell costs its cost − D, so placing a mentee is worth D: with D
 * above n·(max score) this is the same lexicographic optimum. The duals map back (u = v' + D, v = u'), and
 * `rowGap` checks each mentee against the whole bank: the result is certified, or the sum is the most that
 * could still be gained.
 */
function solveFromPlaces(
  m: SparseMatrix,
  places: { slotMentor: Int32Array; placeOffset: Float64Array },
  D: number,
  tolerance: number,
  cheapBound: (row: number) => number,
  rowGap: (row: number, u: number, v: Float64Array) => number,
): PricedResult {
  const { rows } = m;
  const t = solveByPlaces(m, places, D);
  const u = Float64Array.from(t.v, (x) => x + D);
  let gap = 0;
  const total = cellsTotal(m, t.rowForCol, D);
  const v = t.u;
  let doubtful = 0;
  // The exact check re-scores a mentee against the whole bank; when the cheap bound already leaves most
  // mentees in doubt, that pass would cost as much as the scoring and change little: report the bound.
  let cheapDoubts = 0;
  for (let i = 0; i < rows; i++) if (u[i]! - cheapBound(i) > tolerance) cheapDoubts++;
  const exact = cheapDoubts <= rows / 10;
  for (let i = 0; i < rows; i++) {
    const g = exact ? rowGap(i, u[i]!, v) : Math.max(0, u[i]! - cheapBound(i));
    gap += g;
    if (g > tolerance) doubtful++;
  }
  const certified = doubtful === 0;
  return {
    colForRow: t.rowForCol,
    rowForCol: t.colForRow,
    u,
    v,
    total,
    rounds: 1,
    added: 0,
    certified,
    maxGap: certified ? 0 : gap,
    doubtful,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percent = (score: number, max: number) => (max > 0 ? Math.round((100 * score) / max) : 0);

/** The stages one by one, for tests: each can be run and checked alone. */
export const stages = { prepare, candidates, solve, present } as const;

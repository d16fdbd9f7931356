/** Best-of lists with deterministic tie ranks: each mentee's best mentors (`selectTop`), each mentor's best mentees (`MentorChoices`). */
import { tieRank } from './ties';

/**
 * Each mentor's best mentees (up to its own list length; ties by `tieRank`), offered one mentee's row of
 * scores at a time.
 */
export class MentorChoices {
  // Public for the WebAssembly pass (scorePass.ts), which fills the same lists in its memory and copies them here.
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly score: Float64Array;
  readonly size: Int32Array;
  readonly worst: Float64Array;
  readonly worstTie: Uint32Array;

  constructor(mentors: number, length: (p: number) => number) {
    this.start = new Int32Array(mentors + 1);
    for (let p = 0; p < mentors; p++) this.start[p + 1] = this.start[p]! + length(p);
    this.row = new Int32Array(this.start[mentors]!);
    this.score = new Float64Array(this.start[mentors]!);
    this.size = new Int32Array(mentors);
    // Until a list is full anything finite enters it; a mentor with no list takes nothing.
    this.worst = Float64Array.from({ length: mentors }, (_, p) =>
      this.start[p + 1]! > this.start[p]! ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    );
    this.worstTie = new Uint32Array(mentors);
  }

  offer(r: number, scores: Float64Array): void {
    const worst = this.worst;
    for (let p = 0; p < worst.length; p++) {
      const sc = scores[p]!;
      if (!(sc > worst[p]!) && !(sc === worst[p] && tieRank(p, r) > this.worstTie[p]!)) continue;
      // A forbidden pair (−∞) never enters, even a list not yet full (whose worst is −∞ too).
      if (sc === Number.NEGATIVE_INFINITY) continue;
      const at = this.start[p]!;
      const len = this.start[p + 1]! - at;
      insertSorted(this.score, this.row, at, this.size[p]! < len ? this.size[p]!++ : len - 1, sc, r, p);
      if (this.size[p] === len) {
        worst[p] = this.score[at + len - 1]!;
        this.worstTie[p] = tieRank(p, this.row[at + len - 1]!);
      }
    }
  }

  /** The lists turned around: for each mentee, the mentors that chose it, with the scores. */
  byRow(rows: number): { start: Int32Array; mentor: Int32Array; score: Float64Array } {
    const start = new Int32Array(rows + 1);
    const M = this.size.length;
    for (let p = 0; p < M; p++)
      for (let k = 0; k < this.size[p]!; k++) start[this.row[this.start[p]! + k]! + 1]!++;
    for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
    const fill = start.slice(0, rows);
    const mentor = new Int32Array(start[rows]!);
    const score = new Float64Array(start[rows]!);
    for (let p = 0; p < M; p++)
      for (let k = 0; k < this.size[p]!; k++) {
        const at = fill[this.row[this.start[p]! + k]!]!++;
        mentor[at] = p;
        score[at] = this.score[this.start[p]! + k]!;
      }
    return { start, mentor, score };
  }
}

/**
 * Puts (value, id) into the list that starts at `at`, sorted best (highest) first, over the entry at `at + k`
 * (the first free one, or the worst). Equal values rank by `tieRank(owner, id)` (see ties.ts), so lists of
 * alike people spread instead of all naming the first ones.
 */
function insertSorted(
  values: Float64Array,
  ids: Int32Array,
  at: number,
  k: number,
  value: number,
  id: number,
  owner: number,
): void {
  const tie = tieRank(owner, id);
  while (
    k > 0 &&
    (values[at + k - 1]! < value || (values[at + k - 1] === value && tieRank(owner, ids[at + k - 1]!) < tie))
  ) {
    values[at + k] = values[at + k - 1]!;
    ids[at + k] = ids[at + k - 1]!;
    k--;
  }
  values[at + k] = value;
  ids[at + k] = id;
}

/**
 * Writes the K best finite scores of `scores` into out[at…at+K), best first (ties by `tieRank(owner, ·)`);
 * returns the best score left out (−∞ when none).
 */
export function selectTop(
  scores: Float64Array,
  M: number,
  K: number,
  outIdx: Int32Array,
  outScore: Float64Array,
  at: number,
  owner: number,
): number {
  let size = 0;
  let p = 0;
  // Fill the list with the first K finite scores…
  for (; p < M && size < K; p++) {
    const sc = scores[p]!;
    if (sc === Number.NEGATIVE_INFINITY) continue;
    insertSorted(outScore, outIdx, at, size++, sc, p, owner);
  }
  // …then most mentors cost one comparison with the K-th best, kept in a local.
  let leftOut = Number.NEGATIVE_INFINITY;
  let worst = size === K ? outScore[at + K - 1]! : Number.POSITIVE_INFINITY;
  let worstTie = size === K ? tieRank(owner, outIdx[at + K - 1]!) : 0;
  for (; p < M; p++) {
    const sc = scores[p]!;
    if (!(sc > worst) && !(sc === worst && tieRank(owner, p) > worstTie)) {
      if (sc > leftOut) leftOut = sc;
      continue;
    }
    if (worst > leftOut) leftOut = worst;
    insertSorted(outScore, outIdx, at, K - 1, sc, p, owner);
    worst = outScore[at + K - 1]!;
    worstTie = tieRank(owner, outIdx[at + K - 1]!);
  }
  return leftOut;
}

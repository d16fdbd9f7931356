/** Deterministic tie-breaking for candidate lists: equal scores are ranked by a hash, not by index. */

/**
 * A fixed pseudo-random rank of `item` as seen by `owner` (a 32-bit mix of both). Candidate lists rank equal
 * scores by it instead of by the smaller index: with many alike mentors, breaking ties by index gives every
 * mentee the same few mentors (3 000 identical mentors × 3 000 mentees placed 80), while a per-owner order
 * spreads the lists over all of them. Same input, same rank: results stay reproducible.
 */
export function tieRank(owner: number, item: number): number {
  let h = Math.imul(owner ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(item + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

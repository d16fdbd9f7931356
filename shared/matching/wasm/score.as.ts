// AssemblyScript port of the region scoring pass: Problem.scoreRow's walk and loop, selectTop and
// MentorChoices.offer (topLists.ts), compiled to WebAssembly by scripts/build/05-wasm.mjs. Not TypeScript:
// i32/f64/load/store are AssemblyScript's (this file is excluded from tsc). Every floating-point operation and
// every comparison is in the same order as in the TypeScript, so scores, lists and ties are bit-identical
// (test/shared/matching/scorePass.test.ts). The caller lays out the arrays in linear memory and passes their
// addresses; the module allocates nothing.

import { getF, getI, setF, setI } from './memory.as';

/** Where the caller may start laying out its arrays. */
export function heapBase(): usize {
  return (__heap_base + 7) & ~(<usize>7);
}

/** ties.ts's tieRank: the same 32-bit mix (imul wraps as Math.imul; >> 0 as >>>). */
// @ts-ignore: decorator
@inline function tieRank(owner: i32, item: i32): u32 {
  let h: u32 = <u32>((owner ^ 0x9e3779b9) * 0x85ebca6b) ^ <u32>((item + 0x632be5ab) * 0xc2b2ae35);
  h ^= h >> 16;
  h = h * 0x7feb352d;
  h ^= h >> 15;
  h = h * 0x846ca68b;
  h ^= h >> 16;
  return h;
}

/**
 * Overlap counts of a row's words into `counts`, through posting lists. A word most mentors have is stored as
 * the list of mentors *without* it (sign −1): its walk decrements, and the row's count starts one higher (the
 * returned bonus). Every mentor having a word — everyone teaches mathematics, the tied district bank — then
 * costs no walk at all instead of one step per mentor. The sums are the same whole numbers either way.
 */
function overlaps(counts: usize, off: usize, data: usize, sign: usize, row: usize, n: i32, below: i32): i32 {
  let bonus = 0;
  for (let a = 0; a < n; a++) {
    const s = getI(row, a);
    const d = getI(sign, s);
    if (d < 0) bonus++;
    const end = getI(off, s + 1);
    // Lists are ascending: a walk stops at the first entry ≥ below (a prefix of an order, scorePrefix).
    for (let k = getI(off, s); k < end; k++) {
      const p = getI(data, k);
      if (p >= below) break;
      setI(counts, p, getI(counts, p) + d);
    }
  }
  return bonus;
}

/** topLists.ts's insertSorted. */
function insertSorted(values: usize, ids: usize, at: i32, k: i32, value: f64, id: i32, owner: i32): void {
  const tie = tieRank(owner, id);
  while (
    k > 0 &&
    (getF(values, at + k - 1) < value ||
      (getF(values, at + k - 1) == value && tieRank(owner, getI(ids, at + k - 1)) < tie))
  ) {
    setF(values, at + k, getF(values, at + k - 1));
    setI(ids, at + k, getI(ids, at + k - 1));
    k--;
  }
  setF(values, at + k, value);
  setI(ids, at + k, id);
}

// @ts-ignore: decorator
@inline function score(
  p: i32,
  base: usize,
  sc: usize,
  bonusS: i32,
  tc: usize,
  bonusT: i32,
  mentorOrg: usize,
  fS: f64,
  fR: f64,
  org: i32,
  wO: f64,
  yb: f64,
): f64 {
  let x = getF(base, p) + fS * <f64>(getI(sc, p) + bonusS);
  x += fR * <f64>(getI(tc, p) + bonusT);
  x += org == getI(mentorOrg, p) ? wO : 0;
  return x + yb;
}

/** MentorChoices.offer for one mentor: the score x of mentee r into mentor p's list when it ranks there. */
// @ts-ignore: decorator
@inline function offerOne(
  p: i32,
  x: f64,
  r: i32,
  start: usize,
  row: usize,
  score: usize,
  size: usize,
  worstOf: usize,
  worstTieOf: usize,
): void {
  const w = getF(worstOf, p);
  if (!(x > w) && !(x == w && tieRank(p, r) > <u32>getI(worstTieOf, p))) return;
  // A forbidden pair never enters, even a list not yet full.
  if (x == -Infinity) return;
  const at = getI(start, p);
  const len = getI(start, p + 1) - at;
  const n = getI(size, p);
  let k = len - 1;
  if (n < len) {
    k = n;
    setI(size, p, n + 1);
  }
  insertSorted(score, row, at, k, x, r, p);
  if (getI(size, p) == len) {
    setF(worstOf, p, getF(score, at + len - 1));
    setI(worstTieOf, p, <i32>tieRank(p, getI(row, at + len - 1)));
  }
}

/**
 * One mentee's row, as `Problem.scoreRow`, `selectTop` and `MentorChoices.offer` (topLists.ts) do it, in one
 * loop over the mentors: the overlaps through the posting lists (offsets `*Off`, mentors `*Data`, signs
 * `*Sign`), each mentor's score into `out` (−∞ where `base` is: the caller strikes out the pairs its rules
 * forbid there, as −∞ plus any points is −∞), the
 * row's K best mentors into outIdx/outScore at `at`, and, when `offering`, the score offered to the mentor's
 * list of best mentees. Per mentor the same operations and comparisons in the same order as the TypeScript, so
 * the same scores and lists. Returns the best score left out of the row's list.
 */
export function scoreRow(
  M: i32,
  out: usize,
  base: usize,
  mentorOrg: usize,
  sc: usize,
  tc: usize,
  subjOff: usize,
  subjData: usize,
  subjSign: usize,
  rowSubj: usize,
  nSubj: i32,
  stemOff: usize,
  stemData: usize,
  stemSign: usize,
  rowStem: usize,
  nStem: i32,
  fS: f64,
  fR: f64,
  org: i32,
  wO: f64,
  yb: f64,
  K: i32,
  outIdx: usize,
  outScore: usize,
  at: i32,
  owner: i32,
  r: i32,
  start: usize,
  row: usize,
  score_: usize,
  size: usize,
  worstOf: usize,
  worstTieOf: usize,
  offering: i32,
): f64 {
  const bonusS = overlaps(sc, subjOff, subjData, subjSign, rowSubj, nSubj, M);
  const bonusT = overlaps(tc, stemOff, stemData, stemSign, rowStem, nStem, M);
  let filled = 0;
  let leftOut: f64 = -Infinity;
  let worst: f64 = Infinity;
  let worstTie: u32 = 0;
  let p = 0;
  // Two loops: until the row's list holds K finite scores, then against its K-th best (no per-mentor check of
  // which phase it is).
  for (; p < M && filled < K; p++) {
    const x = score(p, base, sc, bonusS, tc, bonusT, mentorOrg, fS, fR, org, wO, yb);
    setF(out, p, x);
    if (x != -Infinity) {
      insertSorted(outScore, outIdx, at, filled++, x, p, owner);
      if (filled == K) {
        worst = getF(outScore, at + K - 1);
        worstTie = tieRank(owner, getI(outIdx, at + K - 1));
      }
    }
    if (offering != 0) offerOne(p, x, r, start, row, score_, size, worstOf, worstTieOf);
  }
  for (; p < M; p++) {
    const x = score(p, base, sc, bonusS, tc, bonusT, mentorOrg, fS, fR, org, wO, yb);
    setF(out, p, x);
    if (!(x > worst) && !(x == worst && tieRank(owner, p) > worstTie)) {
      if (x > leftOut) leftOut = x;
    } else {
      if (worst > leftOut) leftOut = worst;
      insertSorted(outScore, outIdx, at, K - 1, x, p, owner);
      worst = getF(outScore, at + K - 1);
      worstTie = tieRank(owner, getI(outIdx, at + K - 1));
    }
    if (offering != 0) offerOne(p, x, r, start, row, score_, size, worstOf, worstTieOf);
  }
  memory.fill(sc, 0, (<usize>M) << 2);
  memory.fill(tc, 0, (<usize>M) << 2);
  return leftOut;
}

/**
 * Problem.scoreRow with an order: the mentee against the first `count` mentors of `order` only, through posting
 * lists renumbered by rank (each sorted, so a walk stops at the first rank ≥ count); then, as the score bound's
 * pricing does, keeps the mentors whose score less `least` (the most one of their places adds) breaks `floor`:
 * their indices into hitMentor, scores into hitScore, in order. Returns how many.
 */
export function scorePrefix(
  count: i32,
  least: usize,
  floor: f64,
  hitMentor: usize,
  hitScore: usize,
  order: usize,
  base: usize,
  mentorOrg: usize,
  sc: usize,
  tc: usize,
  subjOff: usize,
  subjData: usize,
  // The row's arguments as scoreRow takes them.
  subjSign: usize,
  rowSubj: usize,
  nSubj: i32,
  stemOff: usize,
  stemData: usize,
  stemSign: usize,
  rowStem: usize,
  nStem: i32,
  fS: f64,
  fR: f64,
  org: i32,
  wO: f64,
  yb: f64,
): i32 {
  // Renumbered prefix lists are never complements (signs +1, no bonus).
  overlaps(sc, subjOff, subjData, subjSign, rowSubj, nSubj, count);
  overlaps(tc, stemOff, stemData, stemSign, rowStem, nStem, count);
  let hits = 0;
  for (let k = 0; k < count; k++) {
    const p = getI(order, k);
    let x = getF(base, p) + fS * <f64>getI(sc, k);
    x += fR * <f64>getI(tc, k);
    x += org == getI(mentorOrg, p) ? wO : 0;
    x = x + yb;
    if (x == -Infinity || !(x - getF(least, p) > floor)) continue;
    setI(hitMentor, hits, p);
    setF(hitScore, hits, x);
    hits++;
  }
  memory.fill(sc, 0, (<usize>count) << 2);
  memory.fill(tc, 0, (<usize>count) << 2);
  return hits;
}

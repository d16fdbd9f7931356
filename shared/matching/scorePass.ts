/**
 * The scoring pass of `candidates` (suggest.ts): every looked-for mentee scored against every mentor, its best
 * mentors kept (`selectTop`) and, at region scale, the row offered to each mentor's list of best mentees
 * (`MentorChoices`). At region scale that is 2·10⁸ pairs, the longest phase of the engine; in WebAssembly
 * (wasm/score.as.ts) it runs about 1.7× faster than in V8's optimised JavaScript (measured on the bench's
 * region banks), and from the first row, where JavaScript starts in the interpreter. Scores, lists and ties are
 * bit-identical to the JavaScript (Problem.scoreRow, topLists.ts), which runs where WebAssembly does not, and
 * below WASM_PASS_MIN_CELLS, where copying the bank in would cost more than it saves.
 */
import type { Problem } from './problem';
import { type MentorChoices, selectTop } from './topLists';
import { SCORE_WASM_BASE64 } from './wasm/scoreBytes';
import { WASM_PAGE, wasmInstance } from './wasmLoader';

/** Below this many pairs (mentees × mentors) the pass stays in JavaScript. */
export const WASM_PASS_MIN_CELLS = 250_000;
/** Lists of experience and category points kept in linear memory; a mentee with another list copies it in. */
const BASE_SLOTS = 16;

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  scoreRow(
    M: number,
    out: number,
    base: number,
    mentorOrg: number,
    sc: number,
    tc: number,
    subjOff: number,
    subjData: number,
    rowSubj: number,
    nSubj: number,
    stemOff: number,
    stemData: number,
    rowStem: number,
    nStem: number,
    fS: number,
    fR: number,
    org: number,
    wO: number,
    yb: number,
  ): void;
  /** scoreRow, selectTop and offer fused (arguments in score.as.ts's order). */
  scoreSelectOffer(...args: number[]): number;
  selectTop(
    scores: number,
    M: number,
    K: number,
    outIdx: number,
    outScore: number,
    at: number,
    owner: number,
  ): number;
  offer(
    r: number,
    scores: number,
    M: number,
    start: number,
    row: number,
    score: number,
    size: number,
    worst: number,
    worstTie: number,
  ): void;
}

/** Posting lists as one offsets array and one data array. */
function flatten(lists: readonly Int32Array[]): { off: Int32Array; data: Int32Array } {
  const off = new Int32Array(lists.length + 1);
  lists.forEach((l, k) => {
    off[k + 1] = off[k]! + l.length;
  });
  const data = new Int32Array(off[lists.length]!);
  lists.forEach((l, k) => {
    data.set(l, off[k]);
  });
  return { off, data };
}

/** One pass over the rows: call `row(r)` for r = 0, 1, …, read `scores` after each, then `finish()`. */
export interface ScorePass {
  /** Which engine runs the pass (for tests and the bench). */
  readonly engine: 'wasm' | 'js';
  /** Row r's scores against every mentor (−∞ where a rule forbids); valid until the next `row` call. */
  readonly scores: Float64Array;
  row(r: number): void;
  /** Each row's T best mentors (row r at r·T, −1 past the end) and scores, and the best score left out. */
  finish(): { topMentor: Int32Array; topScore: Float64Array; leftOutBest: Float64Array };
}

/**
 * The pass over `rows` (bank indices of mentees), keeping T best mentors per row and, when `mentorSide` is
 * given, offering every row to it. WebAssembly when available and the bank is large enough, else JavaScript.
 */
export function scorePass(
  problem: Problem,
  rows: readonly number[],
  T: number,
  mentorSide: MentorChoices | null,
  useWasm = true,
): ScorePass {
  const M = problem.bank.mentors.length;
  if (useWasm && rows.length * M >= WASM_PASS_MIN_CELLS) {
    const ex = wasmInstance<Exports>(SCORE_WASM_BASE64);
    const pass = ex && wasmPass(ex, problem, rows, T, mentorSide);
    if (pass) return pass;
  }
  return jsPass(problem, rows, T, mentorSide);
}

function jsPass(
  problem: Problem,
  rows: readonly number[],
  T: number,
  mentorSide: MentorChoices | null,
): ScorePass {
  const M = problem.bank.mentors.length;
  const n = rows.length;
  const scores = new Float64Array(M);
  const topMentor = new Int32Array(n * T).fill(-1);
  const topScore = new Float64Array(n * T).fill(Number.NEGATIVE_INFINITY);
  const leftOutBest = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  return {
    engine: 'js',
    scores,
    row(r) {
      problem.scoreRow(rows[r]!, scores);
      leftOutBest[r] = selectTop(scores, M, T, topMentor, topScore, r * T, rows[r]!);
      mentorSide?.offer(r, scores);
    },
    finish: () => ({ topMentor, topScore, leftOutBest }),
  };
}

function wasmPass(
  ex: Exports,
  problem: Problem,
  rows: readonly number[],
  T: number,
  mentorSide: MentorChoices | null,
): ScorePass | undefined {
  const bank = problem.bank;
  const M = bank.mentors.length;
  const n = rows.length;
  const subj = flatten(bank.subjectMentors);
  const stem = flatten(bank.stemMentors);
  let most = 1;
  for (const r of rows) most = Math.max(most, bank.menteeSubjects[r]!.length, bank.menteeStems[r]!.length);
  const L = mentorSide ? mentorSide.row.length : 0;
  const side = mentorSide ? M : 0;
  // Layout: 8-byte arrays first, then 4-byte ones, from the module's heap base. Computed in doubles: a request
  // past 4 GB is refused below instead of wrapping.
  let at = ex.heapBase();
  const take = (bytes: number) => {
    const a = at;
    at += Math.ceil(bytes / 8) * 8;
    return a;
  };
  const out = take(8 * M);
  const bases = take(8 * M * (BASE_SLOTS + 1));
  const topScoreAt = take(8 * n * T);
  const sideScore = take(8 * L);
  const sideWorst = take(8 * side);
  const sc = take(4 * M);
  const tc = take(4 * M);
  const org = take(4 * M);
  const subjOff = take(4 * subj.off.length);
  const subjData = take(4 * subj.data.length);
  const stemOff = take(4 * stem.off.length);
  const stemData = take(4 * stem.data.length);
  const rowSubj = take(4 * most);
  const rowStem = take(4 * most);
  const topIdxAt = take(4 * n * T);
  const sideStart = take(4 * (side + 1));
  const sideRow = take(4 * L);
  const sideSize = take(4 * side);
  const sideTie = take(4 * side);
  if (at > 2 ** 31) return undefined;
  try {
    const grow = at - ex.memory.buffer.byteLength;
    if (grow > 0) ex.memory.grow(Math.ceil(grow / WASM_PAGE));
  } catch {
    return undefined; // no memory for the copy: the JavaScript pass
  }
  // No growth from here on, so these views stay attached.
  const buf = ex.memory.buffer;
  const i32 = (a: number, len: number) => new Int32Array(buf, a, len);
  const f64 = (a: number, len: number) => new Float64Array(buf, a, len);
  i32(org, M).set(bank.mentorOrg);
  i32(subjOff, subj.off.length).set(subj.off);
  i32(subjData, subj.data.length).set(subj.data);
  i32(stemOff, stem.off.length).set(stem.off);
  i32(stemData, stem.data.length).set(stem.data);
  const topMentor = i32(topIdxAt, n * T).fill(-1);
  const topScore = f64(topScoreAt, n * T).fill(Number.NEGATIVE_INFINITY);
  if (mentorSide) {
    i32(sideStart, M + 1).set(mentorSide.start);
    f64(sideWorst, M).set(mentorSide.worst);
    i32(sideSize, M).set(mentorSide.size);
    new Uint32Array(buf, sideTie, M).set(mentorSide.worstTie);
  }
  const scores = f64(out, M);
  const subjects = i32(rowSubj, most);
  const stems = i32(rowStem, most);
  const leftOutBest = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const baseAt = new Map<Float64Array, number>();
  const scratchBase = bases + 8 * M * BASE_SLOTS;
  return {
    engine: 'wasm',
    scores,
    row(r) {
      const i = rows[r]!;
      if (!problem.menteeOk(i)) scores.fill(Number.NEGATIVE_INFINITY);
      else {
        const t = problem.rowTerms(i);
        let base = baseAt.get(t.base);
        if (base === undefined) {
          base = baseAt.size < BASE_SLOTS ? bases + 8 * M * baseAt.size : scratchBase;
          f64(base, M).set(t.base);
          if (base !== scratchBase) baseAt.set(t.base, base);
        }
        subjects.set(t.subjects);
        stems.set(t.words);
        if (!problem.hasPairRules(i)) {
          // The common case: scoring, this row's best mentors and the mentors' lists in one loop.
          leftOutBest[r] = ex.scoreSelectOffer(
            M,
            out,
            base,
            org,
            sc,
            tc,
            subjOff,
            subjData,
            rowSubj,
            t.subjects.length,
            stemOff,
            stemData,
            rowStem,
            t.words.length,
            t.fS,
            t.fR,
            t.org,
            t.wO,
            t.yb,
            T,
            topIdxAt,
            topScoreAt,
            r * T,
            i,
            r,
            sideStart,
            sideRow,
            sideScore,
            sideSize,
            sideWorst,
            sideTie,
            mentorSide ? 1 : 0,
          );
          return;
        }
        ex.scoreRow(
          M,
          out,
          base,
          org,
          sc,
          tc,
          subjOff,
          subjData,
          rowSubj,
          t.subjects.length,
          stemOff,
          stemData,
          rowStem,
          t.words.length,
          t.fS,
          t.fR,
          t.org,
          t.wO,
          t.yb,
        );
        problem.pairRules(i, scores);
      }
      leftOutBest[r] = ex.selectTop(out, M, T, topIdxAt, topScoreAt, r * T, i);
      if (mentorSide) ex.offer(r, out, M, sideStart, sideRow, sideScore, sideSize, sideWorst, sideTie);
    },
    finish() {
      if (mentorSide) {
        mentorSide.row.set(i32(sideRow, L));
        mentorSide.score.set(f64(sideScore, L));
        mentorSide.size.set(i32(sideSize, M));
        mentorSide.worst.set(f64(sideWorst, M));
        mentorSide.worstTie.set(new Uint32Array(buf, sideTie, M));
      }
      // Copies: the instance and its memory are dropped with the pass.
      return { topMentor: topMentor.slice(), topScore: topScore.slice(), leftOutBest };
    },
  };
}

/**
 * The scoring pass of `candidates` (suggest.ts): every looked-for mentee scored against every mentor, its best
 * mentors kept (`selectTop`) and, at region scale, the row offered to each mentor's list of best mentees
 * (`MentorChoices`). At region scale that is 2·10⁸ pairs, the longest phase of the engine; in WebAssembly
 * (wasm/score.as.ts) the candidates stage of the bench's varied region bank takes about 2.2 s instead of 4.0 s
 * in V8's optimised JavaScript, and runs compiled from the first row. Scores, lists and ties are
 * bit-identical to the JavaScript (Problem.scoreRow, topLists.ts), which runs where WebAssembly does not, and
 * below WASM_PASS_MIN_CELLS, where copying the bank in would cost more than it saves.
 */
import type { MentorOrder, Problem } from './problem';
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
  /** Arguments in score.as.ts's order. */
  scoreRow(...args: number[]): number;
  scorePrefix(...args: number[]): number;
}

/**
 * Posting lists as one offsets array and one data array; with `complementAbove`, a list longer than that is
 * stored as its complement (the mentors without the word) with sign −1 (see `overlaps` in score.as.ts).
 */
function flatten(
  lists: readonly Int32Array[],
  complementAbove = Number.POSITIVE_INFINITY,
  mentors = 0,
): { off: Int32Array; data: Int32Array; sign: Int32Array } {
  const sign = Int32Array.from(lists, (l) => (l.length > complementAbove ? -1 : 1));
  const stored = lists.map((l, w) => {
    if (sign[w] === 1) return l;
    const has = new Uint8Array(mentors);
    for (let k = 0; k < l.length; k++) has[l[k]!] = 1;
    const without = new Int32Array(mentors - l.length);
    for (let p = 0, o = 0; p < mentors; p++) if (has[p] === 0) without[o++] = p;
    return without;
  });
  const off = new Int32Array(lists.length + 1);
  stored.forEach((l, k) => {
    off[k + 1] = off[k]! + l.length;
  });
  const data = new Int32Array(off[lists.length]!);
  stored.forEach((l, k) => {
    data.set(l, off[k]);
  });
  return { off, data, sign };
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
      // No mentor at all: nothing to rank or offer (as in the WebAssembly pass).
      if (!problem.menteeOk(rows[r]!)) return;
      leftOutBest[r] = selectTop(scores, M, T, topMentor, topScore, r * T, rows[r]!);
      mentorSide?.offer(r, scores);
    },
    finish: () => ({ topMentor, topScore, leftOutBest }),
  };
}

/**
 * The bank's arrays in an instance's linear memory (mentors' organisations, posting lists, a mentee's words and
 * its experience-and-category list), with extra regions for the caller; laid out once, memory grown once, so
 * views stay attached for the whole pass.
 */
class WasmRows {
  readonly buf: ArrayBuffer;
  /** The current row's scores, one per mentor. */
  readonly scores: Float64Array;
  readonly at: Record<string, number> = {};
  private readonly subjects: Int32Array;
  private readonly stems: Int32Array;
  private readonly baseAt = new Map<Float64Array, number>();
  private readonly M: number;

  private constructor(
    readonly ex: Exports,
    readonly problem: Problem,
    subjectLists: readonly Int32Array[],
    stemLists: readonly Int32Array[],
    /** Extra regions: name → [bytes per element (8 or 4), elements]. */
    extra: Record<string, [8 | 4, number]>,
    mostWords: number,
    complement: boolean,
  ) {
    const M = problem.bank.mentors.length;
    this.M = M;
    // Lists of more than half the mentors walk their complement (only the whole-bank scoring takes signs).
    const half = complement ? M / 2 : Number.POSITIVE_INFINITY;
    const subj = flatten(subjectLists, half, M);
    const stem = flatten(stemLists, half, M);
    // 8-byte arrays first, then 4-byte ones, from the module's heap base.
    const regions: [string, 8 | 4, number][] = [
      ['out', 8, M],
      ['bases', 8, M * (BASE_SLOTS + 1)],
      ...Object.entries(extra)
        .filter(([, [w]]) => w === 8)
        .map(([k, [w, len]]) => [k, w, len] as [string, 8 | 4, number]),
      ['sc', 4, M],
      ['tc', 4, M],
      ['org', 4, M],
      ['subjOff', 4, subj.off.length],
      ['subjData', 4, subj.data.length],
      ['subjSign', 4, subj.sign.length],
      ['stemOff', 4, stem.off.length],
      ['stemData', 4, stem.data.length],
      ['stemSign', 4, stem.sign.length],
      ['rowSubj', 4, mostWords],
      ['rowStem', 4, mostWords],
      ...Object.entries(extra)
        .filter(([, [w]]) => w === 4)
        .map(([k, [w, len]]) => [k, w, len] as [string, 8 | 4, number]),
    ];
    let at = ex.heapBase();
    for (const [name, w, len] of regions) {
      this.at[name] = at;
      at += Math.ceil((w * len) / 8) * 8;
    }
    // Computed in doubles: a request past 2 GB is refused instead of wrapping.
    if (at > 2 ** 31) throw new RangeError('memory');
    const grow = at - ex.memory.buffer.byteLength;
    if (grow > 0) ex.memory.grow(Math.ceil(grow / WASM_PAGE));
    this.buf = ex.memory.buffer;
    this.i32('org', M).set(problem.bank.mentorOrg);
    this.i32('subjOff', subj.off.length).set(subj.off);
    this.i32('subjData', subj.data.length).set(subj.data);
    this.i32('stemOff', stem.off.length).set(stem.off);
    this.i32('stemData', stem.data.length).set(stem.data);
    this.i32('subjSign', subj.sign.length).set(subj.sign);
    this.i32('stemSign', stem.sign.length).set(stem.sign);
    this.scores = this.f64('out', M);
    this.subjects = this.i32('rowSubj', mostWords);
    this.stems = this.i32('rowStem', mostWords);
  }

  /** The layout for `rows`, or undefined when the instance cannot have the memory (the JavaScript runs). */
  static open(
    ex: Exports,
    problem: Problem,
    rows: readonly number[],
    subjectLists: readonly Int32Array[],
    stemLists: readonly Int32Array[],
    extra: Record<string, [8 | 4, number]>,
    complement = false,
  ): WasmRows | undefined {
    const bank = problem.bank;
    let most = 1;
    for (const r of rows) most = Math.max(most, bank.menteeSubjects[r]!.length, bank.menteeStems[r]!.length);
    try {
      return new WasmRows(ex, problem, subjectLists, stemLists, extra, most, complement);
    } catch {
      return undefined;
    }
  }

  i32(name: string, len: number): Int32Array {
    return new Int32Array(this.buf, this.where(name), len);
  }

  f64(name: string, len: number): Float64Array {
    return new Float64Array(this.buf, this.where(name), len);
  }

  /** A region's address; a name not laid out is a programming error, not address 0. */
  private where(name: string): number {
    const at = this.at[name];
    if (at === undefined) throw new Error(`WasmRows: no region ${name}`);
    return at;
  }

  /**
   * Mentee i's words and experience-and-category list copied in (the 16 first lists stay), with its pairs the
   * rules forbid struck out when `strike`; the row's arguments as score.as.ts takes them (from `base` to `yb`).
   */
  load(i: number, strike = false): number[] {
    const t = this.problem.rowTerms(i);
    const M = this.M;
    const scratch = this.where('bases') + 8 * M * BASE_SLOTS;
    let base = this.baseAt.get(t.base);
    if (strike && this.problem.hasPairRules(i)) {
      // The pairs the rules forbid are struck out in a copy of the list: −∞ plus any points is −∞, the value
      // `Problem.scoreRow` gives them.
      base = scratch;
      const copy = new Float64Array(this.buf, scratch, M);
      copy.set(t.base);
      this.problem.pairRules(i, copy);
    } else if (base === undefined) {
      base = this.baseAt.size < BASE_SLOTS ? this.where('bases') + 8 * M * this.baseAt.size : scratch;
      new Float64Array(this.buf, base, M).set(t.base);
      if (base !== scratch) this.baseAt.set(t.base, base);
    }
    this.subjects.set(t.subjects);
    this.stems.set(t.words);
    const a = this.at;
    return [
      base,
      a.org!,
      a.sc!,
      a.tc!,
      a.subjOff!,
      a.subjData!,
      a.subjSign!,
      a.rowSubj!,
      t.subjects.length,
      a.stemOff!,
      a.stemData!,
      a.stemSign!,
      a.rowStem!,
      t.words.length,
      t.fS,
      t.fR,
      t.org,
      t.wO,
      t.yb,
    ];
  }
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
  const L = mentorSide ? mentorSide.row.length : 0;
  const side = mentorSide ? M : 0;
  const w = WasmRows.open(
    ex,
    problem,
    rows,
    bank.subjectMentors,
    bank.stemMentors,
    {
      topScore: [8, n * T],
      sideScore: [8, L],
      sideWorst: [8, side],
      topIdx: [4, n * T],
      sideStart: [4, side + 1],
      sideRow: [4, L],
      sideSize: [4, side],
      sideTie: [4, side],
    },
    true,
  );
  if (!w) return undefined;
  const a = w.at;
  const topMentor = w.i32('topIdx', n * T).fill(-1);
  const topScore = w.f64('topScore', n * T).fill(Number.NEGATIVE_INFINITY);
  if (mentorSide) {
    w.i32('sideStart', M + 1).set(mentorSide.start);
    w.f64('sideWorst', M).set(mentorSide.worst);
    w.i32('sideSize', M).set(mentorSide.size);
    new Uint32Array(w.buf, a.sideTie!, M).set(mentorSide.worstTie);
  }
  const scores = w.scores;
  const leftOutBest = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  return {
    engine: 'wasm',
    scores,
    row(r) {
      const i = rows[r]!;
      if (!problem.menteeOk(i)) {
        // No mentor at all: the lists take nothing from a row of −∞ (selectTop skips it, no mentor wants it).
        scores.fill(Number.NEGATIVE_INFINITY);
        return;
      }
      leftOutBest[r] = ex.scoreRow(
        M,
        a.out!,
        ...w.load(i, true),
        T,
        a.topIdx!,
        a.topScore!,
        r * T,
        i,
        r,
        a.sideStart!,
        a.sideRow!,
        a.sideScore!,
        a.sideSize!,
        a.sideWorst!,
        a.sideTie!,
        mentorSide ? 1 : 0,
      );
    },
    finish() {
      if (mentorSide) {
        mentorSide.row.set(w.i32('sideRow', L));
        mentorSide.score.set(w.f64('sideScore', L));
        mentorSide.size.set(w.i32('sideSize', M));
        mentorSide.worst.set(w.f64('sideWorst', M));
        mentorSide.worstTie.set(new Uint32Array(w.buf, a.sideTie!, M));
      }
      // Copies: the instance and its memory are dropped with the pass.
      return { topMentor: topMentor.slice(), topScore: topScore.slice(), leftOutBest };
    },
  };
}

/**
 * The score bound's pricing of a mentee against a prefix of a mentor order (`Problem.scoreRow` with an order):
 * the mentors whose score less `least[mentor]` breaks a floor.
 */
export interface PrefixScorer {
  readonly engine: 'wasm' | 'js';
  /** The mentors found by the last `above` call, in order of the prefix, and their scores. */
  readonly hitMentor: Int32Array;
  readonly hitScore: Float64Array;
  /** Mentee i against the first `count` mentors of the order: how many have score − least > floor. */
  above(i: number, count: number, floor: number): number;
}

/** A prefix scorer over `order` for `rows`: WebAssembly when available and the bank is large enough. */
export function prefixScorer(
  problem: Problem,
  order: MentorOrder,
  rows: readonly number[],
  least: Float64Array,
  useWasm = true,
): PrefixScorer {
  const M = problem.bank.mentors.length;
  const w =
    useWasm && rows.length * M >= WASM_PASS_MIN_CELLS
      ? ((ex) =>
          ex &&
          WasmRows.open(ex, problem, rows, order.subjectRanks, order.stemRanks, {
            least: [8, M],
            hitScore: [8, M],
            order: [4, M],
            hitMentor: [4, M],
          }))(wasmInstance<Exports>(SCORE_WASM_BASE64))
      : undefined;
  if (!w) {
    const scores = new Float64Array(M);
    const hitMentor = new Int32Array(M);
    const hitScore = new Float64Array(M);
    return {
      engine: 'js',
      hitMentor,
      hitScore,
      above(i, count, floor) {
        problem.scoreRow(i, scores, order, count);
        let hits = 0;
        for (let k = 0; k < count; k++) {
          const p = order.mentor[k]!;
          const sc = scores[p]!;
          if (sc === Number.NEGATIVE_INFINITY || !(sc - least[p]! > floor)) continue;
          hitMentor[hits] = p;
          hitScore[hits++] = sc;
        }
        return hits;
      },
    };
  }
  w.i32('order', M).set(order.mentor);
  w.f64('least', M).set(least);
  const a = w.at;
  return {
    engine: 'wasm',
    hitMentor: w.i32('hitMentor', M),
    hitScore: w.f64('hitScore', M),
    above(i, count, floor) {
      // A mentee who may have no mentor: every score −∞, none breaks a floor.
      if (!problem.menteeOk(i)) return 0;
      return w.ex.scorePrefix(
        count,
        a.least!,
        floor,
        a.hitMentor!,
        a.hitScore!,
        a.order!,
        ...w.load(i, true),
      );
    },
  };
}

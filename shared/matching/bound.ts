// A proven upper bound on the best total score among assignments that place a given number of rows.
import { solveSparse } from './assignment';

/**
 * The objective is lexicographic (most rows placed, then the highest total), and the solver folds it into one
 * cost with a bonus D per placed row. Duals of that folded problem bound the score only through D, so a row
 * whose dual still carries the bonus makes the bound vacuous. The number placed is proven maximal on its own
 * (max flow, placement.ts); for the score the bound below keeps the two apart.
 *
 * Weak LP duality for max Σ w·x over matchings with exactly P rows placed: any α ≥ 0 (rows), β ≥ 0 (columns)
 * and λ (the multiplier of "exactly P placed") with α_i + β_s + λ ≥ w_is on every allowed cell give
 *   OPT ≤ Σα + Σβ + λ·P.
 * Built from a solve on candidate cells: β = the solver's column duals, λ = the P-th largest row value
 * cand_i = max over the row's candidate cells of (w − β), α_i = max(0, cand_i − λ). That covers every candidate
 * cell; a cell outside the candidates may exceed its row's floor max(cand_i, λ) by some violation. Rather than
 * raise each row by its worst violation (a popular column would then be paid once per row that wants it),
 * the violations are covered by raising rows and columns together at least cost: a minimum weighted cover of
 * the violation graph, which is the maximum-weight matching on it (König–Egerváry), solved by the same sparse
 * solver; its duals are the raises. When the candidates' duals are optimal for the whole bank there is no
 * violation and the bound equals the achieved total.
 */
export interface BoundInput {
  rows: number;
  cols: number;
  /** The most rows any assignment can place (proven by max flow). */
  placed: number;
  /** Per row: w − β of the column the result gave it, NaN when unplaced. */
  achieved: Float64Array;
  /** Column prices β (≥ 0). */
  beta: Float64Array;
  /** Σ β over the columns the result left empty. */
  emptyPrice: number;
  /** Per row: max of w − β over its candidate cells (−∞ when none). */
  cand: Float64Array;
  /** Per row: an upper bound on w − β over its cells outside the candidates (−∞ when none). */
  leftOut: Float64Array;
  /** Calls `add(col, w − β)` for every cell of the row outside the candidates whose w − β exceeds `floor`. */
  price: (row: number, floor: number, add: (col: number, value: number) => void) => void;
}

/**
 * Returns the proven gap (bound − achieved total, ≥ 0), how many rows were priced against the whole bank and
 * how many cells broke their row's floor.
 */
export function placedBound(input: BoundInput): { gap: number; priced: number; violations: number } {
  const { rows, cols, placed: P, achieved, cand } = input;
  if (P === 0) return { gap: 0, priced: 0, violations: 0 };
  const sorted = Float64Array.from(cand).sort();
  let lambda = sorted[Math.max(0, rows - P)]!;
  if (lambda === Number.NEGATIVE_INFINITY) {
    // Fewer rows with candidates than P: any finite λ will do (rows without candidates then pay their cells).
    lambda = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rows; i++)
      if (cand[i]! > Number.NEGATIVE_INFINITY) lambda = Math.min(lambda, cand[i]!);
    if (lambda === Number.POSITIVE_INFINITY) lambda = 0;
  }
  // Σα + Σβ + λP − achieved, summed so that each term is of the size of a score (the sums of w − β over rows
  // carry the bonus D and would cancel in floating point).
  let gap = input.emptyPrice;
  let placedNow = 0;
  for (let i = 0; i < rows; i++) {
    const a = achieved[i]!;
    if (Number.isNaN(a)) gap += Math.max(0, cand[i]! - lambda);
    else {
      placedNow++;
      gap += Math.max(cand[i]!, lambda) - a;
    }
  }
  gap += lambda * (P - placedNow);
  // Cells above their row's floor: the violation graph.
  const start = new Int32Array(rows + 1);
  const col: number[] = [];
  const viol: number[] = [];
  let priced = 0;
  for (let i = 0; i < rows; i++) {
    const floor = Math.max(cand[i]!, lambda);
    if (input.leftOut[i]! > floor) {
      priced++;
      input.price(i, floor, (s, value) => {
        if (value > floor) {
          col.push(s);
          viol.push(value - floor);
        }
      });
    }
    start[i + 1] = col.length;
  }
  if (col.length > 0) {
    const cost = Float64Array.from(viol, (x) => -x);
    const r = solveSparse({ rows, cols, start, col: Int32Array.from(col), cost }, 0);
    // The raises: the matching's duals (u, v ≤ 0 when a row may stay unmatched at no cost), checked on every
    // cell so that the cover holds whatever rounding the solve left.
    const a = Float64Array.from(r.u, (x) => Math.max(0, -x));
    const d = Float64Array.from(r.v, (x) => Math.max(0, -x));
    for (let i = 0; i < rows; i++)
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const short = viol[e]! - a[i]! - d[col[e]!]!;
        if (short > 0) a[i] = a[i]! + short;
      }
    for (let i = 0; i < rows; i++) gap += a[i]!;
    for (let s = 0; s < cols; s++) gap += d[s]!;
  }
  if (Number.isNaN(gap)) return { gap: Number.POSITIVE_INFINITY, priced, violations: col.length };
  return { gap: Math.max(0, gap), priced, violations: col.length };
}

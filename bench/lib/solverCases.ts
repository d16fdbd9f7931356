/** The solver table's matrices (float, forbidden cells, integer ties, rectangular, capacitated) and the engine's run on one. */
import { solveDense } from '../../shared/matching';
import { rng } from './random';

export type Kind = 'float' | 'forbidden' | 'integer' | 'rect' | 'capacity';

/** One matrix of the table: `rows` × `cols` scores (NaN = forbidden); each column has `cap` places. */
export interface SolverCase {
  kind: Kind;
  rows: number;
  cols: number;
  cap: number;
  scores: Float64Array;
}

/**
 * float: scores in [0, 1); forbidden: the same with a fifth of the pairs forbidden; integer: 0…99, so many
 * pairs tie; rect: rows × 3·rows floats; capacity: 2·m rows × m columns of 3 places each (a mentor is one
 * column with a capacity).
 */
export function makeCase(kind: Kind, n: number, seed: number): SolverCase {
  const rnd = rng(seed);
  const shape: Record<Kind, [number, number, number]> = {
    float: [n, n, 1],
    forbidden: [n, n, 1],
    integer: [n, n, 1],
    rect: [n, 3 * n, 1],
    capacity: [2 * n, n, 3],
  };
  const [rows, cols, cap] = shape[kind];
  const scores = new Float64Array(rows * cols);
  for (let t = 0; t < scores.length; t++) {
    if (kind === 'forbidden' && rnd() < 0.2) scores[t] = Number.NaN;
    else scores[t] = kind === 'integer' ? Math.floor(rnd() * 100) : rnd();
  }
  return { kind, rows, cols, cap, scores };
}

/** Sum of the scores of the chosen cells; `pairs` as (row, column) with columns counted per mentor. */
export function sumScores(c: SolverCase, pairs: Iterable<[number, number]>): number {
  let t = 0;
  for (const [i, j] of pairs) t += c.scores[i * c.cols + j]!;
  return t;
}

/** The engine on one case (maximum total score; forbidden = ∞ cost). CPU ms of the solve alone, and the total. */
export function runEngine(c: SolverCase, viaCandidates = false): { ms: number; total: number } {
  const cost = Float64Array.from(c.scores, (x) => (Number.isNaN(x) ? Number.POSITIVE_INFINITY : -x));
  const places = c.cols * c.cap;
  // A finite cost of leaving a row out, far above any score, places every row all the same but skips the dense
  // core: the JIT warm-up uses it so candidates and pricing are warm too where small cases take the dense core.
  const D = viaCandidates ? 1e9 : Number.POSITIVE_INFINITY;
  const t0 = process.cpuUsage();
  const r =
    c.cap === 1
      ? solveDense(cost, c.rows, c.cols, D)
      : solveDense(cost, c.rows, places, D, {
          structure: {
            colStart: Int32Array.from({ length: c.cols + 1 }, (_, h) => h * c.cap),
            colOffset: new Float64Array(places),
          },
        });
  const used = process.cpuUsage(t0);
  const pairs: [number, number][] = [];
  r.colForRow.forEach((j, i) => {
    if (j >= 0) pairs.push([i, Math.floor(j / c.cap)]);
  });
  if (pairs.length !== Math.min(c.rows, places)) throw new Error(`engine placed ${pairs.length} rows`);
  return { ms: (used.user + used.system) / 1000, total: sumScores(c, pairs) };
}

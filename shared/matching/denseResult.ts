/** The answer of a dense core (JS or WebAssembly) from its row solution and column duals: row duals and total. */
import type { AssignmentResult } from './assignment';

/** Row duals u[i] = cost[i][j] − v[j] on the assigned cells, and the total cost, as both cores report them. */
export function denseResult(
  cost: Float64Array,
  rows: number,
  cols: number,
  rowsol: Int32Array,
  colsol: Int32Array,
  v: Float64Array,
): AssignmentResult {
  const u = new Float64Array(rows);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowsol[i]!;
    const c = cost[i * cols + j]!;
    u[i] = c - v[j]!;
    total += c;
  }
  return { colForRow: rowsol, rowForCol: colsol, u, v, total };
}

// A proven upper bound on the best total score among assignments that place a given number of rows.

/**
 * The objective is lexicographic (most rows placed, then the highest total), and the solver folds it into one
 * cost with a bonus D per placed row. Duals of that folded problem bound the score only through D, so a row
 * whose dual still carries the bonus makes the bound vacuous. The number placed is proven maximal on its own
 * (max flow, placement.ts); for the score the bound below keeps the two apart.
 *
 * Weak LP duality for max Σ w·x over matchings with exactly P rows placed: for any column prices β ≥ 0 and any λ,
 *   OPT ≤ Σ_s β_s + λ·P + Σ_i max(0, m_i − λ),   m_i ≥ max over row i's allowed columns s of (w_is − β_s),
 * since α_i = max(0, m_i − λ) makes (α, β, λ) feasible. The best λ is the P-th largest m_i, which gives
 *   OPT ≤ Σβ + (sum of the P largest m_i).
 * With the solver's column duals as β this equals the achieved total when they certify it, and otherwise
 * exceeds it by what could still be gained. Each m_i starts as a cheap upper bound (the row's candidates plus
 * a bound on what was left out); rows whose cheap bound is loose and lands among the P largest are priced
 * exactly against the whole bank, until the P largest are all exact.
 */
export interface BoundInput {
  rows: number;
  /** The most rows any assignment can place (proven by max flow). */
  placed: number;
  /** Per row: w − β of the column the result gave it, NaN when unplaced. */
  achieved: Float64Array;
  /** Σ β over the columns the result left empty. */
  emptyPrice: number;
  /** Per row: an upper bound on m_i (−∞ when the row has no allowed column). */
  cheap: Float64Array;
  /** Per row: 1 when `cheap` is already exact. */
  exact: Uint8Array;
  /** m_i priced against the whole bank. */
  price: (row: number) => number;
}

/** Returns the proven gap (bound − achieved total, ≥ 0) and how many rows were priced against the whole bank. */
export function placedBound(input: BoundInput): { gap: number; priced: number } {
  const { rows, placed: P, achieved, cheap: m, exact } = input;
  let priced = 0;
  if (P === 0) return { gap: 0, priced };
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  for (;;) {
    order.sort((a, b) => m[b]! - m[a]! || a - b);
    let loose = 0;
    for (let k = 0; k < Math.min(P, rows); k++) {
      const r = order[k]!;
      if (exact[r] === 1) continue;
      m[r] = Math.min(m[r]!, input.price(r));
      exact[r] = 1;
      priced++;
      loose++;
    }
    if (loose === 0) break;
  }
  // bound − achieved = Σ_{top P} m − Σ_{placed} achieved + Σ_{empty columns} β. Both sums are of the size of
  // the bonus D; pairing rows keeps each difference of the size of a score, so rounding stays small.
  const inTop = new Uint8Array(rows);
  for (let k = 0; k < Math.min(P, rows); k++) inTop[order[k]!] = 1;
  let gap = input.emptyPrice;
  const topOnly: number[] = [];
  const placedOnly: number[] = [];
  for (let r = 0; r < rows; r++) {
    const a = achieved[r]!;
    const placedHere = !Number.isNaN(a);
    if (inTop[r] === 1 && placedHere) gap += m[r]! - a;
    else if (inTop[r] === 1) topOnly.push(m[r]!);
    else if (placedHere) placedOnly.push(a);
  }
  for (let k = 0; k < Math.max(topOnly.length, placedOnly.length); k++)
    gap += (topOnly[k] ?? 0) - (placedOnly[k] ?? 0);
  // A row with no allowed column among the P largest means P rows cannot be placed: no bound.
  if (!Number.isFinite(gap)) return { gap: Number.POSITIVE_INFINITY, priced };
  return { gap: Math.max(0, gap), priced };
}

/**
 * Median wall time of `runs` calls after one warm-up call, in ms. The median, not the mean: the machine is
 * shared, and a mean would carry other processes' pauses.
 */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

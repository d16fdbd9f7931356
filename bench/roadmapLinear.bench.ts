// Linear time of the roadmap parsers on adversarial input, in its own process (npm run bench -- roadmap runs it
// after roadmap.bench.ts): the heap left by the import benchmark would colour the 1 M figures.
import { importRoadmap, parseDeadline } from '../shared/roadmap';
import { cleanText } from '../shared/roadmap/text';

// Linear time on adversarial input: one cell or document of a piece repeated to 10 K, 100 K and 1 M characters
// (a Sheets cell holds 50,000). Time per 10,000 characters should stay flat; the growth from 100 K to 1 M is
// the ratio of total times (10× is linear). Each figure is the fastest of several runs after a collection.
const ADVERSARIAL = ['1. ', 'январь ', '<p '];
/** Whole documents: the same pieces one per line, and as rows of a tabbed table. */
const DOCUMENT_PIECES = [...ADVERSARIAL, '1. \n', '1.\tянварь\t<p\n', '<b>'];
const SIZES = [10_000, 100_000, 1_000_000];

function repeatTo(piece: string, n: number): string {
  return piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
}

function fastest(fn: () => unknown, minMs: number): number {
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let runs = 0; runs < 3 || (spent < minMs && runs < 50); runs++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    spent += t;
    best = Math.min(best, t);
  }
  return best;
}

const linear: [string, string[], (s: string) => unknown][] = [
  ['parseDeadline', ADVERSARIAL, (s) => parseDeadline(s, '2023-2024')],
  ['cleanText', ADVERSARIAL, cleanText],
  ['importRoadmap', DOCUMENT_PIECES, (s) => importRoadmap(s)],
];
console.log('\nlinear time: ms per 10,000 characters of a repeated piece');
console.log(
  `${'function'.padEnd(14)} ${'piece'.padEnd(18)} ${SIZES.map((n) => `${n / 1000} K`.padStart(9)).join(' ')}   100 K → 1 M`,
);
let worst = 0;
for (const [name, pieces, fn] of linear) {
  for (const piece of pieces) {
    fn(repeatTo(piece, 10_000)); // warm-up
    const times = SIZES.map((n) => {
      const input = repeatTo(piece, n);
      return fastest(() => fn(input), 300);
    });
    const growth = times[2]! / times[1]!;
    worst = Math.max(worst, growth);
    const per10k = times.map((t, i) => (t / (SIZES[i]! / 10_000)).toFixed(3).padStart(9));
    console.log(
      `${name.padEnd(14)} ${JSON.stringify(piece).padEnd(18)} ${per10k.join(' ')}   ${growth.toFixed(1).padStart(5)}×`,
    );
  }
}
console.log(`largest growth from 100 K to 1 M: ${worst.toFixed(1)}× (linear is 10×)`);
const cell = ADVERSARIAL.map((p) => {
  const input = repeatTo(p, 50_000);
  return `«${p.trim()}» ${fastest(() => parseDeadline(input, '2023-2024'), 300).toFixed(1)} ms`;
});
console.log(`one 50,000-character cell through parseDeadline: ${cell.join(', ')}`);

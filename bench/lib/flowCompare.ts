// The region path's solve against min-cost flow (LEMON's network simplex and cost scaling, C++) and SciPy's sparse
// assignment (C), on the same candidate cells: the question whether a min-cost-flow solver would be the
// faster route for the capacitated problem. The cells go to a file; LEMON's program is compiled here when
// liblemon-dev and g++ are installed, and SciPy is run with the given python; a missing one is said, not skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMatchingInput } from '../../shared/matching/input';
import { cellsTotal, solveByPlaces, stages } from '../../shared/matching/suggest';

const here = new URL('./', import.meta.url).pathname;
const TODAY = '2025-01-15';
/** Every bank past the dense limit: the region path's candidate cells, whatever the bank's size. */
const REGION = { maxDenseCells: 0, pricingRounds: 1 };

interface Run {
  solver: string;
  ms: number;
  objective: number;
  optimal: boolean;
}

/** LEMON's program, compiled once into `dir`; the reason it cannot be when it cannot. */
function lemonProgram(dir: string): { path: string } | { missing: string } {
  if (!existsSync('/usr/include/lemon/network_simplex.h'))
    return { missing: 'LEMON NOT FOUND (apt-get install liblemon-dev): its rows are left out' };
  const path = join(dir, 'lemonFlow');
  const r = spawnSync('g++', ['-O2', '-o', path, join(here, 'lemonFlow.cpp'), '-llemon'], {
    encoding: 'utf8',
  });
  if (r.status !== 0)
    return { missing: `LEMON program did not compile: ${(r.stderr || r.error?.message) ?? ''}`.trim() };
  return { path };
}

const lines = (out: string): Run[] =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Run);

export function flowComparison(
  banks: { name: string; mentors: unknown[]; mentees: unknown[] }[],
  python: string,
  scipyFound: boolean,
): void {
  console.log(
    '\nThe region path’s solve (candidate cells, from the places’ side, a mentor’s places one group of rows)\n' +
      'against min-cost flow (LEMON 1.3, C++ -O2: network simplex and cost scaling, with a node per place or a\n' +
      'node per mentor whose places are arcs costing their load terms) and SciPy’s sparse assignment (C), on the\n' +
      'same cells. CPU ms of the solve alone; objective = Σ cell costs + D per mentee left out (LEMON’s rounded\n' +
      'to 10⁻⁶ a cell); ratio = solver ÷ engine.',
  );
  const dir = mkdtempSync(join(tmpdir(), 'flow-'));
  try {
    const lemon = lemonProgram(dir);
    if ('missing' in lemon) console.log(lemon.missing);
    if (!scipyFound) console.log(`SciPy NOT FOUND (${python}): its row is left out`);
    for (const b of banks) {
      const input = parseMatchingInput(b.mentors, b.mentees, { preset: 'district' }, { today: TODAY });
      if ('ok' in input) throw new Error(input.errors.join('; '));
      const refs = { locked: [], excluded: [], fixed: [] };
      const prep = stages.prepare(input.mentors, input.mentees, input.settings, TODAY, refs);
      const cand = stages.candidates(prep, REGION);
      const m = cand.cellMatrix;
      const D = cand.safeCost;
      const t0 = process.cpuUsage();
      const r = solveByPlaces(m, prep, D);
      const used = process.cpuUsage(t0);
      const engine: Run = {
        solver: 'engine (solveByPlaces)',
        ms: (used.user + used.system) / 1000,
        objective: cellsTotal(m, r.rowForCol, D),
        optimal: true,
      };
      const file = join(dir, 'cells.bin');
      writeFileSync(
        file,
        Buffer.concat([
          Buffer.from(new Float64Array([m.rows, m.cols, m.col.length, D]).buffer),
          Buffer.from(m.cost.buffer, m.cost.byteOffset, m.cost.byteLength),
          Buffer.from(m.start.buffer, m.start.byteOffset, m.start.byteLength),
          Buffer.from(m.col.buffer, m.col.byteOffset, m.col.byteLength),
          Buffer.from(new Int32Array(prep.slotMentor).buffer),
          Buffer.from(new Float64Array(prep.placeOffset).buffer),
        ]),
      );
      const runs = [engine];
      if ('path' in lemon)
        runs.push(...lines(spawnSync(lemon.path, [file], { encoding: 'utf8' }).stdout ?? ''));
      if (scipyFound)
        runs.push(
          ...lines(spawnSync(python, [join(here, 'sparseLap.py'), file], { encoding: 'utf8' }).stdout ?? ''),
        );
      console.log(`  ${b.name}: ${m.rows} mentees × ${m.cols} places, ${m.col.length} cells`);
      for (const x of runs) {
        // Objectives agree up to LEMON's rounding of each cell to 10⁻⁶ (n cells at most, so n·10⁻⁶).
        const agrees =
          Math.abs(x.objective - engine.objective) <= m.rows * 1e-6 + 1e-9 * Math.abs(engine.objective);
        console.log(
          `    ${x.solver.padEnd(40)} ${x.ms.toFixed(0).padStart(7)} ms  ${(x.ms / engine.ms).toFixed(2).padStart(6)}×  ` +
            `objective ${x.objective.toFixed(4)} ${agrees && x.optimal ? 'agrees' : 'DISAGREES'}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One cold solve of the solver table (run by bench/matching.bench.ts in a fresh process, before any JIT warm-up):
// build the case, solve it once, print the CPU ms of the solve and the total.
import { type Kind, makeCase, runEngine } from './solverCases';

const [kind, n, seed] = process.argv.slice(2);
if (!kind || !n || !seed) throw new Error('usage: solverCold.ts <kind> <n> <seed>');
console.log(JSON.stringify(runEngine(makeCase(kind as Kind, Number(n), Number(seed)))));

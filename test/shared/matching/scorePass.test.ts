// The scoring pass in WebAssembly (shared/matching/scorePass.ts, wasm/score.as.ts) gives the same scores, the same
// best-of lists and the same best scores left out as the JavaScript (Problem.scoreRow, topLists.ts), bit for bit:
// on banks with ties, mentees without consent, excluded pairs, people in both banks and organisation rules.
import { afterEach, describe, expect, it } from 'vitest';
import {
  prefixScorer,
  type ScorePass,
  scorePass,
  WASM_PASS_MIN_CELLS,
} from '../../../shared/matching/scorePass';
import { parseMatchingSettings } from '../../../shared/matching/settings';
import { stages } from '../../../shared/matching/suggest';
import { MentorChoices } from '../../../shared/matching/topLists';
import { forgetWasmModules } from '../../../shared/matching/wasmLoader';
import { Mentee, Mentor } from '../../../shared/model';
import { mentee, mentor, rng, TODAY } from './helpers';

const SUBJECTS = ['математика', 'физика', 'химия', 'история', 'литература', 'музыка'];
const PHRASES = [
  'проектная деятельность',
  'подготовка к ОГЭ',
  'работа с родителями',
  'дети с ОВЗ',
  'аттестация',
];

/**
 * 300 mentors × 900 mentees (past WASM_PASS_MIN_CELLS): few subjects and phrases, so many scores tie; one subject
 * and one phrase most mentors have.
 */
function bank(seed: number) {
  const r = rng(seed);
  const some = (xs: string[], p: number) => xs.filter(() => r() < p);
  const mentors = Array.from({ length: 300 }, (_, i) =>
    Mentor.parse(
      mentor(`M${i + 1}`, {
        fullName: `Наставник ${i % 290}`, // ten namesakes: possible repeats, held out by the bank
        organisation: `Школа № ${1 + Math.floor(r() * 12)}`,
        // Most mentors teach mathematics and list project work: lists of more than half the bank, which the
        // WebAssembly pass walks as complements.
        subjects: [...new Set([...(r() < 0.8 ? ['математика'] : []), ...some(SUBJECTS, 0.3)])],
        competencies: [...new Set([...(r() < 0.7 ? ['проектная деятельность'] : []), ...some(PHRASES, 0.3)])],
        capacity: 1 + (i % 3),
        experienceYears: 3 + Math.floor(r() * 4) * 5,
        category: r() < 0.5 ? 'highest' : 'first',
      }),
    ),
  );
  const mentees = Array.from({ length: 900 }, (_, i) =>
    Mentee.parse(
      mentee(`E${i + 1}`, {
        // Every 50th mentee is also in the mentor bank (same name and school): never their own mentor.
        fullName: i % 50 === 0 ? `Наставник ${i % 290}` : `Наставляемый ${i}`,
        organisation: i % 50 === 0 ? undefined : `Школа № ${1 + Math.floor(r() * 12)}`,
        subjects: some(SUBJECTS, 0.25),
        requests: some(PHRASES, 0.25),
        experienceYears: i % 4,
        consent: i % 37 !== 0,
        youngSpecialist: i % 5 === 0,
      }),
    ),
  );
  return { mentors, mentees };
}

function settingsOf(raw: unknown) {
  const parsed = parseMatchingSettings(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.settings;
}

/** Runs a pass to the end; every row's scores copied as they come. */
function runPass(pass: ScorePass, rows: number) {
  const scores: Float64Array[] = [];
  for (let r = 0; r < rows; r++) {
    pass.row(r);
    scores.push(pass.scores.slice());
  }
  return { scores, ...pass.finish() };
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((x, k) => Object.is(x, b[k]));

afterEach(() => {
  forgetWasmModules();
});

describe('the scoring pass in WebAssembly', () => {
  const cases = [
    { name: 'default rules', raw: {}, excluded: false },
    {
      name: 'same organisation only, some pairs excluded',
      raw: { rules: { organisationScope: 'same' } },
      excluded: true,
    },
    { name: 'other organisations only', raw: { rules: { organisationScope: 'other' } }, excluded: false },
  ];
  for (const c of cases)
    for (const T of [1, 5, 24])
      it(`equals the JavaScript bit for bit: ${c.name}, ${T} best mentors`, () => {
        const { mentors, mentees } = bank(T * 7 + c.name.length);
        const excluded = c.excluded
          ? mentees
              .slice(0, 60)
              .map((e, k) => ({ menteeId: e.id, mentorId: mentors[(k * 7) % mentors.length]!.id }))
          : [];
        const prep = stages.prepare(mentors, mentees, settingsOf(c.raw), TODAY, {
          locked: [],
          excluded,
          fixed: [],
        });
        const { problem, rows } = prep;
        expect(rows.length * mentors.length).toBeGreaterThanOrEqual(WASM_PASS_MIN_CELLS);
        const side = () => new MentorChoices(mentors.length, (p) => (p % 4 === 3 ? 0 : 2 + (p % 3) * 2));
        const jsSide = side();
        const wasmSide = side();
        const jsPass = scorePass(problem, rows, T, jsSide, false);
        const wasmPass = scorePass(problem, rows, T, wasmSide);
        expect(jsPass.engine).toBe('js');
        expect(wasmPass.engine).toBe('wasm');
        const js = runPass(jsPass, rows.length);
        const wasm = runPass(wasmPass, rows.length);
        // The banks do have the cases: forbidden pairs, whole rows struck out, and ties inside the lists.
        expect(js.scores.some((row) => row.includes(Number.NEGATIVE_INFINITY))).toBe(true);
        expect(js.scores.some((row) => row.every((x) => x === Number.NEGATIVE_INFINITY))).toBe(true);
        expect(new Set(js.topScore).size).toBeLessThan(js.topScore.length / 4);
        js.scores.forEach((row, r) => {
          expect(sameBits(wasm.scores[r]!, row), `row ${r}`).toBe(true);
        });
        expect(sameBits(wasm.topMentor, js.topMentor)).toBe(true);
        expect(sameBits(wasm.topScore, js.topScore)).toBe(true);
        expect(sameBits(wasm.leftOutBest, js.leftOutBest)).toBe(true);
        for (const key of ['row', 'score', 'size', 'worst', 'worstTie'] as const)
          expect(sameBits(wasmSide[key], jsSide[key]), key).toBe(true);
      });

  it('prices prefixes of a mentor order as the JavaScript does (the score bound’s re-scoring)', () => {
    const { mentors, mentees } = bank(5);
    const excluded = mentees.slice(0, 40).map((e, k) => ({ menteeId: e.id, mentorId: mentors[k]!.id }));
    const prep = stages.prepare(mentors, mentees, settingsOf({}), TODAY, { locked: [], excluded, fixed: [] });
    const { problem, rows } = prep;
    const r = rng(9);
    const byPlace = Int32Array.from({ length: mentors.length }, (_, p) => p).sort(() => r() - 0.5);
    const order = problem.mentorOrder(byPlace);
    // What one of a mentor's places adds at most (load term less price), as the bound has it.
    const least = Float64Array.from({ length: mentors.length }, () => -Math.floor(r() * 4) / 4);
    const js = prefixScorer(problem, order, rows, least, false);
    const wasm = prefixScorer(problem, order, rows, least);
    expect([js.engine, wasm.engine]).toEqual(['js', 'wasm']);
    const all = new Float64Array(mentors.length);
    let found = 0;
    let struck = 0;
    for (const i of rows) {
      const count = Math.floor(r() * (mentors.length + 1));
      problem.scoreRow(i, all);
      // Half the floors sit exactly on a prefix mentor's score less its place term: the edge must be alike too.
      const p0 = order.mentor[Math.floor(r() * count)] ?? 0;
      const floor = r() < 0.5 && all[p0]! > Number.NEGATIVE_INFINITY ? all[p0]! - least[p0]! : 1 + r() * 4;
      const n = js.above(i, count, floor);
      expect(wasm.above(i, count, floor), `mentee ${i}, ${count} mentors`).toBe(n);
      expect(sameBits(wasm.hitMentor.subarray(0, n), js.hitMentor.subarray(0, n))).toBe(true);
      expect(sameBits(wasm.hitScore.subarray(0, n), js.hitScore.subarray(0, n))).toBe(true);
      // The hits are exactly the prefix's mentors whose whole-bank score breaks the floor.
      const want = Array.from(order.mentor.subarray(0, count)).filter(
        (p) => all[p] !== Number.NEGATIVE_INFINITY && all[p]! - least[p]! > floor,
      );
      expect(Array.from(js.hitMentor.subarray(0, n))).toEqual(want);
      found += n;
      struck += Array.from(order.mentor.subarray(0, count)).filter(
        (p) => all[p] === Number.NEGATIVE_INFINITY,
      ).length;
    }
    expect(found).toBeGreaterThan(rows.length);
    expect(struck).toBeGreaterThan(0);
  });

  it('runs in JavaScript where WebAssembly is missing, with the same lists', () => {
    const { mentors, mentees } = bank(11);
    const prep = stages.prepare(mentors, mentees, settingsOf({}), TODAY, {
      locked: [],
      excluded: [],
      fixed: [],
    });
    const want = runPass(scorePass(prep.problem, prep.rows, 24, null), prep.rows.length);
    const saved = globalThis.WebAssembly;
    forgetWasmModules();
    // @ts-expect-error: a runtime without WebAssembly, as Apps Script might be
    delete globalThis.WebAssembly;
    try {
      const pass = scorePass(prep.problem, prep.rows, 24, null);
      expect(pass.engine).toBe('js');
      const got = runPass(pass, prep.rows.length);
      expect(sameBits(got.topMentor, want.topMentor)).toBe(true);
      expect(sameBits(got.leftOutBest, want.leftOutBest)).toBe(true);
    } finally {
      globalThis.WebAssembly = saved;
    }
  });
});

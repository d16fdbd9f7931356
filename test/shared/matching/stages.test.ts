// The matching pipeline's stages run alone (shared/matching/suggest.ts: prepare → candidates → solve → present).
import { describe, expect, it } from 'vitest';
import { parseMatchingSettings } from '../../../shared/matching/settings';
import { stages } from '../../../shared/matching/suggest';
import { Mentee, Mentor } from '../../../shared/model';
import { mentee, mentor, rng, TODAY } from './helpers';

const SUBJECTS = ['математика', 'физика', 'химия', 'история', 'литература'];

function bank(seed: number) {
  const r = rng(seed);
  const pick = () => SUBJECTS[Math.floor(r() * SUBJECTS.length)]!;
  const mentors = Array.from({ length: 12 }, (_, i) =>
    Mentor.parse(
      mentor(`M${i + 1}`, { subjects: [pick(), pick()], capacity: 1 + (i % 3), experienceYears: 5 + i }),
    ),
  );
  const mentees = Array.from({ length: 20 }, (_, i) =>
    Mentee.parse(mentee(`E${i + 1}`, { subjects: [pick()], experienceYears: i % 4 })),
  );
  return { mentors, mentees };
}

const refs = { locked: [], excluded: [], fixed: [] };
const parsed = parseMatchingSettings({});
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const settings = parsed.settings;
const DENSE = { maxDenseCells: 8_000_000, pricingRounds: 1 };
// Every bank past the dense limit: the region path, on candidate cells.
const REGION = { maxDenseCells: 0, pricingRounds: 1 };

describe('the matching stages, one by one', () => {
  it('candidates: each mentee’s best mentors in order, and the best score left out of its list', () => {
    const { mentors, mentees } = bank(3);
    const prep = stages.prepare(mentors, mentees, settings, TODAY, refs);
    const cand = stages.candidates(prep, REGION);
    const { mentor: top, score, T } = cand.top;
    expect(cand.dense).toBeNull();
    const scores = new Float64Array(mentors.length);
    for (let r = 0; r < prep.rows.length; r++) {
      const row = Array.from(score.subarray(r * T, (r + 1) * T)).filter(
        (x) => x !== Number.NEGATIVE_INFINITY,
      );
      expect(row).toEqual([...row].sort((a, b) => b - a));
      prep.problem.scoreRow(prep.rows[r]!, scores);
      const listed = new Set(Array.from(top.subarray(r * T, (r + 1) * T)).filter((p) => p >= 0));
      const left = Array.from(scores).filter((_, p) => !listed.has(p));
      const best = left.length ? Math.max(...left) : Number.NEGATIVE_INFINITY;
      expect(cand.leftOutBest[r]).toBe(best);
      // Every listed mentor has cells in the candidate matrix for this mentee.
      const cells = cand.cellMatrix.col.subarray(cand.cellMatrix.start[r]!, cand.cellMatrix.start[r + 1]!);
      for (const p of listed)
        for (let s = prep.slotStart[p]!; s < prep.slotStart[p + 1]!; s++) expect(cells).toContain(s);
    }
  });

  it('candidates: up to the dense limit the whole matrix, one column group per mentor with places', () => {
    const { mentors, mentees } = bank(5);
    const prep = stages.prepare(mentors, mentees, settings, TODAY, refs);
    const cand = stages.candidates(prep, DENSE);
    expect(cand.dense).not.toBeNull();
    const withPlaces = mentors.filter((_, p) => prep.slotStart[p + 1]! > prep.slotStart[p]!).length;
    expect(cand.dense!.length).toBe(prep.rows.length * withPlaces);
  });

  it('solve: the dense path and the region path on candidates reach the same total, certified', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { mentors, mentees } = bank(seed);
      const prep = stages.prepare(mentors, mentees, settings, TODAY, refs);
      const total = (limits: typeof DENSE) => {
        const chosen = stages.solve(prep, stages.candidates(prep, limits), limits);
        expect(chosen.certified).toBe(true);
        const scores = new Float64Array(mentors.length);
        let sum = 0;
        let placed = 0;
        chosen.assigned.forEach((p, r) => {
          if (p < 0) return;
          prep.problem.scoreRow(prep.rows[r]!, scores);
          sum += scores[p]!;
          placed++;
        });
        return { placed, sum: Math.round(sum * 1e6) };
      };
      expect(total(REGION)).toEqual(total(DENSE));
    }
  });

  it('present: the solve’s outcome becomes the result suggestPairs returns', () => {
    const { mentors, mentees } = bank(7);
    const prep = stages.prepare(mentors, mentees, settings, TODAY, refs);
    const result = stages.present(prep, stages.solve(prep, stages.candidates(prep, DENSE), DENSE));
    expect(result.pairs.length + result.groups.length).toBeGreaterThan(0);
    for (const s of result.pairs) expect(mentors.some((m) => m.id === s.mentorId)).toBe(true);
  });
});

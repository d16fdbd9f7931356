// explainSuggestionsFromInput: a page of the result explained again without solving, the same as the full result.
import { describe, expect, it } from 'vitest';
import {
  explainSuggestionsFromInput,
  type MatchingResult,
  suggestPairsFromInput,
} from '../../../shared/matching';
import { mentee, mentor, rng, TODAY } from './helpers';

const SUBJECTS = ['Математика', 'Физика', 'Химия', 'История'];

describe('explainSuggestionsFromInput', () => {
  it('explains any subset of a result exactly as suggestPairsFromInput did (locked, fixed, excluded, region path)', () => {
    const rnd = rng(5);
    const ms = Array.from({ length: 40 }, (_, p) =>
      mentor(`M${String(p).padStart(3, '0')}`, {
        capacity: 1 + Math.floor(rnd() * 3),
        subjects: SUBJECTS.filter(() => rnd() < 0.4),
        experienceYears: 5 + Math.floor(rnd() * 20),
      }),
    );
    const es = Array.from({ length: 90 }, (_, i) =>
      mentee(`E${String(i).padStart(3, '0')}`, {
        subjects: SUBJECTS.filter(() => rnd() < 0.4),
        experienceYears: Math.floor(rnd() * 4),
      }),
    );
    const options = {
      today: TODAY,
      locked: [{ mentorId: 'M000', menteeId: 'E000' }],
      fixed: [{ mentorId: 'M001', menteeId: 'E001' }],
      excluded: [{ mentorId: 'M002', menteeId: 'E002' }],
    };
    for (const maxDenseCells of [undefined, 0]) {
      const full = suggestPairsFromInput(ms, es, {}, { ...options, maxDenseCells }) as MatchingResult;
      expect(full.ok).toBe(true);
      const assigned = full.pairs.filter((p) => !p.locked && !p.fixed);
      const page = [...full.pairs.filter((_, k) => k % 3 === 0), ...full.unmatched.slice(0, 5)].map(
        (x) => x.menteeId,
      );
      const shown = explainSuggestionsFromInput(ms, es, {}, { ...options, assigned, mentees: page });
      if (!shown.ok) throw new Error(shown.errors.join());
      expect(shown.pairs).toEqual(full.pairs.filter((p) => page.includes(p.menteeId)));
      expect(shown.unmatched).toEqual(full.unmatched.filter((u) => page.includes(u.menteeId)));
    }
  });
});

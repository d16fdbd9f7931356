// Banks full of ties (identical mentors, identical mentees, both, a few kinds) at school, district and region
// size: as many mentees placed as a plain maximum flow over the bank's allowed pairs, and true reasons.
import { describe, expect, it } from 'vitest';
import { type MatchingResult, type SuggestResult, suggestPairsFromInput } from '../../../shared/matching';
import { type MenteeRow, type MentorRow, mentee, mentor, rng, TODAY } from './helpers';
import { allowed, maxPlaced } from './maxFlow';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

const SUBJECTS = [
  'Математика',
  'Физика',
  'Химия',
  'История',
  'Биология',
  'География',
  'Литература',
  'Музыка',
];
/** The result places the maximum, within the places, and each unmatched mentee's reason is true. */
function checkResult(r: MatchingResult, ms: MentorRow[], es: MenteeRow[]) {
  const placed = r.pairs.filter((p) => !p.locked).length;
  expect(placed).toBe(maxPlaced(ms, es));
  const load = new Map<string, number>();
  for (const p of r.pairs) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
  const byId = new Map(ms.map((a) => [a.id, a]));
  for (const [id, k] of load) expect(k).toBeLessThanOrEqual(byId.get(id)!.capacity as number);
  const menteeById = new Map(es.map((e) => [e.id, e]));
  // Reasons are worked out per kind of mentee: check each kind's first unmatched mentee against every mentor.
  const checked = new Set<string>();
  for (const u of r.unmatched) {
    const e = menteeById.get(u.menteeId)!;
    const kind = `${u.code}|${e.consent}|${e.role}|${e.wantedForm}`;
    if (checked.has(kind)) continue;
    checked.add(kind);
    const fits = ms.filter((a) => allowed(a, e));
    if (u.code === 'places-taken') {
      expect(fits.length).toBeGreaterThan(0);
      for (const a of fits) expect(load.get(a.id) ?? 0).toBe(a.capacity);
    } else if (u.code === 'no-free-places') {
      for (const a of fits) expect(a.capacity).toBe(0);
    } else expect(fits).toEqual([]);
  }
}

type Kind = 'identical mentors' | 'identical mentees' | 'both identical' | 'a few kinds';

/** A tied bank: one side (or both) made of copies, or every person one of a few kinds. */
function tiedBank(kind: Kind, M: number, N: number, seed: number) {
  const rnd = rng(seed);
  const pick = () => SUBJECTS.filter(() => rnd() < 0.2);
  const sameMentors = kind === 'identical mentors' || kind === 'both identical';
  const sameMentees = kind === 'identical mentees' || kind === 'both identical';
  const pad = (k: number) => String(k).padStart(6, '0');
  const ms = Array.from({ length: M }, (_, p) => {
    if (sameMentors)
      return mentor(`M${pad(p)}`, {
        subjects: ['Математика'],
        capacity: 3,
        experienceYears: 20,
        organisation: 'Школа 1',
      });
    if (kind === 'a few kinds') {
      const k = p % 3;
      return mentor(`M${pad(p)}`, {
        subjects: [SUBJECTS[k]!],
        capacity: 1 + k,
        forms: k === 2 ? ['teacher-student'] : ['teacher-teacher'],
        experienceYears: 10,
        consent: p % 17 !== 0,
      });
    }
    return mentor(`M${pad(p)}`, {
      subjects: pick(),
      capacity: 1 + Math.floor(rnd() * 3),
      experienceYears: 3 + Math.floor(rnd() * 30),
      category: (['highest', 'first', 'compliance', 'none'] as const)[Math.floor(rnd() * 4)],
      forms: rnd() < 0.8 ? ['teacher-teacher'] : ['teacher-teacher', 'teacher-student'],
      consent: rnd() < 0.95,
      organisation: `Школа ${1 + Math.floor(rnd() * 5)}`,
    });
  });
  const es = Array.from({ length: N }, (_, i) => {
    if (sameMentees)
      return mentee(`E${pad(i)}`, { subjects: ['Математика'], experienceYears: 1, organisation: 'Школа 1' });
    if (kind === 'a few kinds') {
      const k = i % 4;
      return mentee(`E${pad(i)}`, {
        subjects: [SUBJECTS[k]!],
        role: k === 3 ? 'student' : 'teacher',
        experienceYears: 1,
      });
    }
    return mentee(`E${pad(i)}`, {
      subjects: pick(),
      experienceYears: Math.floor(rnd() * 5),
      role: rnd() < 0.1 ? 'student' : 'teacher',
      consent: rnd() < 0.95,
      organisation: `Школа ${1 + Math.floor(rnd() * 5)}`,
    });
  });
  return { ms, es };
}

const KINDS: Kind[] = ['identical mentors', 'identical mentees', 'both identical', 'a few kinds'];

describe('tied banks: every place that can be filled is filled', () => {
  for (const kind of KINDS) {
    it(`school (20 mentors × 30 mentees), ${kind}`, () => {
      const { ms, es } = tiedBank(kind, 20, 30, 1);
      checkResult(ok(suggestPairsFromInput(ms, es, {}, { today: TODAY })), ms, es);
    });
  }

  for (const kind of KINDS) {
    it(`district (1 000 mentors × 2 000 mentees), ${kind}: exact and candidates-only paths`, () => {
      const { ms, es } = tiedBank(kind, 1000, 2000, 2);
      checkResult(ok(suggestPairsFromInput(ms, es, {}, { today: TODAY })), ms, es);
      checkResult(ok(suggestPairsFromInput(ms, es, {}, { today: TODAY, maxDenseCells: 0 })), ms, es);
    });
  }

  for (const kind of KINDS) {
    it(`region (10 000 mentors × 20 000 mentees), ${kind}`, () => {
      const { ms, es } = tiedBank(kind, 10_000, 20_000, 3);
      checkResult(ok(suggestPairsFromInput(ms, es, {}, { today: TODAY })), ms, es);
    }, 120_000);
  }

  it('places 3 000 mentees with 3 000 identical mentors of capacity 3 (the case reported: 80 placed)', () => {
    const { ms } = tiedBank('identical mentors', 3000, 0, 4);
    const es = Array.from({ length: 3000 }, (_, i) =>
      mentee(`E${String(i).padStart(6, '0')}`, { subjects: [SUBJECTS[i % 8]!], experienceYears: i % 5 }),
    );
    const r = ok(suggestPairsFromInput(ms, es, {}, { today: TODAY }));
    expect(r.stats.suggested).toBe(3000);
    expect(r.unmatched).toEqual([]);
  }, 60_000);
});

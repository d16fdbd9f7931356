/**
 * What the curator decides and what the rules forbid: possible repeats are held out of
 * pairing, acceptance checks the matching's own rules (`checkPairsFromInput`), picks made by hand survive re-runs.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPairsFromInput,
  type MatchingResult,
  type SuggestResult,
  suggestPairsFromInput,
} from '../../../shared/matching';
import type { MentoringForm } from '../../../shared/model/common';
import { type MenteeRow, type MentorRow, mentee, mentor, rng, TODAY } from './helpers';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}
const pairsOf = (r: MatchingResult) => r.pairs.map((p) => `${p.mentorId}-${p.menteeId}`);
const unmatchedOf = (r: MatchingResult) => r.unmatched.map((u) => `${u.menteeId}:${u.code}`);

describe('possible repeats are kept out of pairing until the curator decides', () => {
  // Row 2 (NV-0002) and a later row with the same e-mail (NV-0027): one person, maybe typed twice.
  const mentees = [
    mentee('NV-0002', { fullName: 'Петрова Анна', email: 'anna@school.ru' }),
    mentee('NV-0027', { fullName: 'Петрова Анна Сергеевна', email: 'anna@school.ru' }),
    mentee('NV-0030', { fullName: 'Кузнецов Олег', organisation: 'Школа 1' }),
    mentee('NV-0031', { fullName: 'кузнецов  олег', organisation: 'Школа 1' }),
  ];
  const mentors = [mentor('A', { capacity: 4 })];

  it('a later row repeating an earlier one (e-mail or namesake) is not suggested, and the reason says where to decide', () => {
    const r = ok(suggestPairsFromInput(mentors, mentees, {}, { today: TODAY }));
    expect(pairsOf(r).sort()).toEqual(['A-NV-0002', 'A-NV-0030']);
    expect(unmatchedOf(r).sort()).toEqual([
      'NV-0027:mentee-possible-repeat',
      'NV-0031:mentee-possible-repeat',
    ]);
    const why = r.unmatched.find((u) => u.menteeId === 'NV-0027')!.reason;
    expect(why).toContain('возможный повтор строки «Петрова Анна» (ID NV-0002, тот же e-mail)');
    expect(why).toContain('решите в столбце «Возможный повтор» на листе «Наставляемые»');
    expect(r.unmatched.find((u) => u.menteeId === 'NV-0031')!.reason).toContain('те же ФИО');
    expect(r.notes).toContain(
      'Возможные повторы не идут в подбор, пока куратор не решит в столбце «Возможный повтор» (разные люди — «нет»): наставников — 0, наставляемых — 2',
    );
  });

  it('«нет» in «Возможный повтор» releases the row; the ID order decides which row waits, so sorting moves nothing', () => {
    const decided = mentees.map((m) => (m.id === 'NV-0031' ? { ...m, repeatOf: 'нет' } : m));
    const r = ok(suggestPairsFromInput(mentors, decided, {}, { today: TODAY }));
    expect(pairsOf(r).sort()).toEqual(['A-NV-0002', 'A-NV-0030', 'A-NV-0031']);
    // Given in reverse (the curator sorted the sheet), the same rows wait: those with the later IDs.
    const reversed = ok(suggestPairsFromInput(mentors, [...mentees].reverse(), {}, { today: TODAY }));
    const straight = ok(suggestPairsFromInput(mentors, mentees, {}, { today: TODAY }));
    expect(unmatchedOf(reversed).sort()).toEqual(unmatchedOf(straight).sort());
    expect(unmatchedOf(reversed).filter((u) => u.startsWith('NV-0002'))).toEqual([]);
  });

  it('a mentor repeating another mentor is not used; when only such mentors would fit, the reason says so', () => {
    const ms = [
      mentor('NS-0002', { fullName: 'Орлова Вера', email: 'vera@school.ru', forms: ['teacher-student'] }),
      mentor('NS-0027', { fullName: 'Орлова Вера', email: 'vera@school.ru', capacity: 3 }),
    ];
    const r = ok(suggestPairsFromInput(ms, [mentee('X')], {}, { today: TODAY }));
    expect(r.pairs).toEqual([]);
    expect(unmatchedOf(r)).toEqual(['X:only-held-mentors']);
    expect(r.unmatched[0]!.reason).toContain('решите в столбце «Возможный повтор» на листе «Наставники»');
    // A mark the add-on wrote (the ID of the row it may repeat) holds the row even without a namesake.
    const marked = ok(
      suggestPairsFromInput([mentor('B', { repeatOf: 'NS-0099' })], [mentee('X')], {}, { today: TODAY }),
    );
    expect(unmatchedOf(marked)).toEqual(['X:only-held-mentors']);
  });

  it('acceptance refuses a held row, naming it and where to decide', () => {
    const r = checkPairsFromInput(
      mentors,
      mentees,
      {},
      {
        today: TODAY,
        chosen: [{ mentorId: 'A', menteeId: 'NV-0027' }],
      },
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toContain(
      'Пару «Петрова Анна Сергеевна» ← «Наставник A» закрепить нельзя: наставляемый «Петрова Анна Сергеевна» — возможный повтор строки «Петрова Анна» (ID NV-0002, тот же e-mail)',
    );
  });
});

describe('acceptance checks the matching’s own rules (checkPairsFromInput)', () => {
  it('a mentor with no forms is «no form» to both (it was «any form» to acceptance)', () => {
    const ms = [mentor('A', { forms: [] })];
    const es = [mentee('X')];
    expect(unmatchedOf(ok(suggestPairsFromInput(ms, es, {}, { today: TODAY })))).toEqual(['X:no-form']);
    const r = checkPairsFromInput(ms, es, {}, { today: TODAY, chosen: [{ mentorId: 'A', menteeId: 'X' }] });
    expect(r).toEqual({
      ok: false,
      errors: [
        'Пару «Наставляемый X» ← «Наставник A» закрепить нельзя: у наставника «Наставник A» не указаны формы наставничества (столбец «Формы наставничества»).',
      ],
    });
  });

  it('consent is checked whatever the settings say', () => {
    const r = checkPairsFromInput(
      [mentor('A', { consent: false })],
      [mentee('X', { consent: false })],
      { rules: { consent: false } },
      { today: TODAY, chosen: [{ mentorId: 'A', menteeId: 'X' }] },
    );
    expect(!r.ok && r.errors[0]).toBe(
      'Пару «Наставляемый X» ← «Наставник A» закрепить нельзя: у наставляемого «Наставляемый X» нет согласия на обработку ПД; у наставника «Наставник A» нет согласия на обработку ПД.',
    );
  });

  it('a mentor’s places hold the locked pairs and the chosen ones together; the message names the mentor and the capacity', () => {
    const ms = [mentor('A', { capacity: 2, fullName: 'Соколова Нина' })];
    const es = [mentee('X'), mentee('Y'), mentee('Z')];
    const full = checkPairsFromInput(
      ms,
      es,
      {},
      {
        today: TODAY,
        locked: [{ mentorId: 'A', menteeId: 'X', pairId: 'PR-0001' }],
        chosen: [
          { mentorId: 'A', menteeId: 'Y' },
          { mentorId: 'A', menteeId: 'Z' },
        ],
      },
    );
    expect(full).toEqual({
      ok: false,
      errors: [
        'Наставник «Соколова Нина» готов взять 2, а с выбранными парами у него будет 3 (уже закреплено: 1). Замените наставника у кого-то из наставляемых.',
      ],
    });
    const again = checkPairsFromInput(
      ms,
      es,
      {},
      {
        today: TODAY,
        locked: [{ mentorId: 'A', menteeId: 'X', pairId: 'PR-0001' }],
        chosen: [{ mentorId: 'A', menteeId: 'X' }],
      },
    );
    expect(!again.ok && again.errors[0]).toContain('«Наставляемый X» уже в паре PR-0001 (лист «Пары»)');
    const fits = checkPairsFromInput(
      ms,
      es,
      {},
      {
        today: TODAY,
        locked: [{ mentorId: 'A', menteeId: 'X' }],
        chosen: [{ mentorId: 'A', menteeId: 'Y', form: 'teacher-student' }],
      },
    );
    // The form asked for is not one the mentor offers: the pair gets the form the matching would give it.
    expect(fits).toEqual({ ok: true, pairs: [{ mentorId: 'A', menteeId: 'Y', form: 'teacher-teacher' }] });
  });

  it('on random banks, acceptance takes exactly the pairs the matching could make (same settings)', () => {
    const FORMS: MentoringForm[] = ['teacher-teacher', 'teacher-student', 'student-student'];
    const seen = { allowed: 0, refused: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
      const names = ['Иванова Мария', 'Петров Пётр', 'Сидорова Ольга'];
      const ms: MentorRow[] = Array.from({ length: 6 }, (_, k) =>
        mentor(`M${k}`, {
          fullName: rnd() < 0.3 ? pick(names) : `Наставник ${k}`,
          organisation: pick(['Школа 1', 'Школа 2', '']),
          forms: FORMS.filter(() => rnd() < 0.4),
          consent: rnd() < 0.85,
          status: pick(['active', 'active', 'active', 'paused']),
          capacity: 1 + Math.floor(rnd() * 2),
          email: rnd() < 0.3 ? pick(['a@x.ru', 'b@x.ru']) : null,
        }),
      );
      const es: MenteeRow[] = Array.from({ length: 6 }, (_, k) =>
        mentee(`E${k}`, {
          fullName: rnd() < 0.3 ? pick(names) : `Наставляемый ${k}`,
          organisation: pick(['Школа 1', 'Школа 2', '']),
          role: rnd() < 0.3 ? 'student' : 'teacher',
          wantedForm: rnd() < 0.5 ? pick(FORMS) : null,
          consent: rnd() < 0.85,
          email: rnd() < 0.3 ? pick(['a@x.ru', 'c@x.ru']) : null,
        }),
      );
      const settings = {
        rules: {
          activeMentor: rnd() < 0.7,
          form: rnd() < 0.7,
          organisationScope: pick(['any', 'same', 'other'] as const),
        },
      };
      for (const e of es)
        for (const m of ms) {
          // Only this mentee looked for, only this mentor allowed: the matching places it iff the rules allow.
          const only = es.map((x) => (x.id === e.id ? x : { ...x, status: 'paired' }));
          const excluded = ms.filter((x) => x.id !== m.id).map((x) => ({ mentorId: x.id, menteeId: e.id }));
          const r = ok(suggestPairsFromInput(ms, only, settings, { today: TODAY, excluded }));
          const matched = r.pairs.some((p) => p.mentorId === m.id && p.menteeId === e.id);
          const checked = checkPairsFromInput(ms, only, settings, {
            today: TODAY,
            chosen: [{ mentorId: m.id, menteeId: e.id }],
          });
          expect(checked.ok, `seed ${seed}: ${m.id}–${e.id} ${JSON.stringify(checked)}`).toBe(matched);
          if (checked.ok) expect(checked.pairs[0]!.form).toBe(r.pairs[0]!.form);
          seen[checked.ok ? 'allowed' : 'refused']++;
        }
    }
    // Both answers occur often enough for the agreement to mean something.
    expect(seen.allowed).toBeGreaterThan(40);
    expect(seen.refused).toBeGreaterThan(40);
  });
});

describe('pairs the curator picked by hand survive re-runs (fixed)', () => {
  const ms = [mentor('A', { capacity: 1 }), mentor('B', { capacity: 1 }), mentor('C', { capacity: 1 })];
  const es = [
    mentee('X', { subjects: ['Физика'] }),
    mentee('Y', { subjects: ['Химия'] }),
    mentee('Z', { subjects: ['Физика'] }),
  ];
  const richer = [
    mentor('A', { capacity: 1, subjects: ['Физика'] }),
    mentor('B', { capacity: 1, subjects: ['Химия'] }),
    mentor('C', { capacity: 1 }),
  ];

  it('a pick is kept, takes the place, stays a suggestion with its alternatives, and the rest is re-solved', () => {
    const free = ok(suggestPairsFromInput(richer, es, {}, { today: TODAY }));
    const xMentor = free.pairs.find((p) => p.menteeId === 'X')!.mentorId;
    const other = ['A', 'B', 'C'].find((m) => m !== xMentor)!;
    const r = ok(
      suggestPairsFromInput(
        richer,
        es,
        {},
        {
          today: TODAY,
          fixed: [{ mentorId: other, menteeId: 'X' }],
          excluded: [{ mentorId: 'B', menteeId: 'Y' }],
        },
      ),
    );
    const x = r.pairs.find((p) => p.menteeId === 'X')!;
    expect(x.mentorId).toBe(other);
    expect(x.fixed).toBe(true);
    expect(x.locked).toBe(false);
    expect(x.reasons[0]!.text).toBe('Наставник выбран куратором');
    expect(x.alternatives.length).toBeGreaterThan(0);
    expect(x.alternatives.some((a) => a.mentorId === other)).toBe(false);
    expect(r.pairs.filter((p) => p.mentorId === other)).toHaveLength(1);
    expect(r.pairs.some((p) => p.mentorId === 'B' && p.menteeId === 'Y')).toBe(false);
    expect(r.stats.suggested).toBe(r.pairs.length);
  });

  it('a pick that now breaks a rule or finds no place is dropped with a note saying why', () => {
    const r = ok(
      suggestPairsFromInput(
        ms,
        es,
        {},
        {
          today: TODAY,
          fixed: [
            { mentorId: 'A', menteeId: 'X' },
            { mentorId: 'A', menteeId: 'Y' },
            { mentorId: 'B', menteeId: 'Z' },
            { mentorId: 'Q', menteeId: 'Z' },
          ],
          excluded: [{ mentorId: 'B', menteeId: 'Z' }],
        },
      ),
    );
    expect(r.pairs.find((p) => p.menteeId === 'X')!.fixed).toBe(true);
    expect(r.pairs.filter((p) => p.fixed).map((p) => p.menteeId)).toEqual(['X']);
    expect(r.notes).toEqual([
      'Выбранная куратором пара «Q» – «Z» не найдена в банках и пропущена',
      'Выбор куратора «Наставляемый Z» ← «Наставник B» не сохранён: пара исключена куратором.',
      'Выбор куратора «Наставляемый Y» ← «Наставник A» не сохранён: наставник «Наставник A» готов взять 1, а с выбранными парами у него будет 2.',
    ]);
    expect(pairsOf(r)).toHaveLength(3);
  });
});

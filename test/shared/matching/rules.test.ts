import { describe, expect, it } from 'vitest';
import {
  type MatchingResult,
  parseMatchingSettings,
  type SuggestResult,
  suggestPairsFromInput,
} from '../../../shared/matching';
import { mentee, mentor, TODAY } from './helpers';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}
const pairsOf = (r: MatchingResult) => r.pairs.map((p) => `${p.mentorId}-${p.menteeId}`);
const unmatchedOf = (r: MatchingResult) => r.unmatched.map((u) => `${u.menteeId}:${u.code}`);

describe('hard rules', () => {
  it('consent: a mentee without consent is not matched, and says why; the rule cannot be switched off', () => {
    const m = [mentor('A'), mentor('B', { consent: false })];
    const e = [mentee('X', { consent: false }), mentee('Y')];
    const r = ok(suggestPairsFromInput(m, e, {}, { today: TODAY }));
    expect(pairsOf(r)).toEqual(['A-Y']);
    expect(r.unmatched[0]!.code).toBe('mentee-no-consent');
    expect(r.unmatched[0]!.reason).toBe('Нет согласия наставляемого на обработку ПД');
    // Settings saved when consent was a checkbox still parse, and the old «off» changes nothing.
    const old = parseMatchingSettings({ rules: { consent: false, form: true } });
    expect(old.ok).toBe(true);
    expect(old.ok && 'consent' in old.settings.rules).toBe(false);
    const off = ok(suggestPairsFromInput(m, e, { rules: { consent: false } }, { today: TODAY }));
    expect(pairsOf(off)).toEqual(['A-Y']);
    expect(unmatchedOf(off)).toEqual(['X:mentee-no-consent']);
  });

  it('consent: a mentor without consent is not used', () => {
    const r = ok(
      suggestPairsFromInput(
        [mentor('A', { consent: false }), mentor('B')],
        [mentee('X')],
        {},
        { today: TODAY },
      ),
    );
    expect(pairsOf(r)).toEqual(['B-X']);
    const none = ok(
      suggestPairsFromInput([mentor('A', { consent: false })], [mentee('X')], {}, { today: TODAY }),
    );
    expect(unmatchedOf(none)).toEqual(['X:no-consenting-mentor']);
    expect(none.unmatched[0]!.reason).toBe('Нет наставника с согласием на обработку ПД');
  });

  it('active: paused or departed mentors are not used unless the rule is off', () => {
    const m = [mentor('A', { status: 'paused' }), mentor('B', { status: 'left' })];
    const r = ok(suggestPairsFromInput(m, [mentee('X')], {}, { today: TODAY }));
    expect(unmatchedOf(r)).toEqual(['X:no-active-mentor']);
    const off = ok(
      suggestPairsFromInput(m, [mentee('X')], { rules: { activeMentor: false } }, { today: TODAY }),
    );
    expect(off.pairs).toHaveLength(1);
  });

  it('form: the wanted form must be one the mentor offers; the reason names the form', () => {
    const m = [mentor('A', { forms: ['teacher-teacher'] })];
    const e = [mentee('X', { role: 'student', wantedForm: 'teacher-student' })];
    const r = ok(suggestPairsFromInput(m, e, {}, { today: TODAY }));
    expect(unmatchedOf(r)).toEqual(['X:no-form']);
    expect(r.unmatched[0]!.reason).toBe('Нет наставника с формой «Учитель – ученик»');
    const off = ok(suggestPairsFromInput(m, e, { rules: { form: false } }, { today: TODAY }));
    expect(off.pairs[0]!.form).toBe('teacher-student'); // never «учитель – учитель» for a pupil
  });

  it('form: a pupil is never matched in «учитель – учитель», even when that is what the row says', () => {
    const m = [mentor('A', { forms: ['teacher-teacher'] })];
    const e = [mentee('X', { role: 'student', wantedForm: 'teacher-teacher' })];
    for (const form of [true, false]) {
      const r = ok(suggestPairsFromInput(m, e, { rules: { form } }, { today: TODAY }));
      expect(r.pairs).toEqual([]);
      expect(unmatchedOf(r)).toEqual(['X:pupil-teacher-form']);
    }
    // With no wanted form a pupil takes a pupil form the mentor offers.
    const r = ok(
      suggestPairsFromInput(
        [mentor('A', { forms: ['teacher-teacher', 'student-student'] })],
        [mentee('Y', { role: 'student' })],
        {},
        { today: TODAY },
      ),
    );
    expect(r.pairs[0]!.form).toBe('student-student');
  });

  it('capacity: a group is filled up to capacity and not past it', () => {
    const m = [mentor('A', { capacity: 3 })];
    const e = ['1', '2', '3', '4', '5'].map((id) => mentee(id));
    const r = ok(suggestPairsFromInput(m, e, {}, { today: TODAY }));
    expect(r.pairs).toHaveLength(3);
    expect(r.groups).toEqual([
      expect.objectContaining({ mentorId: 'A', capacity: 3, menteeIds: expect.any(Array) }),
    ]);
    expect(r.groups[0]!.menteeIds).toHaveLength(3);
    expect(r.unmatched.map((u) => u.code)).toEqual(['places-taken', 'places-taken']);
    expect(r.unmatched[0]!.reason).toContain('Все места у подходящих наставников заняты');
    expect(r.unmatched[0]!.alternatives[0]).toMatchObject({ mentorId: 'A', freePlaces: 0 });
  });

  it('capacity 0 gives no places and says so', () => {
    const r = ok(suggestPairsFromInput([mentor('A', { capacity: 0 })], [mentee('X')], {}, { today: TODAY }));
    expect(r.pairs).toEqual([]);
    expect(unmatchedOf(r)).toEqual(['X:no-free-places']);
  });

  it('not the same person: a teacher in both banks is not their own mentor', () => {
    const m = [mentor('A', { fullName: 'Иванова Анна', email: 'anna@school.ru' }), mentor('B')];
    const e = [mentee('X', { fullName: 'Анна Иванова', email: 'ANNA@school.ru' })];
    const r = ok(suggestPairsFromInput(m, e, { weights: { category: 0 } }, { today: TODAY }));
    expect(pairsOf(r)).toEqual(['B-X']);
    const only = ok(suggestPairsFromInput([m[0]!], e, {}, { today: TODAY }));
    expect(unmatchedOf(only)).toEqual(['X:only-self']);
    // Same name and organisation, no e-mail: the same person too.
    const byName = ok(
      suggestPairsFromInput(
        [mentor('A', { fullName: 'Петров Пётр', organisation: 'Школа 5' })],
        [mentee('X', { fullName: 'петров  пётр', organisation: 'школа 5' })],
        {},
        { today: TODAY },
      ),
    );
    expect(unmatchedOf(byName)).toEqual(['X:only-self']);
  });

  it('pairs the curator excluded are never suggested', () => {
    const m = [mentor('A', { subjects: ['Математика'] }), mentor('B')];
    const e = [mentee('X', { subjects: ['Математика'] })];
    const r = ok(
      suggestPairsFromInput(m, e, {}, { today: TODAY, excluded: [{ mentorId: 'A', menteeId: 'X' }] }),
    );
    expect(pairsOf(r)).toEqual(['B-X']);
    const all = ok(
      suggestPairsFromInput([m[0]!], e, {}, { today: TODAY, excluded: [{ mentorId: 'A', menteeId: 'X' }] }),
    );
    expect(unmatchedOf(all)).toEqual(['X:all-excluded']);
  });

  it('organisation scope: same school only, or across schools only', () => {
    const m = [mentor('A', { organisation: 'Школа 1' }), mentor('B', { organisation: 'Школа 2' })];
    const e = [mentee('X', { organisation: 'школа 1' })];
    const same = ok(suggestPairsFromInput(m, e, { rules: { organisationScope: 'same' } }, { today: TODAY }));
    expect(pairsOf(same)).toEqual(['A-X']);
    const other = ok(
      suggestPairsFromInput(m, e, { rules: { organisationScope: 'other' } }, { today: TODAY }),
    );
    expect(pairsOf(other)).toEqual(['B-X']);
    const none = ok(
      suggestPairsFromInput([m[1]!], e, { rules: { organisationScope: 'same' } }, { today: TODAY }),
    );
    expect(unmatchedOf(none)).toEqual(['X:no-same-organisation']);
    expect(none.unmatched[0]!.reason).toBe('Нет подходящего наставника в своей организации «школа 1»');
  });
});

describe('locked pairs', () => {
  it('are kept as they are and use their mentor’s places', () => {
    const m = [mentor('A', { capacity: 2, subjects: ['Физика'] }), mentor('B', { capacity: 1 })];
    const e = [mentee('X', { subjects: ['Физика'] }), mentee('Y', { subjects: ['Физика'] }), mentee('Z')];
    // Without locks X and Y would go to A (shared subject). Lock Z with A: A has one place left.
    const r = ok(
      suggestPairsFromInput(m, e, {}, { today: TODAY, locked: [{ mentorId: 'A', menteeId: 'Z' }] }),
    );
    const locked = r.pairs.filter((p) => p.locked);
    expect(locked.map((p) => `${p.mentorId}-${p.menteeId}`)).toEqual(['A-Z']);
    expect(locked[0]!.reasons[0]!.text).toBe('Пара закреплена куратором');
    expect(r.groups.find((g) => g.mentorId === 'A')!.menteeIds).toHaveLength(2);
    expect(r.groups.find((g) => g.mentorId === 'A')!.menteeIds[0]).toBe('Z');
    expect(r.pairs).toHaveLength(3);
    expect(r.stats.locked).toBe(1);
  });

  it('are kept even when they break a rule, with a warning; a full mentor gets no more', () => {
    const m = [mentor('A', { capacity: 1, consent: false })];
    const e = [mentee('X'), mentee('Y')];
    const r = ok(
      suggestPairsFromInput(m, e, {}, { today: TODAY, locked: [{ mentorId: 'A', menteeId: 'X' }] }),
    );
    expect(pairsOf(r)).toEqual(['A-X']);
    expect(r.pairs[0]!.warnings).toEqual([
      'Закреплённая пара нарушает правило: у наставника «Наставник A» нет согласия на обработку ПД',
    ]);
    expect(unmatchedOf(r)).toEqual(['Y:no-consenting-mentor']);
  });

  it('unknown or doubled locks are reported, not fatal', () => {
    const r = ok(
      suggestPairsFromInput(
        [mentor('A', { capacity: 2 })],
        [mentee('X')],
        {},
        {
          today: TODAY,
          locked: [
            { mentorId: 'A', menteeId: 'X' },
            { mentorId: 'A', menteeId: 'X' },
            { mentorId: 'Q', menteeId: 'X' },
          ],
        },
      ),
    );
    expect(r.pairs).toHaveLength(1);
    expect(r.notes).toEqual([
      'Наставляемый «X» закреплён дважды; оставлена первая пара',
      'Закреплённая пара «Q» – «X» не найдена в банках и пропущена',
      'Нет наставляемых для подбора',
    ]);
  });
});

describe('mentees outside the search', () => {
  it('already paired or finished mentees are skipped with a reason', () => {
    const r = ok(
      suggestPairsFromInput(
        [mentor('A', { capacity: 3 })],
        [mentee('X', { status: 'paired' }), mentee('Y', { status: 'finished' }), mentee('Z')],
        {},
        { today: TODAY },
      ),
    );
    expect(pairsOf(r)).toEqual(['A-Z']);
    expect(r.skipped.map((s) => s.reason)).toEqual(['Уже в паре (статус «В паре»)', 'Завершил программу']);
  });
});

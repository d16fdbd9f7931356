import { describe, expect, it } from 'vitest';
import { type MatchingResult, type SuggestResult, suggestPairsFromInput } from '../../../shared/matching';
import { mentee, mentor, TODAY } from './helpers';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('reasons', () => {
  const mentors = [
    mentor('A', {
      fullName: 'Иванова Анна Петровна',
      organisation: 'МБОУ СОШ № 3',
      subjects: ['Математика', 'Информатика'],
      competencies: ['Организация классного руководства', 'Подготовка к ОГЭ'],
      experienceYears: 22,
      category: 'highest',
      capacity: 2,
    }),
    mentor('B', { subjects: ['История'], experienceYears: 5, category: 'first' }),
  ];
  const mentees = [
    mentee('X', {
      organisation: 'МБОУ СОШ № 3',
      subjects: ['математика'],
      requests: ['классное руководство'],
      experienceYears: 1,
      age: 24,
      youngSpecialist: null,
    }),
  ];
  const r = ok(suggestPairsFromInput(mentors, mentees, { preset: 'balanced' }, { today: TODAY }));
  const pair = r.pairs[0]!;

  it('names the criteria that made the pair, in Russian, and they add up to the score', () => {
    expect(pair.mentorId).toBe('A');
    const texts = pair.reasons.map((x) => x.text);
    expect(texts).toContain('Общие предметы: математика');
    expect(texts).toContain(
      'Запросы ↔ компетенции: «классное руководство» — «Организация классного руководства»',
    );
    expect(texts).toContain('Одна организация: МБОУ СОШ № 3');
    expect(texts).toContain('Стаж наставника 22 года, наставляемого 1 год');
    expect(texts).toContain('Категория наставника: высшая');
    expect(texts).toContain(
      'Молодой специалист (до 35 лет, стаж до 3 лет) — приоритет по целевому показателю охвата',
    );
    expect(texts).toContain('У наставника это первый наставляемый (мест: 2)');
    expect(texts).toContain('Форма: Учитель – учитель');
    const sum = pair.reasons.reduce((s, x) => s + x.points, 0);
    expect(sum).toBeCloseTo(pair.score, 1);
    expect(pair.percent).toBe(Math.round((100 * pair.score) / pair.maxScore));
  });

  it('lists no criterion that did not contribute', () => {
    const other = ok(suggestPairsFromInput([mentors[1]!], mentees, {}, { today: TODAY })).pairs[0]!;
    const criteria = other.reasons.map((x) => x.criterion);
    expect(criteria).not.toContain('subjects');
    expect(criteria).not.toContain('requests');
    expect(criteria).not.toContain('organisation');
    expect(criteria).toContain('category');
  });

  it('gives the next best mentors as alternatives with their scores and free places', () => {
    expect(pair.alternatives).toEqual([
      expect.objectContaining({
        mentorId: 'B',
        freePlaces: 1,
        reasons: expect.arrayContaining(['Разница в стаже']),
      }),
    ]);
    expect(pair.alternatives[0]!.score).toBeLessThan(pair.score);
  });

  it('young-specialist priority decides who gets the last place', () => {
    const res = ok(
      suggestPairsFromInput(
        [mentor('A')],
        [
          mentee('X', { youngSpecialist: false }),
          mentee('Y', { age: 30, experienceYears: 2, youngSpecialist: null }),
        ],
        { preset: 'youngSpecialists' },
        { today: TODAY },
      ),
    );
    expect(res.pairs.map((p) => p.menteeId)).toEqual(['Y']);
    expect(res.unmatched[0]).toMatchObject({ menteeId: 'X', code: 'places-taken' });
  });

  it('spreads the load: with equal mentors, two mentees go to two mentors, not one group', () => {
    const res = ok(
      suggestPairsFromInput(
        [mentor('A', { capacity: 2 }), mentor('B', { capacity: 2 })],
        [mentee('X'), mentee('Y')],
        {},
        {
          today: TODAY,
        },
      ),
    );
    expect(res.groups.map((g) => g.menteeIds.length)).toEqual([1, 1]);
    const packed = ok(
      suggestPairsFromInput(
        [mentor('A', { capacity: 2 }), mentor('B', { capacity: 2 })],
        [mentee('X'), mentee('Y')],
        { weights: { loadSpreading: 0 } },
        { today: TODAY },
      ),
    );
    expect(packed.pairs).toHaveLength(2);
  });
});

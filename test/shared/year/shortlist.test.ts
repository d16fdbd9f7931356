import { describe, expect, it } from 'vitest';
import { Pair } from '../../../shared/model';
import { bestPairShortlist, meetingsFromValues } from '../../../shared/year/shortlist';

const pair = (id: string, extra: Partial<Pair> = {}) =>
  Pair.parse({
    id,
    mentorId: `NS-${id}`,
    menteeIds: [`NV-${id}`],
    form: 'teacher-teacher',
    startDate: '2025-10-01',
    ...extra,
  });
const plan = (pairId: string, total: number, done: number) =>
  Array.from({ length: total }, (_, i) => ({ pairId, done: i < done }));
const meet = (pairId: string, n: number) => Array.from({ length: n }, () => ({ pairId }));
const answer = (personId: string, satisfaction: number, submittedAt = '2026-03-01T10:00:00+03:00') => ({
  pairId: null,
  personId,
  satisfaction,
  submittedAt,
});

describe('«Лучшая пара» shortlist', () => {
  it('orders by the mean of meetings (against the most), plan done and satisfaction — counted by hand', () => {
    const list = bestPairShortlist({
      pairs: [pair('A'), pair('B'), pair('C'), pair('D', { status: 'terminated' }), pair('E')],
      planRows: [...plan('A', 4, 3), ...plan('B', 4, 4), ...plan('C', 5, 1), ...plan('D', 2, 2)],
      meetings: [...meet('A', 8), ...meet('B', 4), ...meet('C', 6), ...meet('D', 9)],
      responses: [answer('NV-A', 9), answer('NS-A', 7), answer('NV-B', 10), answer('NV-C', 6)],
    });
    // Most meetings among the candidates: A's 8 (D ended early and is no candidate).
    // A: (100 + 75 + 80) / 3 = 85; B: (50 + 100 + 100) / 3 = 83.3; C: (75 + 20 + 60) / 3 = 51.7; E: 0 meetings → 0.
    expect(list.map((e) => [e.pairId, e.score])).toEqual([
      ['A', 85],
      ['B', 83.3],
      ['C', 51.7],
      ['E', 0],
    ]);
    expect(list[0]).toMatchObject({ meetings: 8, planDone: 3, planTotal: 4, satisfaction: 8 });
  });

  it('without «Встречи» the figures the pair has decide; an answer counts only while the person was in the pair', () => {
    const list = bestPairShortlist(
      {
        pairs: [pair('A', { endDate: '2026-01-31' }), pair('B')],
        planRows: [...plan('A', 2, 2), ...plan('B', 2, 1)],
        meetings: null,
        responses: [answer('NV-A', 2, '2026-03-01T10:00:00+03:00'), answer('NV-B', 10)],
      },
      1,
    );
    // A: plan 100 (its later answer is after its end); B: (50 + 100) / 2 = 75.
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ pairId: 'A', score: 100, meetings: null, satisfaction: null });
  });

  it('reads meetings from the values of «Встречи» by its pair and date columns', () => {
    expect(
      meetingsFromValues([
        ['Отчёт о встречах'],
        ['Дата', 'ID пары', 'Тема'],
        [new Date(2025, 10, 5), 'PR-0004', 'Знакомство'],
        ['', 'PR-0004', 'не состоялась'],
        ['12.11.2025', ' PR-0005 ', ''],
      ]),
    ).toEqual([
      { pairId: 'PR-0004', date: '2025-11-05' },
      { pairId: 'PR-0005', date: '12.11.2025' },
    ]);
    expect(meetingsFromValues([['Что-то другое']])).toBeNull();
  });
});

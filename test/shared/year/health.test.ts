import { describe, expect, it } from 'vitest';
import {
  addMonth,
  DEFAULT_WEEKS_WITHOUT_MEETING,
  type HealthInput,
  type HealthPair,
  LOW_SCORE,
  pairsHealth,
} from '../../../shared/year';

const pair = (id: string, startDate: string | null, extra: Partial<HealthPair> = {}): HealthPair => ({
  id,
  status: 'active',
  startDate,
  endDate: null,
  orderDate: null,
  ...extra,
});

function health(today: string, over: Partial<HealthInput> = {}) {
  return pairsHealth({
    pairs: [pair('PR-0001', '2023-09-01')],
    meetings: [],
    responses: [],
    settings: { weeksWithoutMeeting: DEFAULT_WEEKS_WITHOUT_MEETING },
    today,
    ...over,
  });
}

const answer = (pairId: string, score: number, at: string, personId = 'NY-0001') => ({
  kind: 'feedback' as const,
  pairId,
  personId,
  respondentRole: 'mentee' as const,
  satisfaction: score,
  submittedAt: `${at}T10:00:00.000Z`,
});

describe('pair health', () => {
  it('a month after the start is a calendar month (the end of a month clamps)', () => {
    expect(addMonth('2023-09-01')).toBe('2023-10-01');
    expect(addMonth('2024-01-31')).toBe('2024-02-29');
    expect(addMonth('2023-12-15')).toBe('2024-01-15');
  });

  it('«Рано судить» under a month, then «Нужна встреча» only after N weeks without one, measured from the start', () => {
    expect(health('2023-09-30').get('PR-0001')!.state).toBe('early');
    // 30 days after the start, no meeting: past the first month, within 5 weeks.
    expect(health('2023-10-01').get('PR-0001')!.state).toBe('onTrack');
    expect(health('2023-10-06').get('PR-0001')!.state).toBe('onTrack'); // 35 days = 5 weeks exactly
    const late = health('2023-10-07').get('PR-0001')!;
    expect(late.state).toBe('needsMeeting');
    expect(late.needsAttention).toBe(true);
    expect(late.reasons).toEqual([
      'ни одной встречи с начала работы пары (01.09.2023); встречаться не реже раза в 5 нед.',
    ]);
  });

  it('a meeting resets the clock; the curator’s number of weeks is the rule; meetings ahead of today do not count', () => {
    const meetings = [
      { pairId: 'PR-0001', date: '2023-10-10' },
      { pairId: 'PR-0001', date: '2023-12-20' },
    ];
    expect(health('2023-11-14', { meetings }).get('PR-0001')!.state).toBe('onTrack');
    const h = health('2023-11-15', { meetings });
    expect(h.get('PR-0001')!.state).toBe('needsMeeting');
    expect(h.get('PR-0001')!.lastMeeting).toBe('2023-10-10');
    expect(h.get('PR-0001')!.reasons[0]).toBe(
      'нет встреч 5 нед. (последняя — 10.10.2023); встречаться не реже раза в 5 нед.',
    );
    expect(
      health('2023-11-15', { meetings, settings: { weeksWithoutMeeting: 8 } }).get('PR-0001')!.state,
    ).toBe('onTrack');
  });

  it('«Отстаёт план» from the plans’ count of overdue items, even in the first month', () => {
    const overduePlanItems = new Map([['PR-0001', 2]]);
    const h = health('2023-09-20', { overduePlanItems }).get('PR-0001')!;
    expect(h.state).toBe('planBehind');
    expect(h.reasons).toEqual(['просрочено пунктов плана: 2']);
    expect(health('2023-09-20', { overduePlanItems: new Map([['PR-0001', 0]]) }).get('PR-0001')!.state).toBe(
      'early',
    );
  });

  it('«Сигнал» from the latest interim answer of a participant at LOW_SCORE or lower; a higher later answer clears it', () => {
    const low = [answer('PR-0001', LOW_SCORE, '2023-10-05')];
    const h = health('2023-10-06', { responses: low }).get('PR-0001')!;
    expect(h.state).toBe('signal');
    expect(h.reasons[0]).toBe(
      'низкая оценка в анкете «Промежуточная обратная связь»: 4 из 10 (наставляемый, 05.10.2023)',
    );
    expect(
      health('2023-10-06', { responses: [answer('PR-0001', LOW_SCORE + 1, '2023-10-05')] }).get('PR-0001')!
        .state,
    ).toBe('onTrack');
    const met = [{ pairId: 'PR-0001', date: '2023-10-19' }];
    const later = [...low, answer('PR-0001', 8, '2023-10-20')];
    expect(health('2023-10-21', { responses: later, meetings: met }).get('PR-0001')!.state).toBe('onTrack');
    // Another participant's good answer does not cancel this one's low one.
    const other = [...low, answer('PR-0001', 9, '2023-10-20', 'NS-0001')];
    expect(health('2023-10-21', { responses: other, meetings: met }).get('PR-0001')!.state).toBe('signal');
    // Both a signal and a late plan and no meeting: the signal is the state, every reason is listed.
    const all = health('2023-11-30', { responses: low, overduePlanItems: new Map([['PR-0001', 1]]) }).get(
      'PR-0001',
    )!;
    expect(all.state).toBe('signal');
    expect(all.reasons).toHaveLength(3);
  });

  it('ended pairs have no state; a pair without dates and meetings needs one', () => {
    const h = health('2023-11-01', {
      pairs: [
        pair('PR-0001', '2023-09-01', { status: 'completed' }),
        pair('PR-0002', '2023-09-01', { endDate: '2023-10-31' }),
        pair('PR-0003', null),
      ],
    });
    expect([...h.keys()]).toEqual(['PR-0003']);
    expect(h.get('PR-0003')!.reasons).toEqual(['ни одной встречи, и у пары не указана дата начала']);
  });
});

import { describe, expect, it } from 'vitest';
import { MENTORING_FORMS } from '../../../shared/model';
import { parseDeadline } from '../../../shared/roadmap';
import {
  overduePlanItems,
  pairPeriod,
  parseOwnPlan,
  planItemStatus,
  plansCompleted,
  readPlanDeadlines,
  STANDARD_PLANS,
} from '../../../shared/year/plans';

const pairs = [
  { id: 'PR-0004', startDate: '2025-10-20', endDate: null },
  { id: 'PR-0005', startDate: '2025-11-03', endDate: '2026-05-31' },
];
const row = (
  pairId: string,
  activity: string,
  deadlineText: string,
  done = false,
  doneDate: string | null = null,
) => ({
  pairId,
  activity,
  deadlineText,
  done,
  doneDate,
});

describe('a pair’s plan read by the roadmap engine', () => {
  const rows = [
    row('PR-0004', 'Знакомство', 'в течение 2 недель после закрепления'),
    row('PR-0004', 'Встречи', 'ежемесячно'),
    row('PR-0004', 'Итоговая анкета', 'в конце программы'),
    row('PR-0005', 'Знакомство', 'в течение 2 недель после закрепления'),
    row('PR-0005', 'Итоговая анкета', 'в конце программы'),
    row('PR-0005', 'Открытый урок', 'через 2 месяца после знакомства'),
    row('PR-0004', 'Декабрь', 'декабрь'),
  ];
  const read = readPlanDeadlines(rows, pairs, '2025-10-21');

  it('relative deadlines count from the pair’s own start', () => {
    expect(read[0]!.deadline).toMatchObject({ kind: 'relative', start: '2025-10-20', end: '2025-11-03' });
    expect(read[3]!.deadline).toMatchObject({ kind: 'relative', start: '2025-11-03', end: '2025-11-17' });
  });

  it('«ежемесячно» runs from the pair’s start to its programme’s end; «в конце программы» is that end', () => {
    expect(read[1]!.deadline).toMatchObject({ kind: 'recurring', start: '2025-10-20', end: '2026-08-31' });
    expect(read[2]!.deadline).toMatchObject({ kind: 'by', end: '2026-08-31' });
    // A pair with «Дата окончания» ends its programme there.
    expect(read[4]!.deadline).toMatchObject({ kind: 'by', end: '2026-05-31' });
  });

  it('a month without a year belongs to the school year of the pair’s start', () => {
    expect(read[6]!.deadline).toMatchObject({ kind: 'month', start: '2025-12-01', end: '2025-12-31' });
  });

  it('a step after another step waits for it, then counts from its done date', () => {
    expect(read[5]!.deadline).toMatchObject({ kind: 'relative', start: null, end: null });
    const later = readPlanDeadlines(
      rows.map((r, i) => (i === 3 ? { ...r, done: true, doneDate: '2025-11-10' } : r)),
      pairs,
      '2025-11-11',
    );
    expect(later[5]!.deadline).toMatchObject({ start: '2025-11-10', end: '2026-01-10' });
  });

  it('a pair without a start date: relative steps have no date', () => {
    const [r] = readPlanDeadlines(
      [row('PR-0009', 'Знакомство', 'в течение 2 недель после закрепления')],
      [],
      '2025-10-21',
    );
    expect(planItemStatus(r!, '2025-12-01')).toBe('no-date');
  });

  it('overdue steps per pair follow the days', () => {
    expect(overduePlanItems(read, '2025-10-21')).toEqual(new Map());
    expect(overduePlanItems(read, '2025-11-04')).toEqual(new Map([['PR-0004', 1]]));
    expect(overduePlanItems(read, '2026-01-05')).toEqual(
      new Map([
        ['PR-0004', 2],
        ['PR-0005', 1],
      ]),
    );
    const done = read.map((r, i) => (i === 0 ? { ...r, done: true } : r));
    expect(overduePlanItems(done, '2026-01-05').get('PR-0004')).toBe(1);
  });
});

describe('standard plans', () => {
  it('every form has one, and every deadline in it is read with the pair’s dates', () => {
    const period = pairPeriod(pairs[0], '2025-10-21');
    for (const form of MENTORING_FORMS) {
      const steps = STANDARD_PLANS[form];
      expect(steps.length).toBeGreaterThan(4);
      const read = readPlanDeadlines(
        steps.map((s) => row('PR-0004', s.activity, s.deadline)),
        pairs,
        '2025-10-21',
      );
      for (const r of read) {
        expect(r.deadline.kind, r.deadlineText).not.toBe('none');
        expect(planItemStatus(r, '2025-10-21'), r.deadlineText).not.toBe('no-date');
      }
      expect(parseDeadline('ежемесячно', period).start).toBe('2025-10-20');
    }
  });
});

describe('the curator’s own plan and completion', () => {
  it('reads lines «пункт; срок», a tab too; a line without a step is named', () => {
    expect(
      parseOwnPlan('Знакомство; в течение недели после закрепления\nОтчёт\tв конце программы\n\nЧтение'),
    ).toEqual({
      ok: true,
      steps: [
        { activity: 'Знакомство', deadline: 'в течение недели после закрепления' },
        { activity: 'Отчёт', deadline: 'в конце программы' },
        { activity: 'Чтение', deadline: '' },
      ],
    });
    expect(parseOwnPlan('Знакомство; ежемесячно\n; декабрь')).toEqual({
      ok: false,
      errors: ['Строка 2: нет пункта плана (перед «;» пусто).'],
    });
    expect(parseOwnPlan('  \n').ok).toBe(false);
  });

  it('a plan is completed when it has steps and all are done', () => {
    const rows = [
      { pairId: 'A', done: true },
      { pairId: 'A', done: true },
      { pairId: 'B', done: true },
      { pairId: 'B', done: false },
    ];
    expect(plansCompleted(rows)).toEqual(new Set(['A']));
  });
});

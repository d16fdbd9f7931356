import { describe, expect, it } from 'vitest';
import {
  deadlineStatus,
  parseDeadline,
  STATUS_CODES,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
} from '../../../shared/roadmap';

const AY = '2023-2024';
const item = (text: string, done = false) => ({ done, deadline: parseDeadline(text, AY) });

describe('deadlineStatus', () => {
  it.each([
    // text, today, status, daysLeft
    ['10.11.2023', '2023-11-20', 'overdue', -10],
    ['10.11.2023', '2023-11-10', 'due-soon', 0],
    ['10.11.2023', '2023-10-27', 'due-soon', 14],
    ['10.11.2023', '2023-10-26', 'upcoming', 15],
    ['Октябрь', '2023-10-05', 'in-progress', 26],
    ['Октябрь', '2023-10-20', 'due-soon', 11],
    ['Октябрь', '2023-11-01', 'overdue', -1],
    ['Сентябрь - октябрь', '2023-09-10', 'in-progress', 51],
    ['До 1 декабря', '2023-09-10', 'upcoming', 82],
    ['До 1 декабря', '2023-12-02', 'overdue', -1],
    ['В течение года', '2024-01-10', 'in-progress', 234],
    ['В течение года', '2024-09-01', 'overdue', -1],
  ])('«%s» on %s → %s (%i days left)', (text, today, status, daysLeft) => {
    const s = deadlineStatus(item(text), today);
    expect(s.status).toBe(status);
    expect(s.daysLeft).toBe(daysLeft);
    expect(s.label).toBe(STATUS_LABELS[s.status]);
  });

  it('done wins over any date', () => {
    expect(deadlineStatus(item('10.11.2023', true), '2024-05-01')).toMatchObject({
      status: 'done',
      label: 'Выполнено',
    });
  });

  it('«due soon» follows the setting', () => {
    expect(deadlineStatus(item('10.11.2023'), '2023-11-01', { dueSoonDays: 5 }).status).toBe('upcoming');
    expect(deadlineStatus(item('10.11.2023'), '2023-11-06', { dueSoonDays: 5 }).status).toBe('due-soon');
  });

  it.each(['', 'По планам работы школ', 'После завершения анкетирования', 'По мере необходимости'])(
    '«%s» has no date',
    (text) => {
      expect(deadlineStatus(item(text), '2023-10-01')).toMatchObject({
        status: 'no-date',
        daysLeft: null,
        label: 'Без даты',
      });
    },
  );

  it('no deadline at all has no date', () => {
    expect(deadlineStatus({ deadline: null }, '2023-10-01').status).toBe('no-date');
  });

  it('recurring at named months gives the next occurrence', () => {
    const it1 = item('Ноябрь, апрель ежегодно');
    expect(deadlineStatus(it1, '2023-10-01')).toMatchObject({
      status: 'recurring',
      next: '2023-11-01',
      nextEnd: '2023-11-30',
      daysLeft: 60,
    });
    expect(deadlineStatus(it1, '2023-11-15')).toMatchObject({
      next: '2023-11-01',
      nextEnd: '2023-11-30',
      daysLeft: 15,
    });
    expect(deadlineStatus(it1, '2023-12-01')).toMatchObject({ next: '2024-04-01', nextEnd: '2024-04-30' });
    expect(deadlineStatus(it1, '2024-05-01')).toMatchObject({ next: '2024-11-01', nextEnd: '2024-11-30' });
  });

  it('yearly in June, seen in July, is next June', () => {
    expect(deadlineStatus(item('Июнь ежегодно'), '2024-07-01')).toMatchObject({
      status: 'recurring',
      next: '2025-06-01',
    });
  });

  it('monthly: the current month, within the period', () => {
    const m = item('Ежемесячно');
    expect(deadlineStatus(m, '2023-10-10')).toMatchObject({
      status: 'recurring',
      next: '2023-10-01',
      nextEnd: '2023-10-31',
      daysLeft: 21,
    });
    expect(deadlineStatus(m, '2023-08-10')).toMatchObject({ status: 'recurring', next: '2023-09-01' });
    expect(deadlineStatus(m, '2024-09-02').status).toBe('overdue');
  });

  it('quarterly («1 раз в четверть», «Ежеквартально»): the calendar quarter of today, within the period', () => {
    for (const text of ['1 раз в четверть', 'Ежеквартально']) {
      const q = item(text);
      expect(deadlineStatus(q, '2023-11-10')).toMatchObject({
        status: 'recurring',
        next: '2023-10-01',
        nextEnd: '2023-12-31',
        daysLeft: 51,
      });
      // September is in July–September, but the school year starts on 1 September.
      expect(deadlineStatus(q, '2023-09-05')).toMatchObject({ next: '2023-09-01', nextEnd: '2023-09-30' });
      expect(deadlineStatus(q, '2023-08-10')).toMatchObject({ next: '2023-09-01', nextEnd: '2023-09-30' });
      expect(deadlineStatus(q, '2024-09-02').status).toBe('overdue');
    }
  });

  it('«до 25 числа каждого месяца»: each month up to the 25th; after it, next month', () => {
    const m = item('до 25 числа каждого месяца');
    expect(deadlineStatus(m, '2023-10-10')).toMatchObject({
      status: 'recurring',
      next: '2023-10-01',
      nextEnd: '2023-10-25',
      daysLeft: 15,
    });
    expect(deadlineStatus(m, '2023-10-27')).toMatchObject({ next: '2023-11-01', nextEnd: '2023-11-25' });
    expect(deadlineStatus(m, '2023-12-26')).toMatchObject({ next: '2024-01-01', nextEnd: '2024-01-25' });
  });

  it('a relative deadline has no date until resolved, then the dates of its event', () => {
    const d = parseDeadline('В течение месяца после издания приказа', AY);
    expect(deadlineStatus({ deadline: d }, '2023-10-01').status).toBe('no-date');
    const resolved = { ...d, start: '2023-10-02', end: '2023-11-02', reason: null };
    expect(deadlineStatus({ deadline: resolved }, '2023-10-10')).toMatchObject({
      status: 'in-progress',
      daysLeft: 23,
    });
    expect(deadlineStatus({ deadline: resolved }, '2023-11-03').status).toBe('overdue');
  });

  it('«Ежегодно» without a month is recurring with no next date', () => {
    expect(deadlineStatus(item('Ежегодно'), '2023-10-10')).toMatchObject({
      status: 'recurring',
      next: null,
      daysLeft: null,
    });
  });
});

describe('status strings', () => {
  it('every status has a Russian label and a legend line', () => {
    for (const code of STATUS_CODES) {
      expect(STATUS_LABELS[code]).toMatch(/^[А-ЯЁ][а-яё ]+$/);
      expect(STATUS_DESCRIPTIONS[code].length).toBeGreaterThan(10);
    }
  });
});

describe('deadlineStatus input', () => {
  it('a malformed «today» is a programming error, said plainly', () => {
    expect(() => deadlineStatus(item('Май'), '01.05.2024')).toThrow('не дата ГГГГ-ММ-ДД');
  });
});

/** «В конце программы» and dated events outside the list: what a pair's plan needs of the roadmap engine. */
import { describe, expect, it } from 'vitest';
import { academicYear, deadlineStatus, parseDeadline, resolveRelative } from '../../../shared/roadmap';
import { deadlineReading } from '../../../shared/roadmap/reading';

const P = academicYear(2025);

describe('the end of the programme (or year) as a deadline', () => {
  it.each([
    'В конце программы',
    'в конце реализации программы',
    'По окончании программы',
    'по завершении персонализированной программы',
    'К концу программы наставничества',
    'До окончания программы',
    'в конце учебного года',
  ])('«%s» is «by» the last day of the period', (text) => {
    expect(parseDeadline(text, P)).toMatchObject({
      kind: 'by',
      start: null,
      end: '2026-08-31',
      reason: null,
    });
  });

  it('uses the period it is given: a pair’s programme ends when the pair’s period does', () => {
    const pair = { ...P, start: '2025-10-20', end: '2026-05-31' };
    expect(parseDeadline('в конце программы', pair)).toMatchObject({ kind: 'by', end: '2026-05-31' });
  });

  it('without a period there is no date, and the reason says why', () => {
    const d = parseDeadline('в конце программы', null);
    expect(d.kind).toBe('none');
    expect(d.reason).toContain('период');
  });

  it('«после окончания программы» stays relative (after, not at, the end); other events stay relative', () => {
    expect(parseDeadline('после окончания программы', P).kind).toBe('relative');
    expect(parseDeadline('По окончании анкетирования', P).kind).toBe('relative');
  });
});

describe('events with a date that are not activities of the list', () => {
  const items = [
    {
      activity: 'Знакомство, согласование плана',
      deadline: parseDeadline('в течение 2 недель после закрепления', P),
    },
    {
      activity: 'Входная диагностика',
      deadline: parseDeadline('в течение месяца после закрепления пары', P),
    },
    { activity: 'Итог', deadline: parseDeadline('через 3 месяца после знакомства', P) },
  ];

  it('a relative deadline takes its dates from an event passed alongside (the pair’s start)', () => {
    const out = resolveRelative(items, {
      events: [{ name: 'Закрепление наставнической пары', date: '2025-10-20' }],
    });
    expect(out[0]!.deadline).toMatchObject({
      kind: 'relative',
      start: '2025-10-20',
      end: '2025-11-03',
      reason: null,
    });
    expect(out[1]!.deadline).toMatchObject({ start: '2025-10-20', end: '2025-11-20' });
    // An item of the list is still found first when it is the one named.
    expect(out[2]!.deadline).toMatchObject({ start: null, end: null });
    expect(out).toHaveLength(3);
  });

  it('without the event the deadline waits, as before', () => {
    expect(resolveRelative(items)[0]!.deadline).toMatchObject({ start: null, end: null });
  });

  it('a resolved deadline is coloured by its dates as days pass', () => {
    const [first] = resolveRelative(items, { events: [{ name: 'Закрепление пары', date: '2025-10-20' }] });
    expect(deadlineStatus(first!, '2025-10-22').status).toBe('due-soon');
    expect(deadlineStatus(first!, '2025-11-04').status).toBe('overdue');
    expect(deadlineStatus({ ...first!, done: true }, '2025-11-04').status).toBe('done');
  });

  it('the import preview reads «в конце программы» as «до …»', () => {
    expect(deadlineReading(parseDeadline('в конце программы', P)).text).toBe('до 31.08.2026');
  });
});

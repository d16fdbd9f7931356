import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDate, parseNumber, splitList } from '../../../shared/sheets/cells';

describe('cell readers', () => {
  it.each([
    ['да', true],
    ['Да', true],
    ['есть', true],
    ['+', true],
    ['✓', true],
    ['TRUE', true],
    [true, true],
    ['нет', false],
    ['-', false],
    [false, false],
    ['да, 01.09.2023', true],
  ])('boolean %s → %s', (input, expected) => {
    expect(parseBoolean(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects an unreadable boolean with the value in the message', () => {
    const r = parseBoolean('может быть');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('«может быть»');
  });

  it.each([
    ['3,5', 3.5],
    ['12', 12],
    ['5 лет', 5],
    [7, 7],
    ['1 200', 1200],
  ])('number %s → %s', (input, expected) => {
    expect(parseNumber(input, false)).toEqual({ ok: true, value: expected });
  });

  it('integer refuses a fraction and text', () => {
    expect(parseNumber('2,5', true).ok).toBe(false);
    expect(parseNumber('десять', false).ok).toBe(false);
  });

  it.each([
    ['01.09.2023', '2023-09-01'],
    ['1.9.23', '2023-09-01'],
    ['2023-09-01', '2023-09-01'],
    ['01.09.2023 г.', '2023-09-01'],
    ['5 марта 2024', '2024-03-05'],
  ])('date %s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it('a Date cell is read by its calendar date', () => {
    expect(parseDate(new Date(2024, 1, 29))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('refuses a date that is not in the calendar', () => {
    const r = parseDate('31.02.2020');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('нет такой даты');
  });

  it('splits lists on commas, semicolons and line breaks', () => {
    expect(splitList('математика, физика;информатика\nхимия')).toEqual([
      'математика',
      'физика',
      'информатика',
      'химия',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isYoungSpecialist, Mentee } from '../../../shared/model';
import { fullYear, parseBoolean, parseDate, parseNumber, splitList } from '../../../shared/sheets/cells';

const TODAY = '2025-11-20';
const on = { today: TODAY };

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
    // Months as shared/text reads them: abbreviated, in any case.
    ['16 сент. 2024', '2024-09-16'],
    ['1 Мая 2024', '2024-05-01'],
  ])('date %s → %s', (input, expected) => {
    expect(parseDate(input, on)).toEqual({ ok: true, value: expected });
  });

  it('a Date cell is read by its calendar date', () => {
    expect(parseDate(new Date(2024, 1, 29), on)).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each([
    ['31.02.2020', 'нет такой даты: «31.02.2020»'],
    ['31.02.2001', 'нет такой даты: «31.02.2001»'],
    ['01.13.2001', 'нет такой даты: «01.13.2001»'],
    ['2001-13-01', 'нет такой даты: «2001-13-01»'],
    ['00.05.2001', 'нет такой даты: «00.05.2001»'],
    ['29.02.2023', 'нет такой даты: «29.02.2023»'],
  ])('refuses %s, a date that is not in the calendar', (input, message) => {
    expect(parseDate(input, on)).toEqual({ ok: false, message });
    expect(parseDate(input, on, 'birth')).toEqual({ ok: false, message });
  });
});

describe('two-digit years', () => {
  it.each([
    // A birth date is never in the future: the latest year ending in those digits, on or before today.
    ['14.03.65', '1965-03-14'],
    ['05.04.02', '2002-04-05'],
    ['29.02.00', '2000-02-29'],
    ['01.12.19', '2019-12-01'],
    ['21.11.99', '1999-11-21'],
  ])('birth date %s → %s', (input, expected) => {
    expect(parseDate(input, on, 'birth')).toEqual({ ok: true, value: expected });
  });

  it('a birth year is the latest that is not in the future, to the day', () => {
    expect(fullYear(25, 11, 20, TODAY, 'birth')).toBe(2025);
    expect(fullYear(25, 11, 21, TODAY, 'birth')).toBe(1925);
    expect(fullYear(65, 3, 14, TODAY, 'birth')).toBe(1965);
    expect(fullYear(65, 3, 14, '2065-03-14', 'birth')).toBe(2065);
  });

  it.each([
    // Other dates: from 80 years before today to 20 years after it.
    ['1.9.23', '2023-09-01'],
    ['14.03.65', '1965-03-14'],
    ['20.11.45', '1945-11-20'],
    ['19.11.45', '2045-11-19'],
    ['21.11.45', '1945-11-21'],
    ['01.01.46', '1946-01-01'],
    ['29.02.00', '2000-02-29'],
  ])('any other date %s → %s', (input, expected) => {
    expect(parseDate(input, on)).toEqual({ ok: true, value: expected });
  });
});

describe('birth dates that cannot be right', () => {
  it.each([
    ['14.03.2030', 'дата рождения «14.03.2030» ещё не наступила; проверьте год'],
    ['21.11.2025', 'дата рождения «21.11.2025» ещё не наступила; проверьте год'],
    ['2030-03-14', 'дата рождения «2030-03-14» ещё не наступила; проверьте год'],
    [new Date(2030, 2, 14), 'дата рождения «14.03.2030» ещё не наступила; проверьте год'],
    [47556, 'дата рождения «14.03.2030» ещё не наступила; проверьте год'],
    ['01.01.2023', 'по дате рождения «01.01.2023» человеку меньше 5 лет; проверьте год'],
    ['01.11.25', 'по дате рождения «01.11.25» человеку меньше 5 лет; проверьте год'],
    [new Date(2024, 0, 1), 'по дате рождения «01.01.2024» человеку меньше 5 лет; проверьте год'],
    ['20.11.1924', 'по дате рождения «20.11.1924» человеку больше 100 лет; проверьте год'],
    [new Date(1901, 0, 1), 'по дате рождения «01.01.1901» человеку больше 100 лет; проверьте год'],
  ] as const)('refuses %s', (input, message) => {
    expect(parseDate(input, on, 'birth')).toEqual({ ok: false, message });
  });

  it('keeps the oldest and the youngest sane ages', () => {
    expect(parseDate('21.11.1924', on, 'birth')).toEqual({ ok: true, value: '1924-11-21' });
    expect(parseDate('20.11.2020', on, 'birth')).toEqual({ ok: true, value: '2020-11-20' });
  });

  it('the same dates are fine where the future is allowed (a planned meeting, an order)', () => {
    expect(parseDate('14.03.2030', on)).toEqual({ ok: true, value: '2030-03-14' });
    expect(parseDate(new Date(2030, 2, 14), on)).toEqual({ ok: true, value: '2030-03-14' });
  });

  it('«14.03.65» makes a 60-year-old, not a young specialist', () => {
    const r = parseDate('14.03.65', on, 'birth');
    const mentee = Mentee.parse({
      id: 'NV-1',
      fullName: 'Иванова Мария',
      birthDate: r.ok ? r.value : null,
      experienceYears: 1,
    });
    expect(isYoungSpecialist(mentee, TODAY)).toBe(false);
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

import { describe, expect, it } from 'vitest';
import {
  academicYear,
  academicYearOf,
  calendarYear,
  parseDeadline,
  parsePeriod,
  toPeriod,
} from '../../../shared/roadmap';

const AY23 = '2023-2024';
const AY22 = '2022-23';
const CY23 = '2023';

type Row = [text: string, context: string | null, kind: string, start: string | null, end: string | null];

describe('parseDeadline: every form of DOMAIN.md and the fixtures', () => {
  it.each<Row>([
    ['Январь 2023г.', CY23, 'month', '2023-01-01', '2023-01-31'],
    ['Декабрь 2023г.', CY23, 'month', '2023-12-01', '2023-12-31'],
    ['Сентябрь 2022г', AY22, 'month', '2022-09-01', '2022-09-30'],
    ['Ноябрь 2022', AY22, 'month', '2022-11-01', '2022-11-30'],
    ['Сентябрь - октябрь', AY23, 'month', '2023-09-01', '2023-10-31'],
    ['Сентябрь–октябрь', AY23, 'month', '2023-09-01', '2023-10-31'],
    ['Январьапрель', AY23, 'month', '2024-01-01', '2024-04-30'],
    ['Январь-апрель 2023', null, 'month', '2023-01-01', '2023-04-30'],
    ['Февраль', AY23, 'month', '2024-02-01', '2024-02-29'],
    ['10.11.2022 г', AY22, 'date', '2022-11-10', '2022-11-10'],
    ['10.11.22', null, 'date', '2022-11-10', '2022-11-10'],
    ['10 ноября 2022 года', null, 'date', '2022-11-10', '2022-11-10'],
    ['15.05', AY23, 'date', '2024-05-15', '2024-05-15'],
    ['До 21.11.2022г', AY22, 'by', null, '2022-11-21'],
    ['До 01.12.2022г', AY22, 'by', null, '2022-12-01'],
    ['До 1 декабря', AY22, 'by', null, '2022-12-01'],
    ['не позднее 20 мая', AY23, 'by', null, '2024-05-20'],
    ['до конца учебного года', AY23, 'by', null, '2024-08-31'],
    ['В течение года', AY23, 'period', '2023-09-01', '2024-08-31'],
    ['В течение года', CY23, 'period', '2023-01-01', '2023-12-31'],
    ['В течение учебного года', AY22, 'period', '2022-09-01', '2023-08-31'],
    ['Постоянно', AY23, 'period', '2023-09-01', '2024-08-31'],
    ['В течение 2023 года', null, 'period', '2023-01-01', '2023-12-31'],
    [
      'В течение года, в соответствии со сроками проведения мероприятий',
      AY22,
      'period',
      '2022-09-01',
      '2023-08-31',
    ],
    ['1-15 сентября', AY23, 'range', '2023-09-01', '2023-09-15'],
    ['с 1 по 15 сентября', AY23, 'range', '2023-09-01', '2023-09-15'],
    ['10.11.2022 - 20.12.2022', null, 'range', '2022-11-10', '2022-12-20'],
    ['<b>Декабрь 2023г.</b>', CY23, 'month', '2023-12-01', '2023-12-31'],
    ['Сентябрь, октябрь', AY23, 'month', '2023-09-01', '2023-10-31'],
    ['декабрь, январь', AY23, 'month', '2023-12-01', '2024-01-31'],
    ['**До 01.12.2022г**', AY22, 'by', null, '2022-12-01'],
  ])('«%s» in %s → %s %s…%s', (text, context, kind, start, end) => {
    const d = parseDeadline(text, context);
    expect({ kind: d.kind, start: d.start, end: d.end, reason: d.reason }).toEqual({
      kind,
      start,
      end,
      reason: null,
    });
    expect(d.raw).toBe(text);
  });
});

describe('parseDeadline: months as shared/text spells them (abbreviated, in any case)', () => {
  it.each<Row>([
    ['До 15 сент. 2025', null, 'by', null, '2025-09-15'],
    ['1 нояб. – 20 дек.', AY23, 'range', '2023-11-01', '2023-12-20'],
    ['к сентябрю', AY23, 'month', '2023-09-01', '2023-09-30'],
    ['в мае', AY23, 'month', '2024-05-01', '2024-05-31'],
    ['Декада наставничества', AY23, 'none', null, null],
  ])('«%s» in %s → %s %s…%s', (text, context, kind, start, end) => {
    const d = parseDeadline(text, context);
    expect([d.kind, d.start, d.end]).toEqual([kind, start, end]);
  });
});

describe('parseDeadline: year rules', () => {
  it.each([
    ['Сентябрь', AY23, '2023-09-01'],
    ['Декабрь', AY23, '2023-12-01'],
    ['Январь', AY23, '2024-01-01'],
    ['Август', AY23, '2024-08-01'],
    ['Январь', CY23, '2023-01-01'],
    ['Декабрь', CY23, '2023-12-01'],
    ['Сентябрь', AY22, '2022-09-01'],
    ['Март', '2022-2023 учебный год', '2023-03-01'],
  ])('«%s» in %s starts %s', (text, context, start) => {
    expect(parseDeadline(text, context).start).toBe(start);
  });

  it('accepts a Period object as the context', () => {
    expect(parseDeadline('Май', academicYear(2024)).start).toBe('2025-05-01');
    expect(parseDeadline('Май', calendarYear(2024)).start).toBe('2024-05-01');
  });
});

describe('parseDeadline: ranges across New Year', () => {
  it.each<Row>([
    ['Ноябрь – февраль', AY23, 'month', '2023-11-01', '2024-02-29'],
    ['Ноябрь – февраль', CY23, 'month', '2023-11-01', '2024-02-29'],
    ['Декабрь-январь', AY22, 'month', '2022-12-01', '2023-01-31'],
    ['с 20.12 по 10.01', CY23, 'range', '2023-12-20', '2024-01-10'],
    ['с 20.12 по 10.01', AY23, 'range', '2023-12-20', '2024-01-10'],
    ['ноябрь 2022 - февраль 2023', null, 'month', '2022-11-01', '2023-02-28'],
    ['ноябрь - февраль 2023', null, 'month', '2022-11-01', '2023-02-28'],
    ['Сентябрь 2022 – май 2023', null, 'month', '2022-09-01', '2023-05-31'],
  ])('«%s» in %s → %s %s…%s', (text, context, kind, start, end) => {
    const d = parseDeadline(text, context);
    expect([d.kind, d.start, d.end]).toEqual([kind, start, end]);
  });
});

describe('parseDeadline: recurring', () => {
  it('«Ноябрь, апрель ежегодно»: named months, from the earliest to the latest in the period', () => {
    const d = parseDeadline('Ноябрь, апрель ежегодно', AY22);
    expect(d).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'months', months: [11, 4] },
      start: '2022-11-01',
      end: '2023-04-30',
    });
  });

  it('«Июнь ежегодно»: yearly in June', () => {
    expect(parseDeadline('Июнь ежегодно', AY22)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'year', months: [6] },
      start: '2023-06-01',
      end: '2023-06-30',
    });
  });

  it('«Ежемесячно, в т.ч. на «входе» и «выходе» из программы»: monthly through the period', () => {
    expect(parseDeadline('Ежемесячно, в т.ч. на «входе» и «выходе» из программы', AY23)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'month', months: [] },
      start: '2023-09-01',
      end: '2024-08-31',
    });
  });

  it('«В течение года Сентябрь ежегодно»: the recurrence wins over «в течение года»', () => {
    expect(parseDeadline('В течение года Сентябрь ежегодно', AY22)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'year', months: [9] },
      start: '2022-09-01',
    });
  });

  it('«Ежегодно» with no month: recurring, no dates', () => {
    expect(parseDeadline('Ежегодно', AY23)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'year', months: [] },
      start: null,
      end: null,
    });
  });
});

describe('parseDeadline: relative', () => {
  it.each([
    [
      'В течение месяца после издания приказа директора школы об отборе наставников',
      'издания приказа директора школы об отборе наставников',
    ],
    ['После завершения анкетирования', 'завершения анкетирования'],
    ['По итогам мониторинга', 'мониторинга'],
  ])('«%s» depends on «%s»', (text, dependsOn) => {
    const d = parseDeadline(text, AY23);
    expect(d).toMatchObject({ kind: 'relative', dependsOn, start: null, end: null });
  });
});

describe('parseDeadline: what must stay "none", with a reason', () => {
  it.each([
    ['', 'срок не указан'],
    ['   ', 'срок не указан'],
    ['<p></p>', 'срок не указан'],
    ['В', 'не распознан'],
    ['TBD', 'не распознан'],
    ['2 раза в год', 'не распознан'],
    ['По планам работы школ', 'задан другим документом'],
    ['В соответствии со сроками проведения мероприятий', 'задан другим документом'],
    ['По мере необходимости', 'по необходимости'],
    ['Еженедельно', 'чаще раза в месяц'],
    ['31.02.2023', 'нет в календаре'],
    ['10.11.2022, 15.12.2022', 'несколько отдельных дат'],
    ['15.12.2023 - 10.11.2023', 'конец раньше начала'],
    ['май 2024 - март 2024', 'конец раньше начала'],
    ['Декабрь, май', 'несколько отдельных месяцев'],
    ['2 неделя сентября', 'не распознан'],
  ])('«%s» → none (%s)', (text, reason) => {
    const d = parseDeadline(text, AY23);
    expect(d.kind).toBe('none');
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
    expect(d.reason).toContain(reason);
  });

  it('a month with no year and no period is not guessed', () => {
    const d = parseDeadline('Сентябрь');
    expect(d.kind).toBe('none');
    expect(d.reason).toContain('нет года');
    expect(parseDeadline('До 1 декабря', null).kind).toBe('none');
  });

  it('«В течение года» with no period is a period without dates', () => {
    expect(parseDeadline('В течение года')).toMatchObject({ kind: 'period', start: null, end: null });
  });
});

describe('periods', () => {
  it.each([
    ['ДОРОЖНАЯ КАРТА на 2023 - 2024 учебный год', 'academic', 2023],
    ['… в ОУ Богучанского района на 2022-23 учебный год', 'academic', 2022],
    ['«Дорожная карта» … школа» на 2023год', 'calendar', 2023],
    ['на 2024/2025 уч. год', 'academic', 2024],
    ['на 2023 учебный год', 'academic', 2023],
    ['План на 2025 г.', 'calendar', 2025],
  ])('«%s» → %s %i', (text, kind, startYear) => {
    expect(parsePeriod(text)).toMatchObject({ kind, startYear });
  });

  it.each(['к приказу № 148-02 от 21.11.2022г.', 'без года', '2023-2025 учебный год', 'на 1800 год'])(
    '«%s» is not a period',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('academicYearOf splits at 1 September', () => {
    expect(academicYearOf('2024-08-31').label).toBe('2023-2024 учебный год');
    expect(academicYearOf('2024-09-01').label).toBe('2024-2025 учебный год');
    expect(academicYearOf('2025-01-15')).toMatchObject({ start: '2024-09-01', end: '2025-08-31' });
  });

  it('toPeriod reads bare years and pairs', () => {
    expect(toPeriod('2023')?.kind).toBe('calendar');
    expect(toPeriod('2023-2024')?.kind).toBe('academic');
    expect(toPeriod('чепуха')).toBeNull();
    expect(toPeriod(null)).toBeNull();
  });
});

type Full = [
  text: string,
  context: string | null,
  kind: string,
  start: string | null,
  end: string | null,
  every?: string,
];

function expectDeadline([text, context, kind, start, end, every]: Full): void {
  const d = parseDeadline(text, context);
  expect({ kind: d.kind, start: d.start, end: d.end, every: d.recurrence?.every }).toEqual({
    kind,
    start,
    end,
    every,
  });
}

describe('parseDeadline: academic years named in the cell', () => {
  // Two consecutive years are a school year, however written; a calendar period in the document does not
  // change that (before: each of these was the calendar year 2023 or unread).
  it.each<Full>([
    ['в течение 2023-2024 учебного года', null, 'period', '2023-09-01', '2024-08-31'],
    ['в течение 2023-2024 учебного года', CY23, 'period', '2023-09-01', '2024-08-31'],
    ['В течение 2023 – 2024 учебного года', null, 'period', '2023-09-01', '2024-08-31'],
    ['2023/2024', null, 'period', '2023-09-01', '2024-08-31'],
    ['2023/2024', CY23, 'period', '2023-09-01', '2024-08-31'],
    ['2023/24 уч. год', null, 'period', '2023-09-01', '2024-08-31'],
    ['в течение уч. года', AY23, 'period', '2023-09-01', '2024-08-31'],
    ['В течение уч.года', AY22, 'period', '2022-09-01', '2023-08-31'],
    ['в течение 2023-2024 уч. года', null, 'period', '2023-09-01', '2024-08-31'],
    ['2023–2024 гг.', null, 'period', '2023-09-01', '2024-08-31'],
    ['2023-2024 гг', CY23, 'period', '2023-09-01', '2024-08-31'],
    ['в течение 2023 учебного года', null, 'period', '2023-09-01', '2024-08-31'],
    // The years named in the cell give months their year.
    ['Сентябрь 2023/2024 уч. года', null, 'month', '2023-09-01', '2023-09-30'],
    ['Март 2023-2024 учебного года', CY23, 'month', '2024-03-01', '2024-03-31'],
    // Years further apart are a span of years: calendar, or school years when the text says so.
    ['2023-2025 гг.', null, 'period', '2023-01-01', '2025-12-31'],
    ['2023-2025 учебные годы', null, 'period', '2023-09-01', '2025-08-31'],
    // Not a pair of years: dates on both sides of the dash.
    ['10.11.2022 - 20.12.2022', null, 'range', '2022-11-10', '2022-12-20'],
  ])('«%s» in %s → %s %s…%s', (...row) => expectDeadline(row));

  it('a second year before the first is refused, not read as either', () => {
    expect(parseDeadline('2024-2023 гг.', null)).toMatchObject({ kind: 'none', start: null, end: null });
    expect(parseDeadline('2024-2023 гг.', null).reason).toContain('конец раньше начала');
  });
});

describe('parseDeadline: the forms of the Word/PDF roadmaps', () => {
  it.each<Full>([
    ['1 раз в четверть', AY23, 'recurring', '2023-09-01', '2024-08-31', 'quarter'],
    ['Ежеквартально', CY23, 'recurring', '2023-01-01', '2023-12-31', 'quarter'],
    ['раз в квартал', AY22, 'recurring', '2022-09-01', '2023-08-31', 'quarter'],
    ['каждую четверть', AY23, 'recurring', '2023-09-01', '2024-08-31', 'quarter'],
    ['IV квартал 2023', null, 'month', '2023-10-01', '2023-12-31'],
    ['IV квартал 2022', AY22, 'month', '2022-10-01', '2022-12-31'],
    ['II квартал', CY23, 'month', '2023-04-01', '2023-06-30'],
    ['I квартал', AY23, 'month', '2024-01-01', '2024-03-31'],
    ['1-й квартал 2024 г.', null, 'month', '2024-01-01', '2024-03-31'],
    ['I-II квартал 2024', null, 'month', '2024-01-01', '2024-06-30'],
    ['до конца III квартала', CY23, 'by', null, '2023-09-30'],
    ['до 25 числа каждого месяца', CY23, 'recurring', '2023-01-01', '2023-12-31', 'month'],
    ['Ежемесячно до 10 числа', AY23, 'recurring', '2023-09-01', '2024-08-31', 'month'],
    ['Август 2023 – май 2024', null, 'month', '2023-08-01', '2024-05-31'],
    ['Август 2023 – май 2024', CY23, 'month', '2023-08-01', '2024-05-31'],
    ['Август 2022 – май 2023', AY22, 'month', '2022-08-01', '2023-05-31'],
    ['Декабрь 2022 г. – апрель 2023 г.', AY22, 'month', '2022-12-01', '2023-04-30'],
    ['Август – сентябрь 2022 г.', AY22, 'month', '2022-08-01', '2022-09-30'],
    ['По мере необходимости', AY23, 'none', null, null],
  ])('«%s» in %s → %s %s…%s %s', (...row) => expectDeadline(row));

  it('«до 25 числа каждого месяца» keeps the day', () => {
    expect(parseDeadline('до 25 числа каждого месяца', CY23).recurrence).toEqual({
      every: 'month',
      months: [],
      day: 25,
    });
  });

  it('«По мере необходимости» says why it has no date', () => {
    expect(parseDeadline('По мере необходимости', AY23).reason).toContain('по необходимости');
  });

  it.each(['IV квартал', '2 квартал'])('«%s» with no period has no year, and says so', (text) => {
    expect(parseDeadline(text, null)).toMatchObject({ kind: 'none' });
    expect(parseDeadline(text, null).reason).toContain('нет года');
  });

  it.each(['до IV квартала', 'IV-II квартал 2024', 'IV квартал 2023 2024', 'II квартал, IV квартал'])(
    '«%s» is not guessed',
    (text) => {
      expect(parseDeadline(text, AY23).kind).toBe('none');
    },
  );
});

describe('parseDeadline: a day range written backwards in one month', () => {
  // «15-1 сентября» is a slip of the pen (15 August? 15 September – 1 October?); it used to become
  // 15 September 2023 – 1 September 2024, a silent year. It is refused with a reason instead.
  it.each(['15-1 сентября', 'с 15 по 1 сентября', '15.09 - 01.09'])('«%s» → none', (text) => {
    const d = parseDeadline(text, AY23);
    expect(d).toMatchObject({ kind: 'none', start: null, end: null });
    expect(d.reason).toContain('конец раньше начала');
  });

  it('a range across New Year still crosses it', () => {
    expect(parseDeadline('с 20.12 по 10.01', CY23)).toMatchObject({ start: '2023-12-20', end: '2024-01-10' });
    expect(parseDeadline('Январь – сентябрь', AY23)).toMatchObject({
      start: '2024-01-01',
      end: '2024-09-30',
    });
  });
});

describe('parseDeadline: two-digit years', () => {
  // The year with those two digits nearest to the period's first year; 20YY without a period.
  it.each([
    ['10.11.22', null, '2022-11-10'],
    ['10.11.22', AY23, '2022-11-10'],
    ['10.11.99', '2000', '1999-11-10'],
    ['10.11.01', '2099', '2101-11-10'],
  ])('«%s» in %s → %s', (text, context, date) => {
    const d = parseDeadline(text, context);
    if (date > '2100') expect(d.kind).toBe('none');
    else expect(d.start).toBe(date);
  });
});

describe('parseDeadline: relative deadlines keep their length', () => {
  it.each([
    ['В течение месяца после издания приказа об отборе наставников', { count: 1, unit: 'month' }],
    ['В течение 2 недель после закрепления пар', { count: 2, unit: 'week' }],
    ['в течение десяти дней после анкетирования', { count: 10, unit: 'day' }],
    ['Через 5 рабочих дней после заседания', { count: 5, unit: 'day' }],
    ['После завершения анкетирования', null],
  ])('«%s» → %j', (text, after) => {
    const d = parseDeadline(text, AY23);
    expect(d).toMatchObject({ kind: 'relative', start: null, end: null, after });
    expect(d.reason).toContain('отсчитывается от события');
  });
});

describe('parseDeadline: a cell too long to be a deadline', () => {
  it('over 1,000 characters is not read, and the reason gives the length', () => {
    const text = `В течение года ${'и так далее '.repeat(90)}`;
    const d = parseDeadline(text, AY23);
    expect(d).toMatchObject({ kind: 'none', start: null, end: null });
    expect(d.reason).toContain(`${text.trim().length} знаков`);
  });

  it('a long relative deadline under the limit is still read', () => {
    const text = `В течение месяца после ${'издания приказа об отборе наставников '.repeat(20)}`;
    expect(text.length).toBeLessThan(1000);
    expect(parseDeadline(text, AY23).kind).toBe('relative');
  });
});

describe('parseDeadline: a date cell', () => {
  it('reads the ISO day a date cell gives (Sheets turned the typed «20.10.2023» into a date) as that date', () => {
    const d = parseDeadline('2023-10-20', academicYear(2023));
    expect(d).toMatchObject({ kind: 'date', start: '2023-10-20', end: '2023-10-20', reason: null });
    expect(parseDeadline('2023-02-30', academicYear(2023)).start).not.toBe('2023-02-30');
  });
});

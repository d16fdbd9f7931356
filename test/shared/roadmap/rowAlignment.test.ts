import { describe, expect, it } from 'vitest';
import { importRoadmap } from '../../../shared/roadmap';

/*
 * Rows that lost their empty leading cells (merged «№» and «Наименование этапа» copied from Word or a
 * PDF without the tabs in front) must land in the right columns: the deadline in «Сроки», the people in
 * «Ответственные». Before the fix only one lost cell was put back, so in the first case the deadline
 * «Май» went into the activity and the responsible persons into «Сроки».
 */

const H5 = '№\tНаименование этапа\tСодержание деятельности\tСроки\tОтветственные';
const H6 = `${H5}\tРезультат`;
const H4 = '№\tМероприятие\tСроки\tОтветственный';
const FIRST5 = '7.\tЗавершение программы\tМониторинг удовлетворённости\tАпрель - май\tКуратор';

interface Case {
  name: string;
  header: string;
  first: string;
  row: string;
  stage: string;
  activity: string;
  deadlineText: string;
  responsible: string[];
  content?: string;
}

const cases: Case[] = [
  {
    name: '№ and stage lost (merged cells), all other cells present',
    header: H5,
    first: FIRST5,
    row: 'Проведение итогового мероприятия\tМай\tЗаместитель директора по УВР, куратор',
    stage: 'Завершение программы',
    activity: 'Проведение итогового мероприятия',
    deadlineText: 'Май',
    responsible: ['Заместитель директора по УВР', 'куратор'],
  },
  {
    name: 'only the empty № lost',
    header: H5,
    first: FIRST5,
    row: 'Информационная база\tВнесение данных\tМай\tКуратор',
    stage: 'Информационная база',
    activity: 'Внесение данных',
    deadlineText: 'Май',
    responsible: ['Куратор'],
  },
  {
    name: '№ and stage lost, and the empty «Ответственные» at the end',
    header: H5,
    first: FIRST5,
    row: 'Проведение итогового мероприятия\tМай 2024 г.',
    stage: 'Завершение программы',
    activity: 'Проведение итогового мероприятия',
    deadlineText: 'Май 2024 г.',
    responsible: [],
  },
  {
    name: '№ and stage lost in a table with a result column',
    header: H6,
    first: `${FIRST5}\tСправка`,
    row: 'Проведение итогового мероприятия\tМай\tКуратор\tВыявлены лучшие практики',
    stage: 'Завершение программы',
    activity: 'Проведение итогового мероприятия',
    deadlineText: 'Май',
    responsible: ['Куратор'],
    content: 'Выявлены лучшие практики',
  },
  {
    name: 'a deadline that names no date («По мере необходимости») still anchors the row',
    header: H5,
    first: FIRST5,
    row: 'Консультации психолога\tПо мере необходимости\tПедагог-психолог',
    stage: 'Завершение программы',
    activity: 'Консультации психолога',
    deadlineText: 'По мере необходимости',
    responsible: ['Педагог-психолог'],
  },
  {
    name: 'no stage column: the lost № alone',
    header: H4,
    first: '1.\tИздание приказа\tСентябрь\tДиректор',
    row: 'Анкетирование наставников\tМай\tКуратор',
    stage: '',
    activity: 'Анкетирование наставников',
    deadlineText: 'Май',
    responsible: ['Куратор'],
  },
  {
    name: 'a complete row with an empty № cell is left as it is',
    header: H5,
    first: FIRST5,
    row: '\t\tПроведение итогового мероприятия\tМай\tКуратор',
    stage: 'Завершение программы',
    activity: 'Проведение итогового мероприятия',
    deadlineText: 'Май',
    responsible: ['Куратор'],
  },
];

describe('rows that lost their leading empty cells are aligned to the columns', () => {
  it.each(cases)('$name', (c) => {
    const text = `на 2023-2024 учебный год\n${c.header}\n${c.first}\n${c.row}`;
    const r = importRoadmap(text);
    expect(r.items).toHaveLength(2);
    const it = r.items[1]!;
    expect({
      stage: it.stage,
      activity: it.activity,
      deadlineText: it.deadlineText,
      responsible: it.responsible,
    }).toEqual({
      stage: c.stage,
      activity: c.activity,
      deadlineText: c.deadlineText,
      responsible: c.responsible,
    });
    if (c.content !== undefined) expect(it.content).toBe(c.content);
  });

  it('rows of cells keep their positions (a sheet or a Word table is never shifted)', () => {
    const rows = [
      H5.split('\t'),
      FIRST5.split('\t'),
      ['', '', 'Проведение итогового мероприятия', 'Май', 'Куратор'],
    ];
    const it = importRoadmap(rows).items[1]!;
    expect([it.stage, it.activity, it.deadlineText, it.responsible]).toEqual([
      'Завершение программы',
      'Проведение итогового мероприятия',
      'Май',
      ['Куратор'],
    ]);
  });
});

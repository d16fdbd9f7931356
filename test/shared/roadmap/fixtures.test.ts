import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../shared/model';
import { type ImportedItem, importRoadmap } from '../../../shared/roadmap';
import { fixture, words } from './fixtureText';

/*
 * Expectations written by reading each document row by row (not by running the parser):
 * the item count, each row's number, stage, activity (its beginning), deadline and responsible.
 */

interface Expect {
  section?: string;
  no: string;
  stage?: string;
  activity: string;
  /** The deadline as [kind, start, end] or with the recurrence's months. */
  dl: [Deadline['kind'], string | null, string | null, number[]?];
  responsible?: string[];
}

function check(items: ImportedItem[], rows: Expect[]): void {
  expect(items.map((it, i) => it.activity.slice(0, rows[i]?.activity.length ?? 40))).toEqual(
    rows.map((r) => r.activity),
  );
  rows.forEach((r, i) => {
    const it = items[i]!;
    expect(it.stageNumber, `row ${i + 1} №`).toBe(r.no);
    expect(it.activity.startsWith(r.activity), `row ${i + 1} activity`).toBe(true);
    if (r.stage !== undefined) expect(it.stage, `row ${i + 1} stage`).toBe(r.stage);
    if (r.section !== undefined) expect(it.section, `row ${i + 1} section`).toBe(r.section);
    expect(
      [it.deadline.kind, it.deadline.start, it.deadline.end],
      `row ${i + 1} deadline «${it.deadlineText}»`,
    ).toEqual(r.dl.slice(0, 3));
    if (r.dl[3]) expect(it.deadline.recurrence?.months, `row ${i + 1} months`).toEqual(r.dl[3]);
    if (r.responsible) expect(it.responsible, `row ${i + 1} responsible`).toEqual(r.responsible);
  });
}

/** No formatting noise in any text field. */
function expectClean(items: ImportedItem[]): void {
  for (const it of items) {
    for (const v of [it.section, it.stage, it.activity, it.content, it.deadlineText, ...it.responsible]) {
      expect(v).not.toMatch(/<\/?[a-z]+>|\*\*|\t|\s{2}|^\s|\s$|&[a-z]+;/);
    }
  }
}

/** Every word of the table is in exactly one item: nothing lost, nothing doubled (sections counted once). */
function itemWords(items: ImportedItem[], withStage = true): string[] {
  const sections = [...new Set(items.map((i) => i.section))].join(' ');
  const fields = items.map((i) =>
    [withStage ? i.stage : '', i.stageNumber, i.activity, i.content, i.deadlineText, ...i.responsible].join(
      ' ',
    ),
  );
  return words(`${sections} ${fields.join(' ')}`);
}

function tableWords(text: string, headerStartsWith: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(headerStartsWith));
  return words(lines.slice(at + 1).join(' '));
}

describe('district-boguchany-2022-2023 (activities, results, deadlines, responsible, sections)', () => {
  const text = fixture('district-boguchany-2022-2023.txt');
  const r = importRoadmap(text);
  const HS = 'С.И.Харитоновна – главный специалист управления образования';
  const HA = 'С.И.Харитонова – главный специалист управления образования';
  const HV = 'С.И.Харитонов – главный специалист управления образования';
  const S1 = 'Нормативно-правовой аспект';
  const S2 = 'Информационное, организационное, методическое сопровождение';
  const S3 =
    'Внедрение и реализация системы наставничества педагогических работников в ОУ Богучанского района';
  const S4 = 'Тиражирование лучших наставнических практик по направлению «Педагогическое наставничество»';
  const S5 = 'Мониторинг реализации программ наставничества педагогических работников в ОУ района';
  const year: Expect['dl'] = ['period', '2022-09-01', '2023-08-31'];
  const none: Expect['dl'] = ['none', null, null];
  const rows: Expect[] = [
    {
      section: S1,
      no: '1',
      activity: 'Проведение районного совещания «Внедрение',
      dl: ['date', '2022-11-10', '2022-11-10'],
      responsible: [HS],
    },
    {
      section: S1,
      no: '',
      activity: 'Разработка пакета муниципальных локальных актов',
      dl: ['by', null, '2022-11-21'],
      responsible: [HS],
    },
    {
      section: S1,
      no: '',
      activity: 'Организация разработки и публикации на сайтах школ',
      dl: ['by', null, '2022-11-23'],
      responsible: [HS],
    },
    {
      section: S1,
      no: '',
      activity: 'Издание приказов о руководителях РМО',
      dl: ['month', '2022-09-01', '2022-09-30'],
      responsible: ['К.К.Бирюкова – начальник методического'],
    },
    {
      section: S1,
      no: '',
      activity: 'Разработка и утверждение положений о профессиональных',
      dl: year,
      responsible: [HA],
    },
    {
      section: S1,
      no: '',
      activity: 'Организация конкурсного отбора претендентов',
      dl: ['month', '2022-11-01', '2022-11-30'],
      responsible: ['С.И.Швабенланд – специалист отдела кадров МКУ ЦОДУО'],
    },
    {
      section: S1,
      no: '',
      activity: 'Разработка Положения о клубе молодых специалистов',
      dl: ['month', '2022-11-01', '2022-11-30'],
      responsible: ['Л.В.Борисова – председатель профсоюза работников образования Богучанского района'],
    },
    {
      section: S2,
      no: '',
      activity: 'Информирование ОУ о реализации Дорожной карты',
      dl: ['by', null, '2022-11-22'],
      responsible: [HA],
    },
    {
      section: S2,
      no: '',
      activity: 'Сбор данных о наставляемых',
      dl: ['by', null, '2022-12-01'],
      responsible: [HA],
    },
    {
      section: S2,
      no: '',
      activity: 'Сбор данных о наставниках',
      dl: ['by', null, '2022-12-01'],
      responsible: [HA],
    },
    {
      section: S2,
      no: '',
      activity: 'Организация обучения кураторов и наставников',
      dl: year,
      responsible: ['В.П.Кись – методист МБУ ЦОДУО', 'руководители ОУ'],
    },
    {
      section: S2,
      no: '',
      activity: 'Освещение мероприятий муниципальной дорожной карты',
      dl: year,
      responsible: [HS],
    },
    {
      section: S2,
      no: '',
      activity: 'Систематическое обновление информации на сайтах ОУ',
      dl: year,
      responsible: ['Руководители ОУ'],
    },
    {
      section: S2,
      no: '',
      activity: 'Организация консультирования по вопросам',
      dl: year,
      responsible: [HS],
    },
    {
      section: S3,
      no: '',
      activity: 'Создание условий для реализации системы',
      dl: year,
      responsible: ['Руководители ОУ'],
    },
    {
      section: S3,
      no: '',
      activity: 'Формирование базы наставников и наставляемых',
      dl: ['by', null, '2022-12-01'],
      responsible: [HS],
    },
    {
      section: S3,
      no: '',
      activity: 'Планирование и организация деятельности РМО',
      dl: ['recurring', '2022-09-01', '2022-09-30', [9]],
      responsible: ['К.К.Бирюкова', 'Руководители РМО'],
    },
    {
      section: S3,
      no: '',
      activity: 'Организация и проведение районных конкурсов',
      dl: year,
      responsible: ['Руководители ОУ'],
    },
    {
      section: S3,
      no: '',
      activity: 'Организация наставничества в ОУ района',
      dl: year,
      responsible: ['Руководители ОУ'],
    },
    {
      section: S4,
      no: '',
      activity: 'Формирование районной базы успешных',
      dl: ['recurring', '2023-04-01', '2023-04-30', [4]],
      responsible: [HV],
    },
    { section: S4, no: '', activity: 'Участие в районных конкурсах', dl: none, responsible: [HV] },
    {
      section: S4,
      no: '',
      activity: 'Организация участия педагогов в краевом конкурсе',
      dl: none,
      responsible: [HV],
    },
    {
      section: S4,
      no: '',
      activity: 'Организация и проведение мероприятий по тиражированию',
      dl: ['recurring', '2023-02-01', '2023-02-28', [2]],
      responsible: [HV],
    },
    {
      section: S4,
      no: '',
      activity: 'День открытых дверей в школах',
      dl: none,
      responsible: ['Руководители ОУ'],
    },
    {
      section: S5,
      no: '',
      activity: 'Мониторинг сайтов ОУ на наличие',
      dl: ['recurring', '2022-11-01', '2023-04-30', [11, 4]],
      responsible: [HV],
    },
    {
      section: S5,
      no: '',
      activity: 'Сбор и анализ данных для Регионального мониторинга',
      dl: ['recurring', '2023-06-01', '2023-06-30', [6]],
      responsible: [HS],
    },
    {
      section: S5,
      no: '',
      activity: 'Мониторинг эффективности реализации программ',
      dl: ['recurring', '2023-06-01', '2023-06-30', [6]],
      responsible: ['Руководители ОУ'],
    },
    {
      section: S5,
      no: '',
      activity: 'Анализ реализации муниципальной дорожной карты',
      dl: ['recurring', '2023-06-01', '2023-06-30', [6]],
      responsible: [HS],
    },
    {
      section: S5,
      no: '',
      activity: 'Изучение аналитических документов школ',
      dl: ['recurring', '2023-06-01', '2023-06-30', [6]],
      responsible: [HS],
    },
    {
      section: S5,
      no: '',
      activity: 'Составление дорожной карты по внедрению',
      dl: ['recurring', '2023-06-01', '2023-06-30', [6]],
      responsible: [HS],
    },
  ];

  it('reads title, period and preamble', () => {
    expect(r.error).toBeNull();
    expect(r.title).toBe(
      'Дорожная карта (план мероприятий) по внедрению и реализации Региональной целевой модели наставничества по направлению «Педагогическое наставничество» в ОУ Богучанского района на 2022-23 учебный год',
    );
    expect(r.period?.label).toBe('2022-2023 учебный год');
    expect(r.preamble).toEqual([
      'к приказу № 148-02 от 21.11.2022г.',
      'Цель: закрепление педагогов в системе образования Богучанского района, повышение качества образования',
    ]);
    expect(r.columns).toEqual(['stageNumber', 'activity', 'content', 'deadlineText', 'responsible']);
  });

  it('imports all 30 activities with their deadlines and responsible persons', () => {
    expect(r.items).toHaveLength(30);
    check(r.items, rows);
  });

  it('joins continuation rows into their activity', () => {
    expect(r.items[17]!.activity).toBe(
      'Организация и проведение районных конкурсов Конкурс для молодых педагогов «Свежий ветер», муниципальный этап краевого конкурса «Учитель года Красноярского края», муниципальный этап краевого конкурса «Воспитатель года Красноярского края», «Районного фестиваля педагогических и управленческих практик»',
    );
    expect(r.items[24]!.activity).toBe(
      'Мониторинг сайтов ОУ на наличие нормативно-правовых актов по внедрению и реализации системы наставничества педагогических работников',
    );
    expect(r.items[24]!.content).toBe(
      'На сайтах всех ОУ в разделе «Наставничество» опубликованы все необходимые локальные акты (приказы, Положения о наставничестве, Дорожная карта пол внедрению и реализации целевой модели наставничества, программы наставничества и др)',
    );
  });

  it('keeps every word of the table exactly once and leaves no noise', () => {
    expect(itemWords(r.items)).toEqual(tableWords(text, '№\tМероприятия'));
    expectClean(r.items);
  });

  it('warns about the deadlines that name no date', () => {
    const rowsWarned = r.warnings.filter((w) => w.row !== null).map((w) => w.row);
    expect(rowsWarned).toEqual([r.items[20]!.sourceRow, r.items[21]!.sourceRow, r.items[23]!.sourceRow]);
  });
});

describe('school-proskurinskaya-2023 (stages with deadlines, calendar year, a row broken in two)', () => {
  const text = fixture('school-proskurinskaya-2023.txt');
  const r = importRoadmap(text);
  const jan: Expect['dl'] = ['month', '2023-01-01', '2023-01-31'];
  const dec: Expect['dl'] = ['month', '2023-12-01', '2023-12-31'];
  const year: Expect['dl'] = ['period', '2023-01-01', '2023-12-31'];
  const rows: Expect[] = [
    {
      no: '1',
      stage: 'Подготовка условий для реализации системы наставничества',
      activity: 'Подготовка и принятие локальных нормативных правовых актов Школе',
      dl: jan,
    },
    {
      no: '2',
      stage: 'Формирование банка наставляемых',
      activity: '1) Сбор информации о профессиональных запросах педагогов.',
      dl: jan,
    },
    {
      no: '3',
      stage: 'Формирование банка наставников',
      activity: '1) Проведение анкетирования среди потенциальных наставников в школе',
      dl: jan,
    },
    {
      no: '4',
      stage: 'Организация и осуществление работы наставнических пар/групп',
      activity: '1) Формирование наставнических пар/групп. 2) Разработка',
      dl: year,
    },
    {
      no: '6',
      stage: 'Завершение персонализированных программ наставничества',
      activity: '1) Проведение мониторинга качества',
      dl: dec,
    },
    {
      no: '7',
      stage: 'Информационная поддержка системы наставничества',
      activity: 'Освещение мероприятий Дорожной карты',
      dl: year,
    },
    {
      no: '8',
      stage: 'Формирование информационной базы наставников, информационной базы наставляемых',
      activity: 'Внесение данных об итогах',
      dl: dec,
    },
    {
      no: '9',
      stage:
        'Сбор информации о реализации программы наставничества педагогических работников и представление информации в Отдел образования администрации Бузулукского района Оренбургской области',
      activity: 'Сбор информации о реализации программы наставничества и представление',
      dl: dec,
    },
  ];

  it('reads a calendar year from «на 2023год»', () => {
    expect(r.period).toMatchObject({
      kind: 'calendar',
      startYear: 2023,
      start: '2023-01-01',
      end: '2023-12-31',
    });
    expect(r.title).toBe(
      '«Дорожная карта» реализации целевой модели наставничества в МОБУ «Проскуринская основная общеобразовательная школа» на 2023год',
    );
  });

  it('imports all 8 stages', () => {
    expect(r.items).toHaveLength(8);
    check(r.items, rows);
  });

  it('rejoins stage 4 broken over two rows, cell by cell («В» + «течение года»)', () => {
    const s4 = r.items[3]!;
    expect(s4.deadlineText).toBe('В течение года');
    expect(s4.activity).toBe(
      '1) Формирование наставнических пар/групп. 2) Разработка персонализированных программ наставничества для каждой пары/группы 3) Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников',
    );
  });

  it('flags the missing stage 5', () => {
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('после этапа 4 идёт этап 6'),
    );
  });

  it('keeps every word exactly once and leaves no noise', () => {
    expect(itemWords(r.items)).toEqual(tableWords(text, '№\tНаименование этапа'));
    expectClean(r.items);
  });
});

describe('gymnasium-166-spb-2022-2023 (no deadline column, <p> tags)', () => {
  const text = fixture('gymnasium-166-spb-2022-2023.txt');
  const r = importRoadmap(text);
  const noDate: Expect['dl'] = ['none', null, null];
  const rows: Expect[] = [
    {
      no: '1',
      stage: 'Подготовка условий для реализации системы наставничества',
      activity: 'Подготовка и принятие локальных нормативных правовых актов образовательной организации',
      dl: noDate,
    },
    {
      no: '2',
      stage: 'Формирование банка наставляемых',
      activity: '1) Сбор информации о профессиональных запросах педагогов.',
      dl: noDate,
    },
    {
      no: '3',
      stage: 'Формирование банка наставников',
      activity: '1) Проведение анкетирования среди потенциальных наставников',
      dl: noDate,
    },
    {
      no: '4',
      stage: 'Отбор и обучение',
      activity: '1) Анализ банка и выбор подходящих наставников',
      dl: noDate,
    },
    {
      no: '5',
      stage: 'Организация и осуществление работы наставнических пар',
      activity: '1) Формирование наставнических пар/групп. 2) Издание приказа',
      dl: noDate,
    },
    {
      no: '6',
      stage: 'Организация текущего контроля достижения планируемых результатов наставниками',
      activity: '1) Анкетирование для промежуточной оценки результатов. 2) Внесение',
      dl: noDate,
    },
    {
      no: '7',
      stage: 'Завершение персонализированных программ наставничества',
      activity: '1) Проведение мониторинга качества',
      dl: noDate,
    },
    {
      no: '8',
      stage: 'Информационная поддержка системы наставничества',
      activity: 'Освещение важных мероприятий Дорожной карты',
      dl: noDate,
    },
  ];

  it('reads the academic year 2022-2023 and a title without the doubled «ДОРОЖНАЯ КАРТА»', () => {
    expect(r.period).toMatchObject({ kind: 'academic', startYear: 2022, endYear: 2023 });
    expect(r.title).toBe(
      'ДОРОЖНАЯ КАРТА на 2022-2023 учебный год ПО РЕАЛИЗАЦИИ ПОЛОЖЕНИЯ О СИСТЕМЕ НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ в Государственном бюджетном общеобразовательном учреждении гимназия №166 Центрального района Санкт-Петербурга',
    );
  });

  it('imports all 8 stages; every deadline is "none" because the table has no «Сроки»', () => {
    expect(r.hasDeadlineColumn).toBe(false);
    expect(r.items).toHaveLength(8);
    check(r.items, rows);
    for (const it of r.items) expect(it.deadline.reason).toBe('в документе нет столбца «Сроки»');
    expect(r.warnings.map((w) => w.message)).toContain(
      'В таблице нет столбца «Сроки»: у мероприятий не будет дат, их можно указать вручную.',
    );
  });

  it('removes <p> tags between numbered activities', () => {
    expect(r.items[4]!.activity).toBe(
      '1) Формирование наставнических пар/групп. 2) Издание приказа «О закреплении наставнических пар» 3) Разработка персонализированных программ наставничества для каждой пары.',
    );
  });

  it('keeps every word exactly once and leaves no noise', () => {
    expect(itemWords(r.items)).toEqual(tableWords(text, '№\tНаименование этапа'));
    expectClean(r.items);
  });
});

describe('splitNumbered: «1) … 2) …» in one cell become separate activities of the stage', () => {
  it('gymnasium: 16 activities (stages 1 and 8 are not numbered; 5 and 7 have three)', () => {
    const r = importRoadmap(fixture('gymnasium-166-spb-2022-2023.txt'), { splitNumbered: true });
    expect(r.items.map((i) => i.stageNumber)).toEqual([
      '1',
      '2',
      '2',
      '3',
      '3',
      '4',
      '4',
      '5',
      '5',
      '5',
      '6',
      '6',
      '7',
      '7',
      '7',
      '8',
    ]);
    expect(r.items.filter((i) => i.stageNumber === '5').map((i) => i.activity)).toEqual([
      'Формирование наставнических пар/групп.',
      'Издание приказа «О закреплении наставнических пар»',
      'Разработка персонализированных программ наставничества для каждой пары.',
    ]);
    // The dash list inside 2) stays in it.
    expect(r.items[6]!.activity).toBe(
      'Обучение наставников для работы с наставляемыми: - подготовка методических материалов для сопровождения наставнической деятельности; - проведение консультаций, организация обмена опытом среди наставников – «установочные сессии» наставников и др.',
    );
  });

  it('proskurinskaya: 13 activities, each with its stage deadline', () => {
    const r = importRoadmap(fixture('school-proskurinskaya-2023.txt'), { splitNumbered: true });
    expect(r.items.map((i) => [i.stageNumber, i.deadline.start])).toEqual([
      ['1', '2023-01-01'],
      ['2', '2023-01-01'],
      ['2', '2023-01-01'],
      ['3', '2023-01-01'],
      ['3', '2023-01-01'],
      ['4', '2023-01-01'],
      ['4', '2023-01-01'],
      ['4', '2023-01-01'],
      ['6', '2023-12-01'],
      ['6', '2023-12-01'],
      ['7', '2023-01-01'],
      ['8', '2023-12-01'],
      ['9', '2023-12-01'],
    ]);
    expect(r.items[7]!.activity).toBe(
      'Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников',
    );
    expect(r.items[5]!.deadline).not.toBe(r.items[6]!.deadline);
  });
});

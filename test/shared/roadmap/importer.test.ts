import { describe, expect, it } from 'vitest';
import { RoadmapItem } from '../../../shared/model';
import {
  importRoadmap,
  parseDeadline,
  STANDARD_STAGES,
  splitResponsible,
  standardRoadmap,
  toRoadmapItems,
} from '../../../shared/roadmap';
import { splitNumbered } from '../../../shared/roadmap/text';
import { fixture, words } from './fixtureText';

describe('text copied from a PDF (no tabs); a test document modelled on the fixtures', () => {
  const text = fixture('pdf-text-school-2023-2024.txt');
  const r = importRoadmap(text);

  it('reads title, period and preamble without bold marks', () => {
    expect(r.format).toBe('text');
    expect(r.title).toBe(
      '«Дорожная карта» реализации целевой модели наставничества в МБОУ «СОШ № 5» на 2023 - 2024 учебный год',
    );
    expect(r.period?.label).toBe('2023-2024 учебный год');
    expect(r.preamble).toEqual(['Приложение 1', 'к приказу № 45 от 01.09.2023']);
  });

  it('finds the 7 stages, their names, contents and trailing deadlines', () => {
    expect(r.items.map((i) => [i.stageNumber, i.stage, i.deadlineText, i.deadline.kind])).toEqual([
      ['1', 'Подготовка условий для реализации системы наставничества', 'Сентябрь 2023г.', 'month'],
      ['2', 'Формирование банка наставляемых', 'Сентябрь - октябрь', 'month'],
      ['3', 'Формирование банка наставников', 'Январьапрель', 'month'],
      [
        '4',
        'Формирование наставнических пар/групп',
        'В течение месяца после издания приказа директора школы об отборе наставников',
        'relative',
      ],
      [
        '5',
        'Организация работы наставнических пар/групп',
        'Ежемесячно, в т.ч. на «входе» и «выходе» из программы',
        'recurring',
      ],
      ['7', 'Информационная поддержка системы наставничества', 'В течение года', 'period'],
      ['8', '', 'Июнь ежегодно', 'recurring'],
    ]);
    expect(r.items[0]!.activity).toBe(
      'Подготовка и принятие локальных нормативных правовых актов: приказ о внедрении целевой модели наставничества, положение о наставничестве, дорожная карта',
    );
    expect(r.items[2]!.deadline).toMatchObject({ start: '2024-01-01', end: '2024-04-30' });
    expect(r.items[3]!.deadline.dependsOn).toBe('издания приказа директора школы об отборе наставников');
  });

  it('says which stage name it could not separate and which stage is missing', () => {
    const messages = r.warnings.map((w) => w.message);
    expect(messages).toContain(
      'Строка 23: название этапа не отделено от содержания — проверьте столбцы «Этап» и «Мероприятие».',
    );
    expect(messages).toContain('Строка 21: после этапа 5 идёт этап 7 — проверьте, не потерян ли этап.');
  });

  it('loses no word (a hyphen-broken word rejoined)', () => {
    const body = text.split('\n').slice(6).join('\n').replace('наставничест-\nва', 'наставничества');
    const got = r.items.map((i) => [i.stageNumber, i.stage, i.activity, i.deadlineText].join(' ')).join(' ');
    expect(words(got)).toEqual(words(body));
  });

  it('skips page numbers and the header repeated on a new page; a number alone on its line starts a stage', () => {
    const doc = [
      'Дорожная карта на 2023-2024 учебный год',
      '№ Наименование этапа Содержание деятельности Сроки',
      '1. Формирование банка наставляемых Сбор запросов',
      '2',
      '№ Наименование этапа Содержание деятельности Сроки',
      'педагогов Октябрь',
      '2.',
      'Формирование банка наставников Анкетирование Ноябрь',
    ].join('\n');
    const t = importRoadmap(doc);
    expect(t.items.map((i) => [i.stage, i.activity, i.deadline.start])).toEqual([
      ['Формирование банка наставляемых', 'Сбор запросов педагогов', '2023-10-01'],
      ['Формирование банка наставников', 'Анкетирование', '2023-11-01'],
    ]);
  });

  it('a PDF text whose header has no «Сроки» keeps deadline-like words in the content', () => {
    const doc = [
      'ДОРОЖНАЯ КАРТА на 2022-2023 учебный год',
      '№ Наименование этапа Содержание деятельности',
      '1. Формирование банка наставляемых Сбор запросов педагогов',
      'в течение года',
      '2. Информационная поддержка системы наставничества Освещение на сайте Июнь ежегодно',
    ].join('\n');
    const t = importRoadmap(doc);
    expect(t.hasDeadlineColumn).toBe(false);
    expect(t.items.map((i) => i.activity)).toEqual([
      'Сбор запросов педагогов в течение года',
      'Освещение на сайте Июнь ежегодно',
    ]);
    expect(t.items.every((i) => i.deadline.kind === 'none')).toBe(true);
  });
});

describe('rows already split into cells (a sheet, a Google Docs table, CSV)', () => {
  const rows = [
    ['Дорожная карта на 2024-2025 учебный год', '', '', '', ''],
    ['№', 'Мероприятие', 'Ожидаемый результат', 'Срок', 'Ответственный'],
    ['Нормативная база', '', '', '', ''],
    ['1', 'Приказ о внедрении', 'Приказ издан', 'Сентябрь', 'Директор'],
    ['2', 'Положение о наставничестве', 'Положение утверждено', 'до 1 октября', 'Куратор; Директор'],
    ['', 'и дорожная карта', '', '', ''],
    ['Работа пар', '', '', '', ''],
    ['3', 'Встречи пар', 'Проведены встречи', 'Ежемесячно', 'Наставники'],
    [4, 'Итоговое мероприятие', null, 'Май', undefined],
    [5, 'Отчёт в управление', '', new Date(2025, 5, 10), 'Куратор'],
  ];
  const r = importRoadmap(rows);

  it('maps columns by header, keeps sections, joins a lower-case continuation row', () => {
    expect(r.format).toBe('cells');
    expect(r.period?.label).toBe('2024-2025 учебный год');
    expect(r.title).toBe('Дорожная карта на 2024-2025 учебный год');
    expect(
      r.items.map((i) => [
        i.section,
        i.stageNumber,
        i.activity,
        i.deadline.kind,
        i.deadline.start,
        i.deadline.end,
      ]),
    ).toEqual([
      ['Нормативная база', '1', 'Приказ о внедрении', 'month', '2024-09-01', '2024-09-30'],
      ['Нормативная база', '2', 'Положение о наставничестве и дорожная карта', 'by', null, '2024-10-01'],
      ['Работа пар', '3', 'Встречи пар', 'recurring', '2024-09-01', '2025-08-31'],
      ['Работа пар', '4', 'Итоговое мероприятие', 'month', '2025-05-01', '2025-05-31'],
      // A Date cell, as Range.getValues() gives it.
      ['Работа пар', '5', 'Отчёт в управление', 'date', '2025-06-10', '2025-06-10'],
    ]);
    expect(r.items[1]!.responsible).toEqual(['Куратор', 'Директор']);
  });

  it('reads its own sheet back (headers of ROADMAP_SHEET)', () => {
    const sheet = importRoadmap([
      ['ID', 'Раздел', '№ этапа', 'Этап', 'Мероприятие', 'Содержание / результат', 'Сроки', 'Ответственные'],
      ['DK-0001', '', '1', 'Подготовка', 'Приказ', 'Издан', 'Январь 2025', 'Директор'],
    ]);
    expect(sheet.items).toHaveLength(1);
    expect(sheet.items[0]).toMatchObject({
      stage: 'Подготовка',
      activity: 'Приказ',
      content: 'Издан DK-0001',
    });
    expect(sheet.items[0]!.deadline.start).toBe('2025-01-01');
  });

  it('a CSV with no header row still imports, with a warning', () => {
    const t = importRoadmap([
      ['1', 'Приказ', 'Издан', 'Январь 2025', 'Директор'],
      ['2', 'Анкетирование', 'Проведено', 'Февраль 2025', 'Куратор'],
    ]);
    expect(t.items.map((i) => [i.activity, i.deadline.start])).toEqual([
      ['Приказ', '2025-01-01'],
      ['Анкетирование', '2025-02-01'],
    ]);
    expect(t.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Не найдена строка заголовков'),
    );
  });
});

describe('tabbed text: broken cells, stray headers, noise, merged stage cells', () => {
  it('rejoins a cell broken over lines, skips a repeated header and column numbers', () => {
    const doc = [
      '**Дорожная карта на 2023-2024 учебный год**',
      '№\tНаименование этапа\tСодержание деятельности\tСроки',
      '1\t2\t3\t4',
      '1.\tФормирование банка наставников\tАнкетирование потенциальных',
      'наставников и сбор согласий\tСентябрь',
      '№\tНаименование этапа\tСодержание деятельности\tСроки',
      '2.\tОтбор и обучение\t<p>Обучение наставников</p>\tОктябрь',
      '\t\tУстановочные сессии\tНоябрь',
    ].join('\n');
    const r = importRoadmap(doc);
    expect(r.items.map((i) => [i.stageNumber, i.stage, i.activity, i.deadlineText])).toEqual([
      [
        '1',
        'Формирование банка наставников',
        'Анкетирование потенциальных наставников и сбор согласий',
        'Сентябрь',
      ],
      ['2', 'Отбор и обучение', 'Обучение наставников', 'Октябрь'],
      // Merged № and stage cells: the activity belongs to the stage above.
      ['2', 'Отбор и обучение', 'Установочные сессии', 'Ноябрь'],
    ]);
  });

  it('cells beyond the header go to the last column, with a warning', () => {
    const r = importRoadmap('№\tМероприятия\tСроки\n1\tПриказ\tМай\tлишнее\n2\tАнкета\tИюнь');
    expect(r.items[0]!.deadlineText).toBe('Май лишнее');
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('лишние ячейки'));
  });
});

describe('bad input gives a clear result, never a crash', () => {
  it.each([
    ['', 'Документ пуст'],
    ['   \n\n\t\n', 'Документ пуст'],
  ])('empty text %j', (text, message) => {
    const r = importRoadmap(text);
    expect(r.items).toEqual([]);
    expect(r.error).toContain(message);
  });

  it('binary garbage', () => {
    const bytes = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const r = importRoadmap(`PK\u0003\u0004${bytes}`);
    expect(r.items).toEqual([]);
    expect(r.error).toContain('Это не текст');
  });

  it('text with no table at all', () => {
    const r = importRoadmap('Просто письмо.\nБез таблицы и без номеров.');
    expect(r.items).toEqual([]);
    expect(r.error).toBe('В документе не найдено ни одного мероприятия.');
  });

  it('a table with no deadline column', () => {
    const r = importRoadmap(
      '№\tМероприятия\tОтветственный\n1.\tПриказ\tДиректор\n2.\tАнкетирование\tКуратор',
    );
    expect(r.error).toBeNull();
    expect(r.hasDeadlineColumn).toBe(false);
    expect(r.items.map((i) => [i.activity, i.deadline.kind, i.deadline.reason])).toEqual([
      ['Приказ', 'none', 'в документе нет столбца «Сроки»'],
      ['Анкетирование', 'none', 'в документе нет столбца «Сроки»'],
    ]);
  });

  it('empty or odd cells input', () => {
    expect(importRoadmap([]).error).toContain('Документ пуст');
    expect(importRoadmap([[''], [null as unknown as string]]).error).toContain('Документ пуст');
    expect(importRoadmap(42 as unknown as string).error).toContain('Документ пуст');
  });

  it('10 000 rows import completely, in order', () => {
    const lines = ['№\tМероприятия\tСроки\tОтветственный'];
    for (let i = 1; i <= 10_000; i++) lines.push(`${i}.\tМероприятие ${i}\t${(i % 28) + 1}.10.2023\tКуратор`);
    const r = importRoadmap(lines.join('\n'));
    expect(r.items).toHaveLength(10_000);
    expect(r.items[9_999]).toMatchObject({ stageNumber: '10000', activity: 'Мероприятие 10000' });
    expect(r.items[9_999]!.deadline.start).toBe('2023-10-05');
  });

  it('a row limit is reported, not silent', () => {
    const r = importRoadmap('№\tМероприятия\n1.\tА\n2.\tБ\n3.\tВ', { maxRows: 3 });
    expect(r.items).toHaveLength(2);
    expect(r.warnings[0]!.message).toBe('Документ длиннее 3 строк: прочитаны первые 3.');
  });

  it('a period given by the caller is used when the title has none', () => {
    const r = importRoadmap('№\tМероприятия\tСроки\n1.\tПриказ\tМарт', { period: '2023-2024' });
    expect(r.items[0]!.deadline.start).toBe('2024-03-01');
    const noPeriod = importRoadmap('№\tМероприятия\tСроки\n1.\tПриказ\tМарт');
    expect(noPeriod.items[0]!.deadline.kind).toBe('none');
    expect(noPeriod.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('не найден период'),
    );
  });
});

describe('responsible persons', () => {
  it.each([
    [
      'С.И.Харитоновна – главный специалист управления образования',
      ['С.И.Харитоновна – главный специалист управления образования'],
    ],
    ['В.П.Кись – методист МБУ ЦОДУО, руководители ОУ', ['В.П.Кись – методист МБУ ЦОДУО', 'руководители ОУ']],
    ['К.К.Бирюкова Руководители РМО', ['К.К.Бирюкова', 'Руководители РМО']],
    ['Директор; куратор', ['Директор', 'куратор']],
    ['', []],
  ])('«%s»', (text, expected) => {
    expect(splitResponsible(text)).toEqual(expected);
  });
});

describe('standard roadmap template', () => {
  it('has the ten shared stages with deadlines in the chosen academic year', () => {
    const items = standardRoadmap(2024);
    const stages = [...new Set(items.map((i) => i.stage))];
    expect(stages).toEqual(STANDARD_STAGES.map((s) => s.name));
    expect(stages).toHaveLength(10);
    for (const it of items) {
      expect(it.deadline.kind).not.toBe('none');
      if (it.deadline.start) expect(it.deadline.start >= '2024-09-01').toBe(true);
      if (it.deadline.end) expect(it.deadline.end <= '2025-08-31').toBe(true);
    }
    const survey = items.find((i) => i.activity.startsWith('Анкетирование для промежуточной'))!;
    expect(survey.deadline).toMatchObject({ kind: 'month', start: '2025-01-01', end: '2025-01-31' });
  });

  it('accepts a period text and refuses nonsense with a Russian message', () => {
    expect(standardRoadmap('2023-2024')[0]!.deadline.start).toBe('2023-09-01');
    expect(() => standardRoadmap('когда-нибудь')).toThrow('Не удалось понять учебный год');
  });

  it('becomes valid RoadmapItem records with DK ids after the taken ones', () => {
    const records = toRoadmapItems(standardRoadmap(2024), { takenIds: ['DK-0007'] });
    expect(records[0]!.id).toBe('DK-0008');
    expect(records[1]!.id).toBe('DK-0009');
    for (const rec of records) expect(RoadmapItem.safeParse(rec).success).toBe(true);
    expect(records[0]!.deadline).toEqual(parseDeadline('Сентябрь', '2024-2025'));
  });

  it('imported items become records too; the caller may give ids', () => {
    const r = importRoadmap(fixture('school-proskurinskaya-2023.txt'));
    const ids = r.items.map((_, i) => `X-${i}`);
    const records = toRoadmapItems(r.items, { ids });
    expect(records.map((x) => x.id)).toEqual(ids);
    expect(records[3]!.deadline?.kind).toBe('period');
    expect(records.every((x) => x.done === false)).toBe(true);
  });
});

describe('splitNumbered (text helper)', () => {
  it.each([
    ['1) А. 2) Б 3) В', ['А.', 'Б', 'В']],
    ['1) А (см. п. 3) ) 2) Б', ['А (см. п. 3) )', 'Б']],
    ['1) Только один', null],
    ['Текст 1) А 2) Б', null],
    ['1) А 3) Б', null],
  ])('%j', (text, expected) => {
    expect(splitNumbered(text)).toEqual(expected);
  });
});

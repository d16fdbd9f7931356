import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../../../shared/roadmap';
import { readOdsSheets } from '../../../../shared/roadmap/files/ods';
import { cellRef, numberText, readXlsxSheets, serialDateText } from '../../../../shared/roadmap/files/xlsx';
import { openZip } from '../../../../shared/roadmap/files/zip';
import { ods, xlsx } from './build';

/*
 * roadmap-sheet.xlsx / .ods were written by LibreOffice from roadmap-sheet.fods (test/fixtures/roadmaps-files,
 * make-sheets.sh): real files with shared strings, number formats, merged ranges and repeated cells.
 * Both must give what a person sees in the sheet.
 */

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/roadmaps-files/${name}`, import.meta.url)));

const EXPECTED = [
  [
    '1. Подготовка условий',
    '1',
    'Издание приказа о внедрении целевой модели наставничества',
    '10.09.2023',
    'Директор',
    'Приказ',
  ],
  [
    '1. Подготовка условий',
    '2',
    'Анкетирование наставляемых',
    'Сентябрь - октябрь',
    'Куратор, педагог-психолог',
    'Анкеты',
  ],
  // «Сроки» merged over two rows: both get it.
  [
    '1. Подготовка условий',
    '3',
    'Формирование банка наставников',
    'Сентябрь - октябрь',
    'Куратор',
    'Банк наставников',
  ],
  // A date shown by its month name stays a month.
  [
    '2. Работа наставнических пар',
    '4',
    'Закрепление наставнических пар приказом',
    'Ноябрь 2023',
    'Директор',
    'Приказ',
  ],
  [
    '2. Работа наставнических пар',
    '5',
    'Встречи наставников и наставляемых',
    'Ежемесячно',
    'Наставники, наставляемые',
    '',
  ],
  [
    '2. Работа наставнических пар',
    '6',
    'Итоговое мероприятие «Лучшая пара»',
    'Май 2024 г.',
    'Заместитель директора по УВР',
    'Выявлены лучшие практики',
  ],
];

describe.each(['roadmap-sheet.xlsx', 'roadmap-sheet.ods'])('%s (written by LibreOffice)', (file) => {
  it('title, organisation, period and every row as a person sees it; the notes sheet is not read', async () => {
    const r = await importRoadmapFile(fixture(file), file);
    expect(r.error).toBeNull();
    expect(r.title).toBe(
      'Дорожная карта реализации целевой модели наставничества в МБОУ «СОШ № 5» г. Энска на 2023-2024 учебный год',
    );
    expect(r.organisation).toBe('МБОУ «СОШ № 5» г. Энска');
    expect(r.period?.label).toBe('2023-2024 учебный год');
    expect(
      r.items.map((i) => [
        i.section,
        i.stageNumber,
        i.activity,
        i.deadlineText,
        i.responsible.join(', '),
        i.content,
      ]),
    ).toEqual(EXPECTED);
    expect(r.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([
      ['date', '2023-09-10', '2023-09-10'],
      ['month', '2023-09-01', '2023-10-31'],
      ['month', '2023-09-01', '2023-10-31'],
      ['month', '2023-11-01', '2023-11-30'],
      ['recurring', '2023-09-01', '2024-08-31'],
      ['month', '2024-05-01', '2024-05-31'],
    ]);
  });
});

describe('Excel values', () => {
  it.each([
    [45179, 'dd/mm/yyyy', '10.09.2023'],
    [44875, '[$-419]dd/mm/yyyy;@', '10.11.2022'],
    [45231, '[$-419]mmmm\\ yyyy', 'Ноябрь 2023'],
    [45231, 'mmm', 'Ноябрь'],
    [45231, 'mm.yyyy', '11.2023'],
    [45179.75, 'dd.mm.yyyy hh:mm', '10.09.2023'],
    // The 1900 system counts 29.02.1900, which never was: 60 is that day, 61 is 01.03.1900.
    [59, 'dd.mm.yyyy', '28.02.1900'],
    [61, 'dd.mm.yyyy', '01.03.1900'],
    [1, 'dd.mm.yyyy', '01.01.1900'],
  ])('serial %s in «%s» → «%s»', (serial, format, text) => {
    expect(serialDateText(serial, format)).toBe(text);
  });

  it('the 1904 date system', () => {
    expect(serialDateText(43413, 'dd.mm.yyyy', true)).toBe('10.11.2022');
  });

  it.each([
    ['0.30000000000000004', '0.3'],
    ['1', '1'],
    ['1.1', '1.1'],
    ['2.2999999999999998', '2.3'],
    ['abc', 'abc'],
  ])('number %s → %s', (raw, text) => {
    expect(numberText(raw)).toBe(text);
  });

  it.each([
    ['A1', [0, 0]],
    ['E12', [11, 4]],
    ['AA3', [2, 26]],
    ['1A', null],
    ['', null],
  ] as const)('cell reference %s', (ref, at) => {
    expect(cellRef(ref)).toEqual(at);
  });

  it('inline strings, formula results, booleans, rich shared strings without phonetics, date styles; hidden sheets skipped', () => {
    const styles =
      '<numFmts><numFmt numFmtId="200" formatCode="&quot;срок&quot; 0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="200"/></cellXfs>';
    const bytes = xlsx(
      [
        {
          name: 'Скрытый',
          hidden: true,
          xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>скрыто</t></is></c></row></sheetData>',
        },
        {
          name: 'Лист',
          xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>Встреча </t></r><r><t>пар</t></r></is></c><c r="C2" t="str"><f>A1</f><v>из формулы</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" s="1"><v>44875</v></c><c r="F2" s="2"><v>5</v></c><c r="G2" t="s"><v>0</v></c></row></sheetData>',
        },
      ],
      { styles },
    );
    const zip = openZip(bytes)!;
    // Rich text with a phonetic run, written by hand into sharedStrings.
    const sheets = readXlsxSheets(
      {
        ...zip,
        text: (n) =>
          n === 'xl/sharedStrings.xml'
            ? '<sst><si><r><t>Куратор</t></r><r><t xml:space="preserve"> школы</t></r><rPh><t>ふりがな</t></rPh></si></sst>'
            : zip.text(n),
      },
      'xl/workbook.xml',
    );
    expect(sheets).toEqual([
      [
        ['', '', '', '', '', '', ''],
        ['', 'Встреча пар', 'из формулы', 'ИСТИНА', '10.11.2022', '5', 'Куратор школы'],
      ],
    ]);
  });

  it('a sheet with a cell far to the right or far down is cut, not grown without end', () => {
    const bytes = xlsx([
      {
        name: 'Лист',
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>а</t></is></c><c r="XFD1" t="inlineStr"><is><t>б</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>в</t></is></c></row></sheetData>',
      },
    ]);
    const [sheet] = readXlsxSheets(openZip(bytes)!, 'xl/workbook.xml');
    expect(sheet).toEqual([['а']]);
  });

  it('a roadmap over two sheets with the same header is read as one; a sheet with another table is not', async () => {
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>№</t></is></c><c r="B1" t="inlineStr"><is><t>Мероприятие</t></is></c><c r="C1" t="inlineStr"><is><t>Сроки</t></is></c></row>';
    const row = (n: number, a: string, d: string) =>
      `<row r="2"><c r="A2"><v>${n}</v></c><c r="B2" t="inlineStr"><is><t>${a}</t></is></c><c r="C2" t="inlineStr"><is><t>${d}</t></is></c></row>`;
    const bytes = xlsx([
      {
        name: 'Заметки',
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Заметки</t></is></c></row></sheetData>',
      },
      { name: 'I полугодие', xml: `<sheetData>${header}${row(1, 'Приказ', 'Сентябрь 2023')}</sheetData>` },
      { name: 'II полугодие', xml: `<sheetData>${header}${row(2, 'Анкета', 'Январь 2024')}</sheetData>` },
      {
        name: 'Бюджет',
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Статья</t></is></c><c r="B1" t="inlineStr"><is><t>Сумма</t></is></c></row></sheetData>',
      },
    ]);
    const r = await importRoadmapFile(bytes, 'карта.xlsx');
    expect(r.items.map((i) => [i.stageNumber, i.activity, i.deadlineText])).toEqual([
      ['1', 'Приказ', 'Сентябрь 2023'],
      ['2', 'Анкета', 'Январь 2024'],
    ]);
  });
});

describe('OpenDocument values', () => {
  it('repeated empty rows and columns (the rest of the sheet) are not expanded; repeated filled cells are', () => {
    const xml =
      '<table:table table:name="Л"><table:table-row><table:table-cell office:value-type="string"><text:p>а</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>б</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '<table:table-row><table:table-cell office:value-type="float" office:value="2.2999999999999998"/><table:table-cell office:value-type="date" office:date-value="2022-11-10T00:00:00"/><table:table-cell><text:p>две<text:s text:c="2"/>строки<text:line-break/>вторая</text:p><text:p>абзац</text:p><office:annotation><text:p>примечание</text:p></office:annotation></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>';
    const sheets = readOdsSheets(openZip(ods(xml))!.text('content.xml')!);
    expect(sheets).toHaveLength(1);
    const rows = sheets[0]!;
    // 256 columns at most: «б» would be at column 16001.
    expect(rows.length).toBe(5);
    expect(rows[0]![0]).toBe('а');
    expect(rows[0]!.length).toBe(256);
    expect(rows[4]!.slice(0, 3)).toEqual(['2.3', '10.11.2022', 'две  строки\nвторая\nабзац']);
  });

  it('a cell spanning rows gives its text to the rows it covers; one spanning columns does not', () => {
    const xml =
      '<table:table><table:table-row><table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="2"><text:p>общий</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>';
    expect(readOdsSheets(openZip(ods(xml))!.text('content.xml')!)).toEqual([
      [
        ['общий', '', 'x'],
        ['общий', '', 'y'],
      ],
    ]);
  });
});

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeCp1251 } from '../../../../shared/csv';
import { detectRoadmapFile, importRoadmapFile } from '../../../../shared/roadmap';
import { FILE_ERRORS, WARNINGS } from '../../../../shared/roadmap/strings';
import { docx, ods, p, tbl, tr, xlsx } from './build';
import { readBytes } from './roadmapFiles';

/* The reader is chosen by the file's content; the name only decides between text formats. */

const WORD = docx(
  p('Дорожная карта на 2023-2024 учебный год', { bold: true }) +
    tbl(3, [tr(['№', 'Мероприятие', 'Сроки']), tr(['1.', 'Издание приказа', 'Сентябрь'])]),
);
const EXCEL = xlsx([
  {
    name: 'Лист1',
    xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Мероприятие</t></is></c><c r="B1" t="inlineStr"><is><t>Сроки</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Приказ</t></is></c><c r="B2" t="inlineStr"><is><t>Сентябрь 2023</t></is></c></row></sheetData>',
  },
]);
const CALC = ods(
  '<table:table><table:table-row><table:table-cell><text:p>Мероприятие</text:p></table:table-cell><table:table-cell><text:p>Сроки</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Приказ</text:p></table:table-cell><table:table-cell><text:p>Сентябрь 2023</text:p></table:table-cell></table:table-row></table:table>',
);

describe('detectRoadmapFile', () => {
  it.each([
    ['a Word document named .pdf', WORD, 'карта.pdf', 'docx'],
    ['an Excel workbook named .docx', EXCEL, 'карта.docx', 'xlsx'],
    ['an OpenDocument spreadsheet named .zip', CALC, 'карта.zip', 'ods'],
    ['a PDF named .docx', strToU8('%PDF-1.7\n%…'), 'карта.docx', 'pdf'],
    ['a PDF with bytes before its header', strToU8('\n\n%PDF-1.4'), 'x', 'pdf'],
    ['text named .csv', strToU8('a;b\n1;2'), 'карта.CSV', 'csv'],
    ['text named anything else', strToU8('a\tb'), 'карта', 'text'],
  ] as const)('%s → %s', (_, bytes, name, kind) => {
    expect(detectRoadmapFile(bytes, name).kind).toBe(kind);
  });

  it('Word found through [Content_Types].xml when the document part has another name', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document2.xml': strToU8('<w:document><w:body/></w:document>'),
    });
    expect(detectRoadmapFile(bytes, 'x.docx')).toMatchObject({ kind: 'docx', part: 'word/document2.xml' });
  });
});

describe('importRoadmapFile: a PDF goes to the PDF reader, whatever its name', () => {
  it('school-osinovskaya-short-2024-2025.pdf named .docx', async () => {
    const r = await importRoadmapFile(readBytes('school-osinovskaya-short-2024-2025.pdf'), 'карта.docx');
    expect(r.error).toBeNull();
    expect(r.organisation).toBe('МКОУ «Осиновская ООШ»');
    expect(r.items).toHaveLength(5);
  });
});

describe('importRoadmapFile: what cannot be read says what was expected', () => {
  const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  it.each([
    ['an old Word file', OLE, 'карта.doc', FILE_ERRORS.oldWord('карта.doc')],
    ['an old Excel file', OLE, 'карта.xls', FILE_ERRORS.oldExcel('карта.xls')],
    ['RTF', strToU8('{\\rtf1\\ansi Дорожная карта}'), 'карта.rtf', FILE_ERRORS.rtf('карта.rtf')],
    [
      'an OpenDocument text',
      ods('', 'application/vnd.oasis.opendocument.text'),
      'карта.odt',
      FILE_ERRORS.odt('карта.odt'),
    ],
    [
      'a zip of something else',
      zipSync({ 'a.txt': strToU8('x') }),
      'карта.zip',
      FILE_ERRORS.otherZip('карта.zip'),
    ],
    [
      'a broken zip',
      new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9, 9]),
      'карта.docx',
      FILE_ERRORS.brokenZip('карта.docx'),
    ],
    [
      'binary data',
      Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256),
      'карта.bin',
      FILE_ERRORS.unknown('карта.bin'),
    ],
    ['an empty file', new Uint8Array(0), 'карта.txt', WARNINGS.empty],
  ] as const)('%s', async (_, bytes, name, message) => {
    const r = await importRoadmapFile(bytes, name);
    expect(r.items).toEqual([]);
    expect(r.error).toBe(message);
  });

  it('the unknown-file message names the formats expected', () => {
    expect(FILE_ERRORS.unknown('x')).toMatch(/\.docx.*\.pdf.*\.xlsx.*\.ods/);
  });
});

describe('importRoadmapFile: text files', () => {
  const TEXT =
    'Дорожная карта на 2023-2024 учебный год\n№\tМероприятие\tСроки\n1.\tИздание приказа\tСентябрь\n2.\tАнкетирование\tОктябрь';

  it('UTF-8 and Windows-1251 text read as a pasted table', async () => {
    for (const bytes of [strToU8(TEXT), encodeCp1251(TEXT)]) {
      const r = await importRoadmapFile(bytes, 'карта.txt');
      expect(r.items.map((i) => [i.activity, i.deadline.start])).toEqual([
        ['Издание приказа', '2023-09-01'],
        ['Анкетирование', '2023-10-01'],
      ]);
    }
  });

  it('CSV read as cells', async () => {
    const r = await importRoadmapFile(
      strToU8(
        'Дорожная карта на 2023-2024 учебный год\n№;Мероприятие;Сроки\n1;"Издание приказа; устава";Сентябрь\n',
      ),
      'карта.csv',
    );
    expect(r.format).toBe('cells');
    expect(r.items.map((i) => i.activity)).toEqual(['Издание приказа; устава']);
  });

  it('all the readers return the same result shape for the same table', async () => {
    const [w, x, o] = await Promise.all([
      importRoadmapFile(WORD, 'a.docx'),
      importRoadmapFile(EXCEL, 'a.xlsx'),
      importRoadmapFile(CALC, 'a.ods'),
    ]);
    expect(w.items.map((i) => i.activity)).toEqual(['Издание приказа']);
    expect(x.items.map((i) => i.deadlineText)).toEqual(['Сентябрь 2023']);
    expect(o.items.map((i) => i.deadlineText)).toEqual(['Сентябрь 2023']);
  });
});

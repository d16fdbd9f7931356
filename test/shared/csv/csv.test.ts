import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  encodeCp1251,
  parseCsv,
  parseCsvBytes,
  parseWrittenNumber,
  toCsv,
} from '../../../shared/csv';
import { Mentee } from '../../../shared/model';
import { encodeRow, formatIssue, MENTEES_SHEET, readTable } from '../../../shared/sheets';
import { SAMPLE_DIR } from '../../helpers/sample';

const TODAY = '2025-11-20';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('CSV import', () => {
  it.each([
    [';', 'ФИО;Стаж\r\nИванов;3\r\n'],
    [',', 'ФИО,Стаж\nИванов,3\n'],
    ['\t', 'ФИО\tСтаж\nИванов\t3\n'],
  ])('detects the delimiter %j', (delimiter, text) => {
    const res = parseCsv(text);
    expect(res.delimiter).toBe(delimiter);
    expect(res.rows).toEqual([
      ['ФИО', 'Стаж'],
      ['Иванов', '3'],
    ]);
  });

  it('reads Windows-1251 as Russian Excel saves it', () => {
    const text = 'ФИО;Должность;Стаж\r\nЁлкина Нина Юрьевна;учитель «ИЗО»;3\r\n';
    const bytes = encodeCp1251(text);
    expect(bytes.length).toBe(text.length);
    const res = parseCsvBytes(bytes);
    expect(res.encoding).toBe('windows-1251');
    expect(res.rows[1]).toEqual(['Ёлкина Нина Юрьевна', 'учитель «ИЗО»', '3']);
  });

  it('agrees with the platform decoder on every Windows-1251 byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 0x98);
    const expected = new TextDecoder('windows-1251').decode(all);
    expect(decodeCsvBytes(all).text).toBe(expected);
  });

  it('drops a UTF-8 BOM and reads UTF-8 without one', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ФИО;Стаж\nИванов;3')]);
    expect(parseCsvBytes(withBom).rows[0]).toEqual(['ФИО', 'Стаж']);
    expect(parseCsvBytes(utf8('ФИО;Стаж\nИванов;3')).encoding).toBe('utf-8');
  });

  it('reports a broken quote with its line and still returns the rows', () => {
    const res = parseCsv('ФИО;Стаж\n"Иванов;3\nПетров;4\n');
    expect(res.errors[0]).toMatchObject({ message: 'незакрытая кавычка' });
  });

  it('imports the sample mentee bank from its CSV file', () => {
    const rows = parseCsvBytes(readFileSync(join(SAMPLE_DIR, 'mentees.csv'))).rows;
    const res = readTable(rows, MENTEES_SHEET, Mentee, { today: TODAY });
    expect(res.rows.length + res.issues.filter((i) => i.severity === 'error').length).toBe(38);
  });
});

describe('CSV export', () => {
  it('neutralises cells that would run as formulas, keeps numbers as numbers', () => {
    const csv = toCsv([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['=1+1', '+7 900', '-5', '@SUM(A1)', -5, '\tTAB'],
    ]);
    const back = parseCsv(csv).rows;
    expect(back[1]).toEqual(["'=1+1", "'+7 900", "'-5", "'@SUM(A1)", '-5', "'\tTAB"]);
  });

  it('starts with a UTF-8 BOM and uses «;» by default, «,» on request', () => {
    expect(toCsv([['a', 'b']]).startsWith('\uFEFFa;b')).toBe(true);
    expect(toCsv([['a', 'b']], { delimiter: ',', bom: false })).toBe('a,b');
  });

  it('round-trips a bank through CSV: export, import, same records', () => {
    const rows = parseCsvBytes(readFileSync(join(SAMPLE_DIR, 'mentees.csv'))).rows;
    const first = readTable(rows, MENTEES_SHEET, Mentee, { today: TODAY });
    const exported = toCsv([
      MENTEES_SHEET.columns.map((c) => c.header),
      ...first.rows.map((r) => encodeRow(r.record, MENTEES_SHEET, { dates: 'text' })),
    ]);
    const second = readTable(parseCsv(exported).rows, MENTEES_SHEET, Mentee, { today: TODAY });
    expect(second.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    // The formula-like request comes back with its neutralising apostrophe, as text.
    const normalise = (m: Mentee) => ({ ...m, requests: m.requests.map((r) => r.replace(/^'/, '')) });
    expect(second.rows.map((r) => normalise(r.record))).toEqual(first.rows.map((r) => normalise(r.record)));
  });
});

describe('CSV lines as the file numbers them', () => {
  it('each row keeps the line it starts on: blank lines, space-only lines and multi-line cells counted', () => {
    const text = 'ФИО;Стаж\r\n\r\n  ;  \r\nИванов;3\r\n"Петров\r\nПётр";4\r\n\r\nСидоров;5';
    const res = parseCsv(text);
    expect(res.rows).toEqual([
      ['ФИО', 'Стаж'],
      ['Иванов', '3'],
      ['Петров\r\nПётр', '4'],
      ['Сидоров', '5'],
    ]);
    expect(res.lines).toEqual([1, 4, 5, 8]);
    expect(parseCsv('\uFEFFa;b\n\nc;d\n').lines).toEqual([1, 3]);
    expect(parseCsv('a;b\r\rc;d').lines).toEqual([1, 3]);
  });

  it('a broken quote is reported on the line where the quote opens', () => {
    const res = parseCsv('ФИО;Стаж\n\n\nИванов;3\n"Петров;4\nСидоров;5\n');
    expect(res.errors[0]).toEqual({ row: 5, message: 'незакрытая кавычка' });
  });
});

describe('parseWrittenNumber: only the forms a person writes', () => {
  it.each([
    ['42', 42],
    [' 42 ', 42],
    ['+42', 42],
    ['-3', -3],
    ['\u22123', -3],
    ['1 250', 1250],
    ['1\u00a0250', 1250],
    ['12\u202f345\u202f678', 12345678],
    ['52,5', 52.5],
    ['52.5', 52.5],
    ['1 000,25', 1000.25],
    ['0', 0],
    ['-0', 0],
  ])('reads «%s» as %d', (text, expected) => {
    expect(parseWrittenNumber(text)).toBe(expected);
  });

  it.each([
    '0x1F',
    '1e3',
    '1E-2',
    'Infinity',
    '-Infinity',
    'NaN',
    '0b11',
    '0o7',
    '',
    ' ',
    '1 00',
    '12 34',
    '1,2,3',
    '1.000.000',
    '5,',
    ',5',
    '.5',
    '--5',
    '+-5',
    '5-',
    '1_000',
    'пять',
  ])('refuses «%s»', (text) => {
    expect(parseWrittenNumber(text)).toBeNull();
  });
});

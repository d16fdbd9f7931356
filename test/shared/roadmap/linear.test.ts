import { describe, expect, it } from 'vitest';
import { importRoadmap, parseDeadline } from '../../../shared/roadmap';
import { appendBroken, cleanText, joinBroken } from '../../../shared/roadmap/text';

/*
 * Every parser is linear in its input. No times are asserted (speed is the benchmark's: npm run bench --
 * roadmap); these inputs simply have to finish within the suite's timeout. Before the fixes, 100,000
 * characters of «<p » took 34 s in cleanText, a cell continued over rows grew quadratically in the table
 * reader, and 1,000,000 characters of these would not finish in hours.
 */

const MILLION = 1_000_000;

function repeatTo(piece: string, n: number): string {
  return piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
}

const CELL_PIECES = ['1. ', 'январь ', '<p ', '1.1.', '<b>', '&a', '2023/2024 ', 'IV квартал '];

describe('1,000,000 characters of a repeated piece', () => {
  it.each(CELL_PIECES)('parseDeadline «%s» gives a deadline that names no date', (piece) => {
    const d = parseDeadline(repeatTo(piece, MILLION), '2023-2024');
    expect(d.kind).toBe('none');
  });

  it.each(CELL_PIECES)('cleanText «%s» keeps the text', (piece) => {
    expect(cleanText(repeatTo(piece, MILLION)).length).toBeGreaterThan(0);
  });

  const header =
    'Дорожная карта на 2023-2024 учебный год\n№\tМероприятие\tСроки\tОтветственный\n1\tНачало\tСентябрь\tКуратор\n';
  it.each([
    ['1. ', ''],
    ['январь ', ''],
    ['<p ', ''],
    ['<b>', ''],
    ['1. \n', ''],
    ['1.\tянварь\t<p\n', ''],
    ['\tпродолжение\t\t\n', header],
    ['\tсло-\t\t\n', header],
    ['продолжение строки\n', '1. Подготовка условий\n'],
  ])('importRoadmap «%s» returns a result', (piece, head) => {
    const r = importRoadmap(head + repeatTo(piece, MILLION));
    expect(Array.isArray(r.items)).toBe(true);
  });
});

describe('long texts are cleaned in pieces exactly as short ones', () => {
  it('a 200,000-character text of markup equals its fragments cleaned one by one', () => {
    const fragment = '<p>Проведение&nbsp;встречи **наставников**</p>\n<td class="x">до 25&#160;числа</td>\t';
    const n = Math.ceil(200_000 / fragment.length);
    const once = cleanText(fragment);
    expect(cleanText(fragment.repeat(n))).toBe(Array.from({ length: n }, () => once).join(' '));
  });

  it('appendBroken grows a text exactly as joinBroken does, hyphens included', () => {
    const pieces = ['сло-', 'во', 'Слово', '-', 'а', '', 'b-', 'x', 'ок-', 'Ж-', 'ц'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let k = 0; k < 500; k++) {
      const target = { text: '' };
      let expected = '';
      for (let i = 0; i < 12; i++) {
        const piece = pieces[Math.floor(next() * pieces.length)]!;
        appendBroken(target, 'text', piece);
        expected = joinBroken(expected, piece);
        expect(target.text).toBe(expected);
      }
    }
  });
});

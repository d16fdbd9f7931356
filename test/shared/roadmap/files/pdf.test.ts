import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRoadmap } from '../../../../shared/roadmap';
import { readPdfPages, readPdfRoadmap } from '../../../../shared/roadmap/files/pdf';
import { layoutPdfPages, type PdfPageContent } from '../../../../shared/roadmap/files/pdfLayout';
import { WARNINGS } from '../../../../shared/roadmap/strings';
import { compare, documentNames, periodMatches, readBytes, readExpected } from './roadmapFiles';

/*
 * Every PDF of ../shared/fixtures/roadmap-files read against its .expected.json. Item fields are asserted
 * one by one; parsed deadlines depend on the deadline reader, so their agreement is printed and held at
 * no less than what passes today (DEADLINES_TODAY): a drop fails, a rise is to be recorded here.
 */

/** Deadlines that agree with the expectations (kind, start, end, recurrence) today, per document. */
const DEADLINES_TODAY: Record<string, number> = {
  'gymnasium-2-svetloyarsk-two-tables-2022-2023': 16,
  'kindergarten-romashka-2024': 13,
  'lyceum-3-severogorsk-prikaz-2023-2024': 15,
  'school-mikhaylovskaya-no-deadlines-2024': 9,
  'school-osinovskaya-short-2024-2025': 5,
  'school-sosh7-novoborsk-2023-2024': 19,
};

const names = documentNames();

describe('PDF roadmaps: every expected item from the .pdf', () => {
  it('finds the six documents', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  const summary: string[] = [];
  for (const name of names) {
    it(name, async () => {
      const want = readExpected(name);
      const r = await readPdfRoadmap(readBytes(`${name}.pdf`), {});
      const c = compare(r, want);
      summary.push(
        `${name}: items ${c.itemsMatched}/${c.items}, fields ${c.fieldsMatched}/${c.fields}, ` +
          `deadlines ${c.deadlinesAgreed}/${c.deadlines}`,
      );
      console.log(`[pdf] ${summary[summary.length - 1]}`);
      expect(r.error).toBeNull();
      expect(periodMatches(r, want.period), `period ${JSON.stringify(r.period)}`).toBe(true);
      expect(r.organisation).toBe(want.organisation);
      expect(c.mismatches).toEqual([]);
      expect(r.items).toHaveLength(want.items.length);
      expect(c.deadlinesAgreed).toBeGreaterThanOrEqual(DEADLINES_TODAY[name] ?? want.items.length);
    });
  }
});

describe('pdfjs runs with nothing fetched', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a file without calling fetch (no worker, CMap, font or wasm URL)', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('network');
    });
    const r = await readPdfRoadmap(readBytes('school-osinovskaya-short-2024-2025.pdf'), {});
    expect(r.items).toHaveLength(5);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('leaves the caller’s bytes usable (pdfjs transfers its buffer)', async () => {
    const bytes = readBytes('school-osinovskaya-short-2024-2025.pdf');
    await readPdfRoadmap(bytes, {});
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect((await readPdfRoadmap(bytes, {})).items).toHaveLength(5);
  });

  it('says what is wrong with a file that is not a PDF', async () => {
    const r = await readPdfRoadmap(new TextEncoder().encode('not a pdf at all'), {});
    expect(r.error).toBe(WARNINGS.pdfUnreadable);
    expect(r.items).toEqual([]);
  });
});

// ——— the geometry alone, on synthetic pages ———

const SIZE = 10;
const LINE = 12;

/** A page with a table drawn cell by cell: `grid[r][c]` is a cell's lines; null continues the cell above (vMerge), '→' the cell on the left (gridSpan). */
function ruledPage(
  grid: (string[] | null | '→')[][],
  xs: number[],
  options: { top?: number; rowHeight?: number[]; above?: string[] } = {},
): PdfPageContent {
  const top = options.top ?? 700;
  const heights = grid.map((row, r) => options.rowHeight?.[r] ?? rowHeight(row));
  const ys = [top];
  for (const h of heights) ys.push(ys[ys.length - 1]! - h);
  const texts: PdfPageContent['texts'] = [];
  const rules: PdfPageContent['rules'] = [];
  (options.above ?? []).forEach((t, i) => {
    texts.push({
      text: t,
      x: xs[0]!,
      y: top + 20 + (options.above!.length - i) * LINE,
      width: t.length * 5,
      size: SIZE,
      bold: false,
    });
  });
  const left = xs[0]!;
  const right = xs[xs.length - 1]!;
  rules.push({ x1: left, y1: top, x2: right, y2: top });
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      const x0 = xs[c]!;
      const x1 = xs[c + 1]!;
      // Bottom border unless the next row's cell continues this one.
      const below = grid[r + 1]?.[c];
      if (below !== null) rules.push({ x1: x0, y1: ys[r + 1]!, x2: x1, y2: ys[r + 1]! });
      // Left border unless this cell continues the one on its left.
      if (cell !== '→') rules.push({ x1: x0, y1: ys[r]!, x2: x0, y2: ys[r + 1]! });
      if (Array.isArray(cell)) {
        cell.forEach((t, i) => {
          texts.push({
            text: t,
            x: x0 + 4,
            y: ys[r]! - 4 - SIZE - i * LINE,
            width: t.length * 5,
            size: SIZE,
            bold: false,
          });
        });
      }
    });
    rules.push({ x1: right, y1: ys[r]!, x2: right, y2: ys[r + 1]! });
  });
  return { width: 600, height: 800, texts, rules };
}

function rowHeight(row: (string[] | null | '→')[]): number {
  return 8 + LINE * Math.max(1, ...row.map((c) => (Array.isArray(c) ? c.length : 1)));
}

const XS = [50, 80, 200, 400, 480, 560];
const HEADER: (string[] | null | '→')[] = [['№'], ['Этап'], ['Мероприятие'], ['Сроки'], ['Ответственный']];

describe('layoutPdfPages (geometry)', () => {
  it('reads cells from borders: multi-line cells, a cell merged down, a section merged across', () => {
    const page = ruledPage(
      [
        HEADER,
        [['Подготовка'], '→', '→', '→', '→'],
        [['1.'], ['Подготовка', 'условий'], ['Издание приказа о', 'внедрении'], ['Сентябрь'], ['Директор']],
        [null, null, ['Назначение куратора'], ['Сентябрь -', 'октябрь'], ['Директор,', 'куратор']],
      ],
      XS,
    );
    const layout = layoutPdfPages([page]);
    expect(layout.method).toBe('rules');
    expect(layout.rows).toEqual([
      ['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответственный'],
      ['<b>Подготовка</b>', '', '', '', ''],
      ['1.', 'Подготовка условий', 'Издание приказа о внедрении', 'Сентябрь', 'Директор'],
      ['1.', 'Подготовка условий', 'Назначение куратора', 'Сентябрь - октябрь', 'Директор, куратор'],
    ]);
  });

  it('keeps a hyphen or dash at a line end glued to the next word, and spaces a spaced dash', () => {
    const page = ruledPage(
      [HEADER, [['1.'], ['Этап'], ['Работа'], ['Январь–', 'апрель'], ['Педагог-', 'психолог']]],
      XS,
    );
    expect(layoutPdfPages([page]).rows[1]).toEqual([
      '1.',
      'Этап',
      'Работа',
      'Январь–апрель',
      'Педагог-психолог',
    ]);
  });

  it('joins a table across pages: repeated header dropped, a row cut by the page break rejoined', () => {
    const p1 = ruledPage(
      [
        HEADER,
        [['1.'], ['Этап'], ['Встречи наставников', 'и наставляемых,'], ['Ежемесячно'], ['Наставники']],
      ],
      XS,
      { above: ['Дорожная карта на 2024 год'] },
    );
    const p2 = ruledPage(
      [HEADER, [[], [], ['обратная связь'], [], []], [['2.'], ['Итоги'], ['Отчёт'], ['Май'], ['Куратор']]],
      XS,
      { top: 780 },
    );
    const layout = layoutPdfPages([p1, p2]);
    expect(layout.preamble.map((l) => l.text)).toEqual(['Дорожная карта на 2024 год']);
    expect(layout.rows).toEqual([
      ['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответственный'],
      ['1.', 'Этап', 'Встречи наставников и наставляемых, обратная связь', 'Ежемесячно', 'Наставники'],
      ['2.', 'Итоги', 'Отчёт', 'Май', 'Куратор'],
    ]);
  });

  it('a merged cell cut by a page break: its rest joins it, an empty rest takes its text', () => {
    const p1 = ruledPage(
      [
        HEADER,
        [['1.'], ['Обучение', 'наставников и'], ['Курсы'], ['Ноябрь'], ['Куратор']],
        [['2.'], null, ['Семинар'], ['Ноябрь'], ['Куратор']],
      ],
      XS,
    );
    const p2 = ruledPage(
      [
        HEADER,
        [['3.'], ['формирование пар'], ['Приказ'], ['Декабрь'], ['Директор']],
        [['4.'], ['Работа пар'], ['Встречи'], ['Ежемесячно'], ['Наставники']],
      ],
      XS,
      { top: 780 },
    );
    const stages = layoutPdfPages([p1, p2])
      .rows.slice(1)
      .map((r) => r[1]);
    expect(stages).toEqual([
      'Обучение наставников и формирование пар',
      'Обучение наставников и формирование пар',
      'Обучение наставников и формирование пар',
      'Работа пар',
    ]);
    const p2empty = ruledPage([HEADER, [['3.'], [], ['Приказ'], ['Декабрь'], ['Директор']]], XS, {
      top: 780,
    });
    expect(
      layoutPdfPages([p1, p2empty])
        .rows.slice(1)
        .map((r) => r[1]),
    ).toEqual(['Обучение наставников и', 'Обучение наставников и', 'Обучение наставников и']);
  });

  it('takes the table that names responsible persons over an overview of stages', () => {
    const overview = ruledPage(
      [
        [['№'], ['Этап'], ['Содержание'], ['Сроки реализации'], ['Итог']],
        [['1.'], ['Подготовка'], ['Условия'], ['Август'], ['-']],
      ],
      XS,
      { top: 750 },
    );
    const plan = ruledPage([HEADER, [['1.'], ['Этап'], ['Приказ'], ['Май'], ['Директор']]], XS, { top: 500 });
    const page = {
      ...overview,
      texts: [...overview.texts, ...plan.texts],
      rules: [...overview.rules, ...plan.rules],
    };
    const rows = layoutPdfPages([page]).rows;
    expect(rows[0]).toEqual(['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответственный']);
    expect(rows).toHaveLength(2);
  });

  it('falls back to the gaps between words when nothing is drawn', () => {
    const page = ruledPage(
      [
        HEADER,
        [['1.'], ['Подготовка'], ['Издание приказа', 'о внедрении'], ['Сентябрь'], ['Директор']],
        [['2.'], ['Банк'], ['Анкетирование'], ['Октябрь'], ['Куратор']],
      ],
      XS,
    );
    const layout = layoutPdfPages([{ ...page, rules: [] }]);
    expect(layout.method).toBe('text');
    expect(layout.rows).toEqual([
      ['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответственный'],
      ['1.', 'Подготовка', 'Издание приказа о внедрении', 'Сентябрь', 'Директор'],
      ['2.', 'Банк', 'Анкетирование', 'Октябрь', 'Куратор'],
    ]);
  });
});

describe('the fallback without borders, on the six documents with their lines taken away', () => {
  /** Items and fields that match today when only the text geometry is used; a drop fails. */
  const TODAY = { items: 37, fields: 203 };

  it('finds columns and rows from the text alone', async () => {
    let items = 0;
    let fields = 0;
    let total = 0;
    for (const name of names) {
      const pages = (await readPdfPages(readBytes(`${name}.pdf`))).map((p) => ({ ...p, rules: [] }));
      const layout = layoutPdfPages(pages);
      expect(layout.method).toBe('text');
      const r = importRoadmap([...layout.preamble.map((l) => [l.text]), ...layout.rows], {});
      const c = compare(r, readExpected(name));
      items += c.itemsMatched;
      fields += c.fieldsMatched;
      total += c.items;
      console.log(
        `[pdf, text only] ${name}: items ${c.itemsMatched}/${c.items}, fields ${c.fieldsMatched}/${c.fields}`,
      );
    }
    console.log(`[pdf, text only] all: items ${items}/${total}, fields ${fields}/${total * 4}`);
    expect(items).toBeGreaterThanOrEqual(TODAY.items);
    expect(fields).toBeGreaterThanOrEqual(TODAY.fields);
  });
});

describe('layoutPdfPages is n log n in the text pieces', () => {
  it('200 pages of a real document take about ten times as long as 20 pages', async () => {
    const pages = await readPdfPages(readBytes('school-sosh7-novoborsk-2023-2024.pdf'));
    const middle = pages[1]!; // a page of table only, under the repeated header
    const doc = (n: number) => [pages[0]!, ...Array.from({ length: n - 1 }, () => middle)];
    const time = (n: number) => {
      const d = doc(n);
      const t0 = performance.now();
      const layout = layoutPdfPages(d);
      const r = importRoadmap(layout.rows, {});
      return { ms: performance.now() - t0, rows: layout.rows.length, items: r.items.length };
    };
    time(20); // warm up
    const small = time(20);
    const large = time(200);
    const pieces = middle.texts.length * 200;
    console.log(
      `[pdf] layout+import: 20 pages ${small.ms.toFixed(1)} ms, 200 pages (${pieces} text pieces) ${large.ms.toFixed(1)} ms`,
    );
    expect(large.rows).toBeGreaterThan(small.rows * 9);
    expect(large.items).toBeGreaterThan(1000);
    expect(large.ms).toBeLessThan(Math.max(small.ms, 5) * 20);
    expect(large.ms).toBeLessThan(3000);
  });

  it('the text-only fallback too: 200 pages without borders', async () => {
    const pages = (await readPdfPages(readBytes('school-sosh7-novoborsk-2023-2024.pdf'))).map((p) => ({
      ...p,
      rules: [],
    }));
    const doc = (n: number) => [pages[0]!, ...Array.from({ length: n - 1 }, () => pages[1]!)];
    const time = (n: number) => {
      const t0 = performance.now();
      const layout = layoutPdfPages(doc(n));
      return { ms: performance.now() - t0, rows: layout.rows.length };
    };
    time(20);
    const small = time(20);
    const large = time(200);
    console.log(
      `[pdf] text-only layout: 20 pages ${small.ms.toFixed(1)} ms, 200 pages ${large.ms.toFixed(1)} ms`,
    );
    expect(large.rows).toBeGreaterThan(small.rows * 9);
    expect(large.ms).toBeLessThan(Math.max(small.ms, 5) * 20);
  });
});

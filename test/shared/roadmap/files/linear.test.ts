import { describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../../../shared/roadmap';
import { parseDocument } from '../../../../shared/roadmap/files/docx';
import { XmlScanner } from '../../../../shared/roadmap/files/xml';
import { docx, ods, tr, xlsx } from './build';

/*
 * The file readers are linear in their input: time per cell stays flat from 10,000 to 100,000 cells, and
 * broken XML (tags never closed, quotes never closed, comments and CDATA never ended) costs no more than
 * well-formed XML. A quadratic step would make the 10× larger input take ~100× longer; the bound
 * below (25×) leaves room for a busy machine and still fails on that.
 */

async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** The best of a few runs: the machine's noise only ever adds time. */
async function best(f: () => Promise<unknown> | unknown, runs = 3): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, await timeAsync(async () => f()));
  return min;
}

const report: string[] = [];

function docxWithCells(cells: number): Uint8Array {
  const row = tr(['1.', 'Этап', 'Мероприятие «Лучшая пара» &amp; встреча', 'Сентябрь', 'Куратор']);
  const header = tr(['№', 'Наименование этапа', 'Мероприятия', 'Сроки', 'Ответственные']);
  return docx(`<w:tbl><w:tblGrid/>${header}${row.repeat(cells / 5)}</w:tbl>`);
}

describe('linear time', () => {
  it('a .docx whose table repeats 100,000 cells imports, at a flat time per cell', async () => {
    const small = docxWithCells(10_000);
    const large = docxWithCells(100_000);
    let items = 0;
    const tSmall = await best(async () => importRoadmapFile(small, 's.docx'));
    const tLarge = await best(async () => {
      items = (await importRoadmapFile(large, 'l.docx')).items.length;
    }, 2);
    report.push(
      `docx 10,000 cells: ${tSmall.toFixed(0)} ms; 100,000 cells: ${tLarge.toFixed(0)} ms (${(tLarge / tSmall).toFixed(1)}×)`,
    );
    expect(items).toBe(20_000);
    expect(tLarge / tSmall).toBeLessThan(25);
    expect(tLarge).toBeLessThan(20_000);
  });

  it('.xlsx and .ods with 100,000 cells', async () => {
    const cells = (n: number) =>
      Array.from(
        { length: n / 5 },
        (_, r) =>
          `<row r="${r + 2}">${['1', 'Этап', 'Мероприятие', 'Сентябрь 2023', 'Куратор'].map((v, c) => `<c r="${'ABCDE'[c]}${r + 2}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`,
      ).join('');
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>№</t></is></c><c r="B1" t="inlineStr"><is><t>Этап</t></is></c><c r="C1" t="inlineStr"><is><t>Мероприятия</t></is></c><c r="D1" t="inlineStr"><is><t>Сроки</t></is></c><c r="E1" t="inlineStr"><is><t>Ответственные</t></is></c></row>';
    const book = (n: number) => xlsx([{ name: 'Л', xml: `<sheetData>${header}${cells(n)}</sheetData>` }]);
    const odsRow =
      '<table:table-row>' +
      ['1', 'Этап', 'Мероприятие', 'Сентябрь 2023', 'Куратор']
        .map((v) => `<table:table-cell><text:p>${v}</text:p></table:table-cell>`)
        .join('') +
      '</table:table-row>';
    const calc = (n: number) => ods(`<table:table>${odsRow.repeat(n / 5)}</table:table>`);
    for (const [kind, make] of [
      ['xlsx', book],
      ['ods', calc],
    ] as const) {
      const small = make(10_000);
      const large = make(100_000);
      const tSmall = await best(() => importRoadmapFile(small, `s.${kind}`));
      const tLarge = await best(() => importRoadmapFile(large, `l.${kind}`), 2);
      report.push(
        `${kind} 10,000 cells: ${tSmall.toFixed(0)} ms; 100,000 cells: ${tLarge.toFixed(0)} ms (${(tLarge / tSmall).toFixed(1)}×)`,
      );
      expect(tLarge / tSmall).toBeLessThan(25);
    }
  });

  it.each([
    ['tags never closed', '<w:t'],
    ['attribute quotes never closed', '<w:p w:val="'],
    ['many attributes', '<w:p a="1" b=\'2\' c="3"/>'],
    ['comments never ended', '<!--'],
    ['CDATA never ended', '<![CDATA['],
    ['processing instructions never ended', '<?x'],
    ['entities', '&amp;&#1040;&#x410;&bogus;&'],
    ['open cells and paragraphs', '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x'],
  ])('broken XML stays linear: %s', async (_, unit) => {
    const small = unit.repeat(10_000);
    const large = unit.repeat(100_000);
    const ctx = { styles: new Map(), numbering: { label: () => '' } } as unknown as Parameters<
      typeof parseDocument
    >[1];
    const scan = (xml: string) => {
      const sc = new XmlScanner(xml);
      let n = 0;
      for (let k = sc.next(); k !== 'end'; k = sc.next()) {
        if (k === 'text') sc.text();
        if (k === 'open') sc.attr('w:val');
        n++;
      }
      return n + parseDocument(xml, ctx).length;
    };
    const tSmall = await best(() => scan(small));
    const tLarge = await best(() => scan(large), 2);
    report.push(
      `XML ${_}: ${small.length} chars ${tSmall.toFixed(1)} ms; ${large.length} chars ${tLarge.toFixed(1)} ms`,
    );
    // Tiny times are noise: compare once the small input takes measurable time.
    expect(tLarge).toBeLessThan(Math.max(30 * tSmall, 1000));
  });

  it('prints the measurements', () => {
    console.log(report.join('\n'));
    expect(report.length).toBeGreaterThan(0);
  });
});

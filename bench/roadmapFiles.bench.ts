// Roadmap files: how reading grows with the document. Word, Excel and OpenDocument tables of 10,000 and
// 100,000 cells, and a real PDF's layout repeated to 20 and 200 pages. A linear reader grows ~10× when the
// input grows 10×; a quadratic one ~100×. (The tests only check that the large inputs come out right.)
import { importRoadmap, importRoadmapFile } from '../shared/roadmap';
import { readPdfPages } from '../shared/roadmap/files/pdf';
import { layoutPdfPages } from '../shared/roadmap/files/pdfLayout';
import { docx, ods, tr, xlsx } from '../test/shared/roadmap/files/build';
import { readBytes } from '../test/shared/roadmap/files/roadmapFiles';

const ROW = ['1.', 'Этап', 'Мероприятие «Лучшая пара» и встреча', 'Сентябрь 2023', 'Куратор'];
const HEAD = ['№', 'Наименование этапа', 'Мероприятия', 'Сроки', 'Ответственные'];

const makers: Record<string, (cells: number) => Uint8Array> = {
  docx: (cells) => docx(`<w:tbl><w:tblGrid/>${tr(HEAD)}${tr(ROW).repeat(cells / 5)}</w:tbl>`),
  xlsx: (cells) => {
    const cell = (v: string, c: number, r: number) =>
      `<c r="${'ABCDE'[c]}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = Array.from(
      { length: cells / 5 },
      (_, r) => `<row r="${r + 2}">${ROW.map((v, c) => cell(v, c, r + 2)).join('')}</row>`,
    ).join('');
    const head = `<row r="1">${HEAD.map((v, c) => cell(v, c, 1)).join('')}</row>`;
    return xlsx([{ name: 'Лист', xml: `<sheetData>${head}${rows}</sheetData>` }]);
  },
  ods: (cells) => {
    const row = (vals: string[]) =>
      `<table:table-row>${vals.map((v) => `<table:table-cell><text:p>${v}</text:p></table:table-cell>`).join('')}</table:table-row>`;
    return ods(`<table:table>${row(HEAD)}${row(ROW).repeat(cells / 5)}</table:table>`);
  },
};

/** Best of a few runs: the machine's noise only ever adds time. */
async function best(f: () => Promise<unknown> | unknown, runs = 3): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

console.log('file    10,000 cells   100,000 cells   growth (linear ≈ 10×)');
for (const [kind, make] of Object.entries(makers)) {
  const small = make(10_000);
  const large = make(100_000);
  await importRoadmapFile(small, `w.${kind}`); // warm-up
  const a = await best(() => importRoadmapFile(small, `s.${kind}`));
  const b = await best(() => importRoadmapFile(large, `l.${kind}`), 2);
  console.log(
    `${kind.padEnd(6)} ${a.toFixed(0).padStart(9)} ms ${b.toFixed(0).padStart(12)} ms ${(b / a).toFixed(1).padStart(10)}×`,
  );
}

const pages = await readPdfPages(readBytes('school-sosh7-novoborsk-2023-2024.pdf'));
const doc = (n: number, rules: boolean) =>
  [pages[0]!, ...Array.from({ length: n - 1 }, () => pages[1]!)].map((p) =>
    rules ? p : { ...p, rules: [] },
  );
console.log('\npdf layout + import   20 pages   200 pages   growth (linear ≈ 10×)');
for (const rules of [true, false]) {
  const run = (n: number) => () => importRoadmap(layoutPdfPages(doc(n, rules)).rows, {});
  run(20)();
  const a = await best(run(20));
  const b = await best(run(200), 2);
  console.log(
    `${(rules ? 'with borders' : 'text only').padEnd(20)} ${a.toFixed(0).padStart(7)} ms ${b.toFixed(0).padStart(8)} ms ${(b / a).toFixed(1).padStart(9)}×`,
  );
}

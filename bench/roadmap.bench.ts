// Roadmap import speed: rows per second for each input layout, against a bare split of the same text
// (the floor: what reading lines and tabs costs with no understanding at all).
import { readFileSync } from 'node:fs';
import { importRoadmap, parseDeadline } from '../shared/roadmap';

const fixtureDir = new URL('../test/fixtures/roadmaps/', import.meta.url);
const district = readFileSync(new URL('district-boguchany-2022-2023.txt', fixtureDir), 'utf8');
const pdf = readFileSync(new URL('pdf-text-school-2023-2024.txt', fixtureDir), 'utf8');

const DEADLINES = [
  'Январь 2023г.',
  'Сентябрь - октябрь',
  'Январьапрель',
  '10.11.2022 г',
  'До 21.11.2022г',
  'До 1 декабря',
  'В течение года',
  'Ноябрь, апрель ежегодно',
  'Июнь ежегодно',
  'Ежемесячно, в т.ч. на «входе» и «выходе» из программы',
  'В течение месяца после издания приказа директора школы об отборе наставников',
  'По планам работы школ',
];

function tabbed(rows: number): string {
  const lines = [
    '**Дорожная карта на 2023-2024 учебный год**',
    '№\tМероприятия\tОжидаемый результат\tСроки\tОтветственный',
  ];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${i}.\tПроведение мероприятия ${i} по наставничеству\t<p>Результат ${i} достигнут</p>\t${DEADLINES[i % DEADLINES.length]}\tК.К.Бирюкова Руководители РМО`,
    );
  }
  return lines.join('\n');
}

function cells(rows: number): string[][] {
  const out = [['№', 'Мероприятие', 'Результат', 'Срок', 'Ответственный']];
  for (let i = 1; i <= rows; i++) {
    out.push([String(i), `Мероприятие ${i}`, `Результат ${i}`, DEADLINES[i % DEADLINES.length]!, 'Куратор']);
  }
  return out;
}

function pdfText(copies: number): string {
  const body = pdf.split('\n').slice(6);
  const lines = pdf.split('\n').slice(0, 6);
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const l of body) {
      const m = /^(\d+)(\.?)\s(.*)$/.exec(l);
      if (m) {
        n++;
        lines.push(`${n}${m[2]} ${m[3]}`);
      } else lines.push(l);
    }
  }
  return lines.join('\n');
}

function measure(label: string, rows: number, fn: () => unknown, minMs = 1500): number {
  fn(); // warm-up
  (globalThis as { gc?: () => void }).gc?.();
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  const perSec = (rows * runs) / (elapsed / 1000);
  console.log(
    `${label.padEnd(52)} ${Math.round(perSec).toLocaleString('en-US').padStart(12)} rows/s  (${runs} runs, ${(elapsed / runs).toFixed(1)} ms/run)`,
  );
  return perSec;
}

const N = 10_000;
const text = tabbed(N);
const grid = cells(N);
const bare = measure('baseline: split lines and tabs only (10k rows)', N, () =>
  text.split('\n').map((l) => l.split('\t')),
);
const tab = measure('importRoadmap, tabbed text (10k rows)', N, () => importRoadmap(text));
const cel = measure('importRoadmap, cells string[][] (10k rows)', N, () => importRoadmap(grid));
const pdfDoc = pdfText(1500);
const pdfRows = importRoadmap(pdfDoc).items.length;
const pd = measure(`importRoadmap, PDF text, no tabs (${pdfRows} stages)`, pdfRows, () =>
  importRoadmap(pdfDoc),
);
const districtRows = importRoadmap(district).items.length;
measure(`importRoadmap, district fixture (${districtRows} rows)`, districtRows, () =>
  importRoadmap(district),
);
const dl = measure('parseDeadline alone (12 forms of DOMAIN.md)', DEADLINES.length, () => {
  for (const d of DEADLINES) parseDeadline(d, '2023-2024');
});

console.log('\nratios');
console.log(
  `tabbed import vs bare split: ${(bare / tab).toFixed(1)}× slower (the price of understanding each row)`,
);
console.log(`cells import vs tabbed text: ${(cel / tab).toFixed(2)}×`);
console.log(`PDF text vs tabbed text:     ${(pd / tab).toFixed(2)}×`);
console.log(`deadlines parsed per second: ${Math.round(dl).toLocaleString('en-US')}`);

// Autofill engine: accuracy on the fixture portals (fields right / found / total) against a naive
// exact-label matcher, and the speed of plan + fill on a generated 300-field page (happy-dom).
import { applyFill, findFields, planFill } from '../extension/autofill';
import { INDICATORS } from '../shared/report/catalog';
import { normalizeText } from '../shared/sheets/normalize';
import { accuracy, domLibraryVisibility, FIXTURES, loadFixture } from '../test/extension/helpers/fixtures';
import { samplePackage } from '../test/extension/helpers/samplePackage';
import { medianMs } from './lib/timing';

const pkg = samplePackage();
const opts = { isVisible: domLibraryVisibility };

/** The alternative: a field matches only when its label equals an indicator label or synonym. */
function naiveRight(doc: Document): { right: number; found: number } {
  const phrases = new Map<string, string>();
  for (const d of INDICATORS) for (const p of [d.label, ...d.synonyms]) phrases.set(normalizeText(p), d.key);
  let right = 0;
  let found = 0;
  for (const f of findFields(doc, domLibraryVisibility)) {
    if (!f.visible || f.disabled || f.readOnly) continue;
    const key = phrases.get(normalizeText(f.label));
    if (!key) continue;
    found++;
    const exp = (
      f.element.closest('[data-expect]') ?? f.options[0]?.element.closest('[data-expect]')
    )?.getAttribute('data-expect');
    if (exp === key) right++;
  }
  return { right, found };
}

console.log(
  'Точность сопоставления (поля верно / найдено / всего); heldout — контрольная форма, написанная после движка (см. docs/extension.md):',
);
let sum = { right: 0, found: 0, total: 0, naive: 0 };
for (const name of [...FIXTURES, 'heldout']) {
  const { document } = loadFixture(name);
  const acc = accuracy(document, planFill(document, pkg, opts));
  const naive = naiveRight(document);
  sum = {
    right: sum.right + acc.right,
    found: sum.found + acc.found,
    total: sum.total + acc.total,
    naive: sum.naive + naive.right,
  };
  if (acc.wrong.length && name === 'heldout')
    for (const w of acc.wrong) console.log(`    ✗ «${w.label}»: ${w.got ?? '—'} вместо ${w.expected ?? '—'}`);
  console.log(
    `  ${name.padEnd(9)} движок ${acc.right}/${acc.found}/${acc.total}   точное совпадение названия ${naive.right}/${naive.found}/${acc.total}`,
  );
}
console.log(
  `  итого     движок ${sum.right}/${sum.found}/${sum.total} (${((100 * sum.right) / sum.total).toFixed(0)}%)   ` +
    `точное совпадение ${sum.naive}/${sum.total} (${((100 * sum.naive) / sum.total).toFixed(0)}%)`,
);

/** A 300-field portal: 60 table rows × 3 inputs, 60 labelled inputs, 30 selects, 30 radio pairs. */
function bigPage(): string {
  const defs = INDICATORS;
  const parts: string[] = [
    '<form><table><tr><th>Показатель</th><th>Школа 1</th><th>Школа 2</th><th>Школа 3</th></tr>',
  ];
  for (let i = 0; i < 60; i++) {
    const d = defs[i % defs.length]!;
    parts.push(
      `<tr><td>${d.label} (${i})</td>${[1, 2, 3].map((c) => `<td><input name="t${i}_${c}"></td>`).join('')}</tr>`,
    );
  }
  parts.push('</table>');
  for (let i = 0; i < 60; i++) {
    const d = defs[(i * 7) % defs.length]!;
    parts.push(
      `<div><label for="l${i}">${d.synonyms[0] ?? d.label}</label><input id="l${i}" name="l${i}"></div>`,
    );
  }
  for (let i = 0; i < 30; i++)
    parts.push(
      `<div><label for="s${i}">Вопрос ${i}: ${defs[i % defs.length]!.label}</label><select id="s${i}"><option></option><option>Да</option><option>Нет</option></select></div>`,
    );
  for (let i = 0; i < 30; i++)
    parts.push(
      `<fieldset><legend>Наличие документа ${i}</legend><label><input type="radio" name="r${i}">Да</label><label><input type="radio" name="r${i}">Нет</label></fieldset>`,
    );
  parts.push('</form>');
  return `<!doctype html><html><body>${parts.join('')}</body></html>`;
}

const html = bigPage();
function time(label: string, runs: number, fn: () => void): number {
  const ms = medianMs(fn, runs);
  console.log(`  ${label.padEnd(46)} ${ms.toFixed(1)} мс (медиана ${runs} прогонов)`);
  return ms;
}

console.log('\nСкорость на странице из 300 полей (happy-dom):');
const { document } = loadFixture('big', html);
const fields = findFields(document, domLibraryVisibility).length;
console.log(`  полей найдено: ${fields}`);
const find = time('поиск полей и чтение подписей (findFields)', 15, () =>
  findFields(document, domLibraryVisibility),
);
const plan = time('план (planFill)', 15, () => planFill(document, pkg, opts));
const ready = planFill(document, pkg, opts);
const filling = ready.fields.filter((f) => f.action === 'fill').length;
const fill = time(`заполнение ${filling} полей и отмена (applyFill + undo)`, 15, () =>
  applyFill(ready).undo(),
);
console.log(`  доля сопоставления в плане: ${(((plan - find) / plan) * 100).toFixed(0)}%`);
console.log(
  `  на одно поле: план ${((plan / fields) * 1000).toFixed(0)} мкс, заполнение+отмена ${((fill / Math.max(filling, 1)) * 1000).toFixed(0)} мкс на заполняемое поле`,
);

/** The same page in real Chromium, where visibility uses real layout (elementFromPoint, clipping). */
async function inChromium(): Promise<void> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const { existsSync } = await import('node:fs');
  if (!existsSync(path)) {
    console.log(`\nChromium не найден (${path}): замер в браузере пропущен.`);
    return;
  }
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    stdin: {
      contents:
        "import { planFill, applyFill } from './extension/autofill'; (globalThis as any).__engine = { planFill, applyFill };",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const browser = await chromium.launch({
    executablePath: path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(html);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // Passed as text: tsx's name-keeping helpers do not exist inside the page.
    await page.evaluate(`globalThis.__report = ${JSON.stringify(pkg)}`);
    const r = (await page.evaluate(`(() => {
      const e = globalThis.__engine;
      const report = globalThis.__report;
      const median = (fn, runs) => {
        fn();
        const all = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          fn();
          all.push(performance.now() - t0);
        }
        return all.sort((a, b) => a - b)[Math.floor(runs / 2)];
      };
      const plan = e.planFill(document, report);
      return {
        fields: plan.fields.length,
        filling: plan.fields.filter((f) => f.action === 'fill').length,
        plan: median(() => e.planFill(document, report), 15),
        fill: median(() => e.applyFill(plan).undo(), 15),
      };
    })()`)) as { fields: number; filling: number; plan: number; fill: number };
    console.log(`\nСкорость в Chromium (видимость по настоящей разметке), ${r.fields} полей:`);
    console.log(
      `  план (planFill)                                ${r.plan.toFixed(1)} мс (медиана 15 прогонов)`,
    );
    console.log(
      `  заполнение ${r.filling} полей и отмена               ${r.fill.toFixed(1)} мс (медиана 15 прогонов)`,
    );
    console.log(`  Chromium / happy-dom, план: ×${(r.plan / plan).toFixed(2)}`);
  } finally {
    await browser.close();
  }
}
await inChromium();

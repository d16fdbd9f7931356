// Autofill engine: fields right / wrong / empty / must-stay changed on the project's own fixture portals
// (happy-dom) and on every page of the portal development set (../shared/fixtures/portals, judged by its
// judge.mjs in Chromium), and plan and fill times at 300 and 1,000 fields in Chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { planFill } from '../extension/autofill';
import type { FillPlan } from '../extension/autofill/types';
import { buildPortalEngine } from '../scripts/portalEngine';
import { INDICATORS } from '../shared/report/catalog';
import { domLibraryVisibility, FIXTURES, loadFixture } from '../test/extension/helpers/fixtures';
import { type Judgement, judge, PORTALS_DIR, REPO_ROOT } from '../test/extension/helpers/portals';
import { samplePackage } from '../test/extension/helpers/samplePackage';

const pad = (s: string | number, n: number) => String(s).padStart(n);

// ---------------------------------------------------------------- the project's own fixtures
/** right: the expected indicator goes in; wrong: another one (or one where none is expected); empty: none. */
function scoreFixture(plan: FillPlan) {
  const s = { right: 0, wrong: 0, empty: 0, changed: 0, total: 0 };
  for (const f of plan.fields) {
    const holder = f.element.closest('[data-expect]') ?? f.options[0]?.element.closest('[data-expect]');
    const exp = holder?.getAttribute('data-expect') ?? null;
    const fills = f.action === 'fill' || f.reason === 'same-value';
    if (exp === 'none') {
      s.total++;
      if (f.action === 'fill') s.changed++;
      else s.right++;
      continue;
    }
    if (!exp) {
      if (f.action === 'fill') s.wrong++;
      continue;
    }
    s.total++;
    if (f.indicator === exp && fills) s.right++;
    else if (f.indicator && f.action === 'fill') s.wrong++;
    else s.empty++;
  }
  return s;
}

const header = `  ${'страница'.padEnd(26)}${pad('полей', 7)}${pad('верно', 7)}${pad('неверно', 9)}${pad('пусто', 7)}${pad('тронуто лишнее', 16)}`;
console.log(
  'Свои формы проекта (happy-dom; поля с data-expect; «тронуто лишнее» — поле, которое надо оставить):',
);
console.log(header);
const pkg = samplePackage();
const own = { right: 0, wrong: 0, empty: 0, changed: 0, total: 0 };
for (const name of [...FIXTURES, 'heldout']) {
  const { document } = loadFixture(name);
  const s = scoreFixture(planFill(document, pkg, { isVisible: domLibraryVisibility }));
  for (const k of Object.keys(own) as (keyof typeof own)[]) own[k] += s[k];
  console.log(
    `  ${name.padEnd(26)}${pad(s.total, 7)}${pad(s.right, 7)}${pad(s.wrong, 9)}${pad(s.empty, 7)}${pad(s.changed, 16)}`,
  );
}
console.log(
  `  ${'итого'.padEnd(26)}${pad(own.total, 7)}${pad(own.right, 7)}${pad(own.wrong, 9)}${pad(own.empty, 7)}${pad(own.changed, 16)}`,
);

// ---------------------------------------------------------------- the portal development set
function printJudgement(title: string, j: Judgement): void {
  console.log(`\n${title}`);
  console.log(header);
  let wrong = 0;
  let empty = 0;
  for (const p of j.pages) {
    wrong += p.wrong;
    empty += p.empty;
    const changed = p.changed + p.forbidden.length;
    console.log(
      `  ${p.page.padEnd(26)}${pad(p.total, 7)}${pad(p.right, 7)}${pad(p.wrong, 9)}${pad(p.empty, 7)}${pad(changed, 16)}`,
    );
  }
  const pct = j.total ? ((100 * j.right) / j.total).toFixed(1) : '0';
  console.log(
    `  ${'итого'.padEnd(26)}${pad(j.total, 7)}${pad(j.right, 7)}${pad(wrong, 9)}${pad(empty, 7)}${pad(j.mustStayChanged, 16)}   (${pct}% верно)`,
  );
}

/** The engine told by hand which field is which (bench/lib/portalOracle.ts): filling apart from matching. */
async function buildOracle(outfile: string): Promise<void> {
  const truth: Record<string, unknown> = {};
  for (const f of readdirSync(PORTALS_DIR).filter((x) => x.endsWith('.truth.json')))
    truth[f.replace('.truth.json', '')] = JSON.parse(readFileSync(join(PORTALS_DIR, f), 'utf8')).map(
      (e: { selector: string; key: string | null }) => ({ selector: e.selector, key: e.key }),
    );
  await build({
    entryPoints: [join(REPO_ROOT, 'bench/lib/portalOracle.ts')],
    bundle: true,
    format: 'iife',
    outfile,
    define: { __TRUTH__: JSON.stringify(truth) },
    logLevel: 'warning',
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'autofill-bench-'));
try {
  const engine = join(tmp, 'portal-engine.js');
  await buildPortalEngine(engine);
  printJudgement(
    `Набор порталов ${PORTALS_DIR} (судья judge.mjs, Chromium; движок dist/portal-engine.js):`,
    judge(engine),
  );
  const oracle = join(tmp, 'oracle.js');
  await buildOracle(oracle);
  printJudgement(
    'Тот же набор, когда движку сказано, какое поле какое (из файлов истины): заполнение отдельно от сопоставления:',
    judge(oracle),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------- speed in Chromium
/** A portal page of `n` fields: 60 % table cells (3 per row), 20 % labelled inputs, 10 % selects, 10 % radio pairs. */
function bigPage(n: number): string {
  const defs = INDICATORS;
  const rows = Math.round((n * 0.6) / 3);
  const inputs = Math.round(n * 0.2);
  const selects = Math.round(n * 0.1);
  const radios = n - rows * 3 - inputs - selects;
  const parts: string[] = [
    '<form><table><tr><th>Показатель</th><th>Школа 1</th><th>Школа 2</th><th>Школа 3</th></tr>',
  ];
  for (let i = 0; i < rows; i++) {
    const d = defs[i % defs.length]!;
    parts.push(
      `<tr><td>${d.label} (${i})</td>${[1, 2, 3].map((c) => `<td><input name="t${i}_${c}"></td>`).join('')}</tr>`,
    );
  }
  parts.push('</table>');
  for (let i = 0; i < inputs; i++) {
    const d = defs[(i * 7) % defs.length]!;
    parts.push(
      `<div><label for="l${i}">${d.synonyms[0] ?? d.label}</label><input id="l${i}" name="l${i}"></div>`,
    );
  }
  for (let i = 0; i < selects; i++)
    parts.push(
      `<div><label for="s${i}">Вопрос ${i}: ${defs[i % defs.length]!.label}</label><select id="s${i}"><option></option><option>Да</option><option>Нет</option></select></div>`,
    );
  for (let i = 0; i < radios; i++)
    parts.push(
      `<fieldset><legend>Наличие документа ${i}</legend><label><input type="radio" name="r${i}">Да</label><label><input type="radio" name="r${i}">Нет</label></fieldset>`,
    );
  parts.push('</form>');
  return `<!doctype html><html><body>${parts.join('')}</body></html>`;
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath))
  throw new Error(`Chromium не найден (${chromiumPath}): замер скорости невозможен.`);
const bundle = await build({
  stdin: {
    contents:
      "import { planFill, applyFill } from './extension/autofill'; (globalThis as any).__engine = { planFill, applyFill };",
    resolveDir: REPO_ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
console.log('\nСкорость в Chromium (видимость по настоящей разметке; медиана 15 прогонов):');
const times: Record<number, { plan: number; fill: number; fields: number; filling: number }> = {};
try {
  for (const n of [300, 1000]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(bigPage(n));
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // Passed as text: tsx's name-keeping helpers do not exist inside the page.
    await page.evaluate(`globalThis.__report = ${JSON.stringify(pkg)}`);
    times[n] = (await page.evaluate(`(() => {
      const e = globalThis.__engine;
      const report = globalThis.__report;
      const runs = 15;
      const plans = [];
      const fills = [];
      let plan = e.planFill(document, report);
      e.applyFill(plan).undo();
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        plan = e.planFill(document, report);
        plans.push(performance.now() - t0);
        t0 = performance.now();
        const done = e.applyFill(plan);
        fills.push(performance.now() - t0);
        done.undo();
      }
      const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
      return {
        fields: plan.fields.length,
        filling: plan.fields.filter((f) => f.action === 'fill').length,
        plan: median(plans),
        fill: median(fills),
      };
    })()`)) as { plan: number; fill: number; fields: number; filling: number };
    await page.close();
    const t = times[n]!;
    console.log(
      `  ${pad(t.fields, 5)} полей: план ${t.plan.toFixed(1)} мс, заполнение ${t.filling} полей ${t.fill.toFixed(1)} мс, вместе ${(t.plan + t.fill).toFixed(1)} мс`,
    );
  }
} finally {
  await browser.close();
}
const [a, b] = [times[300]!, times[1000]!];
console.log(
  `  1000 / 300 полей: план ×${(b.plan / a.plan).toFixed(2)}, заполнение ×${(b.fill / a.fill).toFixed(2)} ` +
    `(линейный рост — ×${(b.fields / a.fields).toFixed(2)})`,
);

// The pairs' year in the playground, in real Chromium: a mentor answers the meeting report through the form the
// add-on built (opened from the pair's own link), and the curator sees the pair's «Состояние» change in «Пары» and
// the pair leave the sidebar's attention list; the mentor edits the sent report and its row changes (no second
// row); a document the add-on drafted opens as a page; «+1 неделя» walks the
// term until pairs without meetings need one again.
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startPlayground } from '../../playground/cli';
import type { PlaygroundServer } from '../../playground/server';
import { launch } from '../apps-script/e2e/sidebarPage';
import { built_ } from '../apps-script/harness';
import { axeSerious } from '../helpers/axe';

let server: PlaygroundServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const b = await built_();
  ({ server } = await startPlayground({
    distDir: b.outDir,
    sampleDir: join(ROOT, 'sample'),
    today: '2025-11-20',
    port: 0,
  }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A pair's cell under a header on «Пары», as the page shows it. */
async function pairCell(pairId: string, header: string): Promise<string> {
  await page.click('#tabs [data-sheet="Пары"]');
  return page.$$eval(
    '#grid table tr',
    (rows, [id, h]) => {
      const cells = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''));
      const at = cells[0]!.indexOf(h!);
      return cells.find((c) => c[0] === id)?.[at] ?? `(нет строки ${id})`;
    },
    [pairId, header] as const,
  );
}

const stateOf = (pairId: string) => pairCell(pairId, 'Состояние');

async function frameOf(selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`нет окна ${selector}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** The pairs in the sidebar's «Пары, которым нужно внимание», after its «Обновить». */
async function attention(sidebar: Frame): Promise<string[]> {
  const panel = sidebar.locator('[data-panel="attention"]');
  // The list is read once the panel has its next answer (data-loads counts them), not the list still on screen.
  const before = Number(await panel.getAttribute('data-loads'));
  await panel.getByRole('button', { name: 'Обновить' }).click();
  await expect
    .poll(async () => Number(await panel.getAttribute('data-loads')), { timeout: 15_000 })
    .toBeGreaterThan(before);
  return panel.locator('li[data-pair]').evaluateAll((li) => li.map((x) => x.getAttribute('data-pair')!));
}

async function nextWeek(): Promise<string> {
  const before = await page.textContent('#today');
  await page.click('#next-week');
  await page.waitForFunction((b) => document.querySelector('#today')?.textContent !== b, before);
  return (await page.textContent('#today'))!;
}

describe('the pairs’ year in the playground, in Chromium', () => {
  let sidebar: Frame;

  it('a mentor’s meeting report, answered through the rendered form, changes the pair’s state live', async () => {
    expect(await stateOf('PR-0002')).toBe('Нужна встреча');
    await page.click('#menubar [data-handler="menuPairing"]');
    sidebar = await frameOf('#sidebar:not([hidden]) iframe');
    await sidebar.locator('[data-panel="attention"] li[data-pair="PR-0002"]').waitFor({ timeout: 15_000 });

    // The curator's «Встречи: ссылки…»: the pair's own link, as the add-on made it.
    await page.click('#menubar [data-handler="menuMeetingLinks"]');
    const dialog = await frameOf('#modal:not([hidden]) iframe');
    const link = dialog.locator('tr[data-pair="PR-0002"] input.link');
    await link.waitFor({ timeout: 10_000 });
    const url = await link.inputValue();
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?/);
    await page.click('#modal-close');

    // The mentor opens the link (pasted where a browser would take it) and answers the form.
    await page.fill('#link', url);
    const [form] = await Promise.all([context.waitForEvent('page'), page.click('#open-link button')]);
    await form.waitForLoadState('load');
    // The pair's random key travelled with the link into its question.
    const key = [...new URL(url).searchParams.values()].at(-1)!;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await form.getByLabel('Код ссылки').inputValue()).toBe(key);
    // A form sent without its required answers comes back with Google's refusals; axe finds nothing serious.
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.getByText('Ответ не отправлен').waitFor();
    expect(await form.getByLabel('Код ссылки').inputValue()).toBe(key);
    expect(await axeSerious(form)).toEqual([]);
    await form.getByLabel('Дата встречи').fill('2025-11-20');
    await form.getByLabel('очно').check();
    await form.getByLabel('Длительность, мин').fill('45');
    await form.getByLabel('Тема встречи').fill('Разбор открытого урока <b>важно</b>');
    await form.getByLabel('Что сделано').fill('Посетили урок, обсудили приёмы');
    await form.getByLabel('наставник', { exact: true }).check();
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toMatch(/Спасибо|Ответ записан/);

    // Filed by the add-on's form-submit trigger: the playground's sheets follow without a reload.
    await expect.poll(() => stateOf('PR-0002'), { timeout: 10_000 }).toBe('В графике');
    await page.click('#tabs [data-sheet="Встречи"]');
    // The respondent's text is shown as text.
    await page.getByRole('cell', { name: 'Разбор открытого урока <b>важно</b>' }).waitFor();
    const meetingRows = () => page.locator('#grid table tr').count();
    const rows = await meetingRows();
    expect(await attention(sidebar)).not.toContain('PR-0002');

    // The mentor corrects the sent report («Изменить ответ», as Google Forms offers): the same row changes.
    await form.getByRole('link', { name: 'Изменить ответ' }).click();
    await form.waitForLoadState('load');
    expect(await form.getByLabel('Тема встречи').inputValue()).toBe('Разбор открытого урока <b>важно</b>');
    expect(await form.getByLabel('Код ссылки').inputValue()).toBe(key);
    await form.getByLabel('Тема встречи').fill('Разбор открытого урока и план следующего');
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.getByRole('status').waitFor();
    await form.close();
    await page.click('#tabs [data-sheet="Встречи"]');
    await page
      .getByRole('cell', { name: 'Разбор открытого урока и план следующего' })
      .waitFor({ timeout: 10_000 });
    expect(await page.getByRole('cell', { name: 'Разбор открытого урока <b>важно</b>' }).count()).toBe(0);
    expect(await meetingRows()).toBe(rows);
    expect(await stateOf('PR-0002')).toBe('В графике');
  }, 60_000);

  it('a document the add-on drafted opens as a readable page from the sidebar', async () => {
    // A new pair through the sidebar, then its order draft.
    await sidebar.getByRole('button', { name: 'Подобрать пары' }).click();
    await sidebar.locator('li.pair').first().waitFor({ timeout: 15_000 });
    await sidebar.getByRole('button', { name: 'Снять все' }).click();
    await sidebar.locator('li.pair').first().getByRole('checkbox').check();
    await sidebar.getByRole('button', { name: 'Принять отмеченные (1)' }).click();
    await sidebar.getByText(/Закреплено: \d+ строк/).waitFor({ timeout: 15_000 });
    await sidebar.getByRole('button', { name: 'Проект приказа о закреплении пар' }).click();
    const open = sidebar.getByRole('link', { name: /^Открыть/ }).first();
    await open.waitFor({ timeout: 15_000 });
    expect(await open.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const [doc] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await doc.waitForLoadState('load');
    expect(doc.url()).toMatch(/\/google\/document\/d\/[\w-]+\/edit$/);
    await doc.locator('article.doc table').waitFor();
    expect(await doc.locator('article.doc').textContent()).toMatch(/приказ/i);
    expect(await axeSerious(doc)).toEqual([]);
    await doc.close();
  }, 60_000);

  it('«+1 неделя» walks the term: pairs without meetings come to «Нужна встреча» and into the attention list', async () => {
    await page.click('#tabs [data-sheet="Пары"]');
    const ids = await page.$$eval('#grid table tr > td:first-of-type', (c) =>
      c.map((x) => x.textContent ?? ''),
    );
    const started = ids.at(-1)!;
    expect(started).toMatch(/^PR-/);
    const days: string[] = [];
    const states: string[] = [];
    for (let w = 0; w < 6; w++) {
      days.push(await nextWeek());
      states.push(await stateOf(started));
    }
    // Under a month since it began it is too early to tell; 35 days without a meeting are still within the
    // curator's 5 weeks; the 42nd day is past them.
    expect(states).toEqual([
      'Рано судить',
      'Рано судить',
      'Рано судить',
      'Рано судить',
      'В графике',
      'Нужна встреча',
    ]);
    expect(days.at(-1)).toBe('01.01.2026');
    // Six weeks since PR-0002's meeting and since the new pair began, with none: past the curator's 5 weeks.
    expect(await stateOf('PR-0002')).toBe('Нужна встреча');
    expect(await stateOf(started)).toBe('Нужна встреча');
    expect(await attention(sidebar)).toEqual(expect.arrayContaining(['PR-0002', started]));
  }, 90_000);
});

// The whole product in real Chromium: the playground (built Code.js on the double, sample school), its real
// sidebar and dialogs through the google.script.run shim, the add-on's web app exporting the package, and the
// built extension filling the playground's sample district portal from it.
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startPlayground } from '../../playground/cli';
import type { PlaygroundServer } from '../../playground/server';
import { built_ } from '../apps-script/harness';
import { buildE2eExtension, launchWithExtension } from '../extension/e2e/harness';

let server: PlaygroundServer;
let context: BrowserContext;
let extensionId: string;
let page: Page;

beforeAll(async () => {
  const [b, extDir] = await Promise.all([built_(), Promise.resolve().then(buildE2eExtension)]);
  ({ server } = await startPlayground({
    distDir: b.outDir,
    sampleDir: join(ROOT, 'sample'),
    today: '2025-11-20',
    port: 0,
  }));
  ({ context, extensionId } = await launchWithExtension(extDir));
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** The menu button for a handler; a clear failure when the add-on's menu has no such item (yet). */
async function menuButton(handler: string, what: string) {
  const button = page.locator(`#menubar [data-handler="${handler}"]`);
  if ((await button.count()) === 0) {
    const have = await page.$$eval('#menubar [data-handler]', (b) =>
      b.map((x) => x.getAttribute('data-handler')),
    );
    throw new Error(`В меню надстройки нет пункта ${handler} (${what}); есть: ${have.join(', ')}`);
  }
  return button;
}

/** Waits for one step; a failure names the step and shows what the page said instead. */
async function step<T>(what: string, wait: Promise<T>, said: () => Promise<string | null>): Promise<T> {
  try {
    return await wait;
  } catch (e) {
    throw new Error(
      `Шаг «${what}» не выполнен: ${(await said())?.trim().slice(0, 500)} (${String(e).slice(0, 200)})`,
    );
  }
}

async function frameOf(selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`нет окна ${selector}`);
  await frame.waitForLoadState('load');
  return frame;
}

describe('the playground in Chromium', () => {
  it('shows every sheet as a table, the roadmap coloured, and a dialog that reaches the server', async () => {
    const tabs = await page.$$eval('#tabs [data-sheet]', (t) => t.map((x) => x.getAttribute('data-sheet')));
    expect(tabs).toEqual(
      expect.arrayContaining(['Наставники', 'Наставляемые', 'Пары', 'Дорожная карта', 'Отчёт']),
    );
    await page.click('#tabs [data-sheet="Наставляемые"]');
    expect(await page.locator('#grid table tr').count()).toBe(39);
    await page.click('#tabs [data-sheet="Дорожная карта"]');
    const colours = await page.$$eval(
      '#grid td[data-bg]',
      (c) => new Set(c.map((x) => x.getAttribute('data-bg'))).size,
    );
    expect(colours).toBeGreaterThanOrEqual(3);

    await (await menuButton('menuHelp', 'Справка')).click();
    const help = await frameOf('#modal:not([hidden]) iframe');
    // The help dialog lists the sheets it got through google.script.run from the built Code.js.
    await help.getByText('20.11.2025').waitFor({ timeout: 10_000 });
    await page.click('#modal-close');
  });

  it('runs suggestions through the real pairing sidebar and the accepted pairs reach the sheet', async () => {
    await (await menuButton('menuPairing', 'Подбор пар')).click();
    const shown = await page
      .waitForSelector('#sidebar:not([hidden]) iframe', { timeout: 5_000 })
      .catch(() => null);
    if (!shown) {
      const said = await page.textContent('#messages');
      throw new Error(`«Подбор пар» не открыл боковую панель. Надстройка ответила: ${said}`);
    }
    const sidebar = await frameOf('#sidebar iframe');
    await sidebar.getByRole('button', { name: 'Подобрать пары' }).click();
    await sidebar.locator('li.pair').first().waitFor({ timeout: 15_000 });
    expect(await sidebar.locator('li.pair').count()).toBeGreaterThan(0);

    // Accept one suggestion: the pair lands on the «Пары» sheet the page shows.
    await page.click('#tabs [data-sheet="Пары"]');
    const before = await page.locator('#grid table tr').count();
    await sidebar.getByRole('button', { name: 'Снять все' }).click();
    await sidebar.locator('li.pair').first().getByRole('checkbox').check();
    await sidebar.getByRole('button', { name: 'Принять отмеченные (1)' }).click();
    await sidebar.getByText(/Закреплено: \d+ строк/).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#grid table tr').count(), { timeout: 10_000 }).toBe(before + 1);
  });

  it('exports the package through the add-on’s web app; the extension fills the sample portal from it', async () => {
    // The report issue's web-app key: the menu item creates a token and shows it.
    await (await menuButton('menuReportWebKey', 'ключ веб-приложения отчёта')).click();
    const token = await step(
      'ключ веб-приложения в сообщении надстройки',
      page
        .waitForFunction(
          () => /[0-9a-f]{64}/.exec(document.querySelector('#messages')?.textContent ?? '')?.[0],
          null,
          { timeout: 5_000 },
        )
        .then((h) => h.jsonValue() as Promise<string>),
      () => page.textContent('#messages'),
    );
    const exported = await fetch(`${server.url}exec?token=${token}`);
    expect(exported.status, await exported.clone().text()).toBe(200);
    const pkg = (await exported.json()) as { indicators?: { key: string; value: unknown }[] };
    expect(pkg.indicators, JSON.stringify(pkg).slice(0, 300)).toBeInstanceOf(Array);
    const value = (key: string) => pkg.indicators!.find((i) => i.key === key)?.value;
    expect(typeof value('mentors.total')).toBe('number');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('h1');
    await options.fill('#import-url', `${server.url}exec`);
    await options.fill('#import-token', token);
    await options.click('#import-url-button');
    await step(
      'расширение загрузило пакет по адресу площадки',
      options.waitForFunction(() => document.querySelectorAll('#packages tr').length >= 1, null, {
        timeout: 10_000,
      }),
      () => options.textContent('body'),
    );

    const portal = await context.newPage();
    await portal.goto(`${server.url}portal`);
    await portal.waitForLoadState('load');
    const tabId = await options.evaluate(async (u) => {
      type Tabs = { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
      const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, portal.url());
    expect(tabId).not.toBeNull();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await step(
      'окно расширения готово',
      popup.waitForSelector('#preview:not([disabled])', { timeout: 10_000 }),
      () => popup.textContent('body'),
    );
    await popup.click('#fill');
    await step(
      'расширение заполнило портал',
      popup.waitForFunction(
        () => (document.querySelector('#message')?.textContent ?? '').startsWith('Заполнено'),
        null,
        { timeout: 10_000 },
      ),
      () => popup.textContent('body'),
    );
    const field = (sel: string) => portal.$eval(sel, (e) => (e as HTMLInputElement).value);
    expect(await field('#m-total')).toBe(String(value('mentors.total')));
    expect(await field('#p-total')).toBe(String(value('pairs.total')));
    expect(await field('#rm-total')).toBe(String(value('roadmap.total')));
  }, 40_000);
});

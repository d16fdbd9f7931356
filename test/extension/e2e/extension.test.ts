// End-to-end: the built extension in real Chromium, on the fixture portals served from 127.0.0.1.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious } from '../../helpers/axe';
import { technicalText } from '../../helpers/userText';
import { samplePackage } from '../helpers/samplePackage';
import { buildE2eExtension, type FixtureServer, launchWithExtension, serveFixtures } from './harness';

const TOKEN = 'секрет-42';
let server: FixtureServer;
// A portal on another loopback address: the e2e build has no access to it, as a shipped build before a click.
let elsewhere: FixtureServer;
let context: BrowserContext;
let extensionId: string;
let options: Page;
const requests: string[] = [];

beforeAll(async () => {
  const extDir = buildE2eExtension();
  server = await serveFixtures(
    JSON.stringify(samplePackage({ kind: 'district', schools: ['МБОУ СОШ № 5'] })),
    TOKEN,
  );
  elsewhere = await serveFixtures('{}', TOKEN, '127.0.0.2');
  ({ context, extensionId } = await launchWithExtension(extDir));
  context.on('request', (r) => requests.push(r.url()));
  options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('h1');
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await elsewhere?.close();
});

async function message(page: Page, startsWith: string): Promise<string> {
  await page.waitForFunction(
    (s) => (document.querySelector('#message')?.textContent ?? '').startsWith(s),
    startsWith,
    { timeout: 10_000 },
  );
  return (await page.textContent('#message')) ?? '';
}

/** Opens a fixture and the popup aimed at its tab (a test cannot press the toolbar button). */
async function open(
  name: string,
  origin = server.origin,
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(`${origin}/${name}.html`);
  await page.waitForLoadState('load');
  const url = page.url();
  const tabId = await options.evaluate(async (u) => {
    type Tabs = { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
    // A tab the extension has no access to hides its address: it is the newest tab, just opened.
    return tabs.find((t) => t.url === u)?.id ?? Math.max(...tabs.map((t) => t.id ?? 0));
  }, url);
  expect(tabId).toBeGreaterThan(0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('#preview:not([disabled])');
  return { page, popup, tabId: tabId! };
}

const val = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLInputElement).value);

describe('the extension in Chromium', () => {
  it('imports packages through the options page and refuses a bad one, keeping the store', async () => {
    const bad = {
      ...samplePackage(),
      indicators: [{ key: 'mentors.total', label: 'x', unit: 'count', value: {} }],
    };
    await options.fill('#import-text', JSON.stringify(bad));
    await options.click('#import-text-button');
    await options.waitForSelector('#error');
    expect(await options.textContent('#error')).toContain('indicators[0].value');
    expect(await options.$('#packages')).toBeNull();

    await options.fill('#import-text', JSON.stringify(samplePackage()));
    await options.click('#import-text-button');
    expect(await message(options, 'Пакет загружен')).toContain('МБОУ СОШ № 5');
    expect(await options.$$eval('#packages tr', (r) => r.length)).toBe(1);

    await options.fill('#import-url', `${server.origin}/exec`);
    await options.fill('#import-token', TOKEN);
    await options.click('#import-url-button');
    // The first import's message is still shown: wait for the second package's row itself.
    await options.waitForFunction(() => document.querySelectorAll('#packages tr').length >= 2, null, {
      timeout: 10_000,
    });
    const rows = await options.$$eval('#packages tr', (r) => r.map((x) => x.textContent ?? ''));
    expect(rows.length).toBe(2);
    expect(rows.some((r) => r.includes('Район'))).toBe(true);
  });

  it('plain form: preview, fill, undo; honeypots covered or clipped by layout stay empty', async () => {
    const { page, popup } = await open('plain');
    await popup.click('#preview');
    await message(popup, 'Будет заполнено');
    const badges = await page.$$eval('[data-nastavnik-overlay]', (hosts) =>
      hosts.flatMap((h) => Array.from(h.shadowRoot!.querySelectorAll('.badge')).map((b) => b.textContent)),
    );
    expect(badges).toContain('→ 24');
    expect(await popup.$$eval('#missing li', (l) => l.length)).toBeGreaterThan(0);
    expect(await val(page, '#m-total')).toBe('');

    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    expect(await val(page, '#m-total')).toBe('24');
    expect(await val(page, '#young-share')).toBe('63,6');
    expect(await val(page, '#road')).toBe('y');
    expect(await page.$eval('[name=reg][value="1"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    for (const hp of ['hp_covered', 'hp_clipped', 'hp_zero', 'hp_off', 'hp_none'])
      expect(await val(page, `[name=${hp}]`)).toBe('');
    expect(await val(page, '#mt-teachers')).toBe('3');
    expect(await val(page, '#target')).toBe('70');
    expect(await page.$$eval('[data-nastavnik-overlay]', (h) => h.length)).toBe(0);

    await popup.click('#undo');
    await message(popup, 'Возвращено полей');
    expect(await val(page, '#m-total')).toBe('');
    expect(await page.$eval('[name=reg][value="1"]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(page.url()).toBe(`${server.origin}/plain.html`);
    await Promise.all([page.close(), popup.close()]);
  });

  it('old table layout: row and column headers, radios in cells', async () => {
    const { page, popup } = await open('table');
    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    // «Количество пар» by form: pairs alone (pairs.pairs.byForm).
    expect(await val(page, '[name=f1]')).toBe('13');
    expect(await val(page, '[name=p6]')).toBe('41,25');
    expect(await page.$eval('[name=d1][value="1"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval('[name=d2][value="0"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await popup.click('#undo');
    await message(popup, 'Возвращено полей');
    expect(await val(page, '[name=f1]')).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });

  it('Google Forms: ARIA widgets and the pre-filled link', async () => {
    const { page, popup } = await open('google');
    await popup.click('#preview');
    await message(popup, 'Будет заполнено');
    const href = await popup.$eval('#prefilled a', (a) => (a as HTMLAnchorElement).href);
    const link = new URL(href);
    expect(link.pathname).toBe('/forms/d/e/1FAIpQLSdTESTFORM/viewform');
    expect(link.searchParams.get('entry.1001')).toBe('24');
    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    expect(await page.getAttribute('[role=radio][data-value="Да"]', 'aria-checked')).toBe('true');
    expect(await page.getAttribute('[role=option][data-value="Есть"]', 'aria-selected')).toBe('true');
    expect(await val(page, 'input[aria-labelledby=i1]')).toBe('24');
    await popup.click('#undo');
    await message(popup, 'Возвращено полей');
    expect(await val(page, 'input[aria-labelledby=i1]')).toBe('');
    expect(await page.getAttribute('[role=checkbox]', 'aria-checked')).toBe('false');
    await Promise.all([page.close(), popup.close()]);
  });

  it('Yandex Forms: combobox, role=textbox, decimal comma', async () => {
    const { page, popup } = await open('yandex');
    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    expect(await page.textContent('[role=combobox] [data-shown]')).toBe('12');
    expect(await page.textContent('[role=textbox]')).toBe('9');
    expect(await val(page, '[name=answer_short_text_5503]')).toBe('87,5');
    await popup.click('#undo');
    await message(popup, 'Возвращено полей');
    expect(await val(page, '[name=answer_short_text_5503]')).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });

  it('multi-section form: React-controlled inputs, shadow root, same-origin frame', async () => {
    const { page, popup } = await open('sections');
    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    // «Количество педагогов-наставников»: teacher mentors.
    expect(await page.textContent('#state-mentors')).toBe('19');
    expect(await page.textContent('#state-young')).toBe('7');
    expect(
      await page.$eval(
        '[data-shadow-field]',
        (h) => (h.shadowRoot!.getElementById('inner') as HTMLInputElement).value,
      ),
    ).toBe('11');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.$eval('#fp-groups', (e) => (e as HTMLInputElement).value)).toBe('4');
    await popup.click('#undo');
    await message(popup, 'Возвращено полей');
    expect(await page.textContent('#state-mentors')).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });

  it('remembers a person’s correction for the site and uses it next time', async () => {
    let { page, popup } = await open('plain');
    await popup.click('#preview');
    await message(popup, 'Будет заполнено');
    await popup.selectOption('#fields select[aria-label="Комментарий ответственного"]', 'roadmap.overdue');
    await message(popup, 'Исправление запомнено');
    await Promise.all([page.close(), popup.close()]);
    ({ page, popup } = await open('plain'));
    await popup.click('#fill');
    await message(popup, 'Заполнено полей');
    expect(await val(page, '#comment')).toBe('2');
    await options.reload();
    await options.waitForSelector('#mappings');
    expect(await options.textContent('#mappings')).toContain('/plain.html');
    await Promise.all([page.close(), popup.close()]);
  });

  it('badge: how many fields the package can fill on that tab; gone after «Убрать подсветку»', async () => {
    const { page, popup, tabId } = await open('plain');
    await popup.click('#preview');
    const text = await message(popup, 'Будет заполнено');
    const fill = text.match(/Будет заполнено (\d+)/)![1];
    const badge = () =>
      options.evaluate(async (id) => {
        type Action = { action: { getBadgeText: (d: object) => Promise<string> } };
        return (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({ tabId: id });
      }, tabId);
    expect(await badge()).toBe(fill);
    await popup.click('#clear');
    await expect.poll(badge).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });

  it('on a page it has no access to yet, says so and what to do — not «служебные страницы»', async () => {
    const { page, popup } = await open('plain', elsewhere.origin);
    await popup.click('#preview');
    await popup.waitForSelector('#error');
    const error = (await popup.textContent('#error')) ?? '';
    expect(error).toContain('нет доступа к этой вкладке');
    expect(error).toContain('нажмите кнопку расширения');
    expect(error).not.toMatch(/служебн|Cannot|permission/i);
    expect(await popup.getAttribute('#error', 'role')).toBeNull();
    expect(await popup.$eval('#error', (e) => e.parentElement?.getAttribute('role'))).toBe('alert');
    expect(await val(page, '#m-total')).toBe('');
    await Promise.all([page.close(), popup.close()]);
  });

  it('accessibility: axe finds nothing serious on the popup and options, light and dark', async () => {
    const { page, popup } = await open('plain');
    await popup.click('#preview');
    await message(popup, 'Будет заполнено');
    await options.reload();
    await options.waitForSelector('#packages');
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of [popup, options]) {
        await p.emulateMedia({ colorScheme: scheme });
        expect(await axeSerious(p), `${scheme}: ${p.url()}`).toEqual([]);
      }
    }
    // Dark by the system's choice: the page background follows.
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(255, 255, 255)',
    );
    await Promise.all([page.close(), popup.close()]);
  }, 90_000);

  it('shows no indicator code, ISO date or decimal point: the popup after a preview, the options page', async () => {
    const { page, popup } = await open('plain');
    await popup.click('#preview');
    await message(popup, 'Будет заполнено');
    await options.reload();
    await options.waitForSelector('#packages');
    const lines = async (p: Page) =>
      ((await p.evaluate(() => document.body.innerText)) ?? '').split('\n').filter((l) => l.trim() !== '');
    const shown = [...(await lines(popup)), ...(await lines(options))];
    expect(shown.some((l) => /сформирован \d{2}\.\d{2}\.\d{4}/.test(l))).toBe(true);
    expect(technicalText(shown)).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  it('the popup works from the keyboard: Tab to «Просмотр», Enter', async () => {
    const { page, popup } = await open('plain');
    await popup.focus('#package');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('preview');
    await popup.keyboard.press('Enter');
    await message(popup, 'Будет заполнено');
    await Promise.all([page.close(), popup.close()]);
  });

  it('makes no network request of its own', () => {
    const foreign = requests.filter(
      (u) =>
        !u.startsWith(server.origin) &&
        !u.startsWith(elsewhere.origin) &&
        !u.startsWith('chrome-extension://') &&
        !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    // The server saw the pages the test opened, and the one package fetch the person asked for.
    const paths = server.log.map((l) => l.split(' ')[1]!.split('?')[0]);
    expect(new Set(paths)).toEqual(
      new Set([
        '/plain.html',
        '/table.html',
        '/google.html',
        '/yandex.html',
        '/sections.html',
        '/widgets.js',
        '/exec',
      ]),
    );
    expect(server.log.filter((l) => l.includes('/exec')).length).toBe(1);
  });
});

describe('the extension in an English browser', () => {
  let en: BrowserContext;
  let id: string;
  beforeAll(async () => {
    ({ context: en, extensionId: id } = await launchWithExtension(buildE2eExtension(), 'en'));
  });
  afterAll(async () => {
    await en?.close();
  });

  it('speaks English: the manifest, the options page, its messages and the popup', async () => {
    const page = await en.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Mentoring extension options');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { i18n: { getMessage: (k: string) => string } } }
        ).chrome.i18n.getMessage('extName'),
      ),
    ).toBe('Mentoring: report autofill');
    await page.fill('#import-url', 'http://example.org/exec');
    await page.click('#import-url-button');
    await page.waitForSelector('#error');
    expect(await page.textContent('#error')).toMatch(/^The address must start with https:\/\//);
    await page.fill('#import-text', JSON.stringify(samplePackage()));
    await page.click('#import-text-button');
    await message(page, 'Package imported');

    const form = await en.newPage();
    await form.goto(`${server.origin}/plain.html`);
    const tabId = await page.evaluate(async (u) => {
      type Tabs = { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
      const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, form.url());
    const popup = await en.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#preview:not([disabled])');
    expect(await popup.textContent('#preview')).toBe('Preview');
    await popup.click('#preview');
    expect(await message(popup, '')).toMatch(/fields found will be filled/);
    expect(await popup.evaluate(() => document.title)).toBe('Mentoring: autofill');
    expect(await axeSerious(popup)).toEqual([]);
  }, 90_000);
});

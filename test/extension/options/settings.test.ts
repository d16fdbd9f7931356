// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../extension/options/Options';
import { packageId, Store } from '../../../extension/store/db';
import { ready, until, user } from '../helpers/page';
import { samplePackage } from '../helpers/samplePackage';

vi.mock('wxt/browser', () => ({
  browser: { permissions: { contains: async () => true, request: async () => true }, runtime: {} },
}));

const KEY = 'a1'.repeat(32);
const URL_A = 'https://script.google.com/macros/s/A/exec';
const URL_B = 'https://script.google.com/macros/s/B/exec';
const school = (name: string) => samplePackage({ organisation: { name, district: '', region: '', inn: '' } });

// The page keeps its own connection open, so the database is emptied rather than deleted between tests.
afterEach(async () => {
  render(null, document.body);
  const store = await Store.open();
  for (const p of await store.listPackages()) await store.deletePackage(p.id);
  for (const m of await store.listMappings()) await store.deleteMapping(m.site);
  await store.setSettings({ syncUrl: '', syncToken: '', chosenPackageId: null, overwrite: false });
  store.close();
  vi.restoreAllMocks();
});

async function seed(): Promise<void> {
  const s = await Store.open();
  await s.putPackage(school('Школа А'));
  await s.putPackage(school('Школа Б'));
  await s.setSettings({ syncUrl: URL_A, syncToken: KEY });
  s.close();
}

async function stored() {
  const s = await Store.open();
  const out = { packages: await s.listPackages(), settings: await s.getSettings() };
  s.close();
  return out;
}

/** The person picks a file in the «Загрузить настройки из файла» input; `shown`: what the page then shows. */
async function chooseSettingsFile(text: string, shown: () => unknown = confirmShown): Promise<void> {
  const input = document.getElementById('import-settings') as HTMLInputElement;
  const file = new File([text], 'nastavnik-extension-settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await user(() => input.dispatchEvent(new Event('change', { bubbles: true })));
  await until(shown);
}

const confirmShown = () => expect(document.getElementById('settings-confirm')).not.toBeNull();

const settingsFile = (packages: ReturnType<typeof school>[], syncUrl = URL_B) =>
  JSON.stringify({
    format: 'nastavnik-extension-settings',
    version: 1,
    packages: packages.map((pkg) => ({ id: packageId(pkg), pkg, importedAt: '2024-06-02T00:00:00Z' })),
    mappings: [],
    settings: { chosenPackageId: null, syncUrl, syncToken: 'key-from-an-old-file', overwrite: false },
  });

describe('options page: settings export and import', () => {
  it('«Выгрузить настройки» writes a file without the web-app key, saying it is not included', async () => {
    await seed();
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:settings';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(h(Options, null), document.body);
    await ready();
    await user(() => (document.getElementById('export-settings') as HTMLButtonElement).click());
    await until(() => expect(blob).not.toBeNull());
    const text = await (blob as unknown as Blob).text();
    expect(text).not.toContain(KEY);
    const file = JSON.parse(text);
    expect(file.syncTokenIncluded).toBe(false);
    expect(file.note).toContain('Ключ доступа к веб-приложению надстройки в этот файл не записан');
    expect(file.packages).toHaveLength(2);
  });

  it('importing asks first, naming what changes; «Отмена» leaves everything; «Загрузить» merges and keeps the key', async () => {
    await seed();
    render(h(Options, null), document.body);
    await ready();
    const before = await stored();
    await chooseSettingsFile(settingsFile([school('Школа В')]));

    const confirm = document.getElementById('settings-confirm')?.textContent ?? '';
    expect(confirm).toContain('Пакетов в файле: 1. Будет добавлено новых: 1');
    expect(confirm).toContain('Сохранённые пакеты остаются: 2.');
    expect(confirm).toContain(`Адрес веб-приложения «${URL_A}» будет заменён на «${URL_B}».`);
    expect(confirm).toContain('Ключ доступа не меняется');
    expect(confirm).toContain('Удалить сохранённые пакеты и исправления, которых нет в файле (пакетов: 2)');
    // Asking wrote nothing.
    expect(await stored()).toEqual(before);

    await user(() => (document.getElementById('settings-cancel') as HTMLButtonElement).click());
    await until(() => expect(document.getElementById('settings-confirm')).toBeNull());
    expect(document.getElementById('message')?.textContent).toBe(
      'Загрузка настроек отменена, ничего не изменилось.',
    );
    expect(await stored()).toEqual(before);

    await chooseSettingsFile(settingsFile([school('Школа В')]));
    await user(() => (document.getElementById('settings-apply') as HTMLButtonElement).click());
    await until(() =>
      expect(document.getElementById('message')?.textContent).toMatch(/^Настройки загружены/),
    );
    const after = await stored();
    expect(after.packages.map((p) => p.pkg.organisation.name)).toEqual(['Школа А', 'Школа Б', 'Школа В']);
    expect(after.settings.syncToken).toBe(KEY);
    expect(after.settings.syncUrl).toBe(URL_B);
    expect(document.getElementById('message')?.textContent).toBe(
      'Настройки загружены: пакетов добавлено — 1, обновлено — 0, удалено — 0.',
    );
    expect(document.querySelectorAll('#packages tr')).toHaveLength(3);
    expect((document.getElementById('import-token') as HTMLInputElement).value).toBe(KEY);
  });

  it('replacing the stored packages is an explicit choice, and the confirmation says how many go', async () => {
    await seed();
    render(h(Options, null), document.body);
    await ready();
    await chooseSettingsFile(settingsFile([school('Школа В')]));
    await user(() => (document.getElementById('settings-replace') as HTMLInputElement).click());
    expect(document.getElementById('settings-plan')?.textContent).toContain(
      'Сохранённые пакеты будут заменены пакетами из файла (1); удалено будет: 2.',
    );
    await user(() => (document.getElementById('settings-apply') as HTMLButtonElement).click());
    await until(() =>
      expect(document.getElementById('message')?.textContent).toMatch(/^Настройки загружены/),
    );
    expect((await stored()).packages.map((p) => p.pkg.organisation.name)).toEqual(['Школа В']);
  });

  it('a bad settings file changes nothing and says which field is wrong', async () => {
    await seed();
    render(h(Options, null), document.body);
    await ready();
    const before = await stored();
    const bad = JSON.parse(settingsFile([school('Школа В')]));
    bad.packages[0].pkg.indicators.find((i: { key: string }) => i.key === 'young.share').value = 250;
    const error = () => document.getElementById('error')?.textContent;
    await chooseSettingsFile(JSON.stringify(bad), () =>
      expect(error()).toMatch(
        /^Файл настроек не подходит, ничего не изменилось: Поле «packages\.0\.pkg»: поле indicators\[\d+\]\.value: ожидается доля от 0 до 100 %/,
      ),
    );
    expect(document.getElementById('settings-confirm')).toBeNull();
    await chooseSettingsFile('{"format": "nastavnik-extension-settings", "version": 1, "packages": 5}', () =>
      expect(error()).toMatch(/Поле «packages»/),
    );
    await chooseSettingsFile('не json', () => expect(error()).toContain('не JSON'));
    expect(await stored()).toEqual(before);
  });

  it('a package with an indicator this version does not know is stored without it, and the page says so', async () => {
    render(h(Options, null), document.body);
    await ready();
    const pkg = school('Школа Г') as unknown as { indicators: unknown[] };
    pkg.indicators.push({ key: 'mentors.future', label: 'Новый', unit: 'count', value: 7 });
    const text = document.getElementById('import-text') as HTMLTextAreaElement;
    text.value = JSON.stringify(pkg);
    await user(() => text.dispatchEvent(new Event('input', { bubbles: true })));
    await user(() => (document.getElementById('import-text-button') as HTMLButtonElement).click());
    await until(() =>
      expect(document.getElementById('message')?.textContent).toContain('Пакет загружен: Школа Г'),
    );
    expect(document.getElementById('warnings')?.textContent).toContain(
      'показатель mentors.future неизвестен — пропущен',
    );
  });
});

describe('options page: the web-app address', () => {
  const typeInto = (id: string, value: string) => {
    const input = document.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('what the person typed while the store was opening is kept, not replaced by the saved address', async () => {
    await seed();
    render(h(Options, null), document.body);
    await user(() => typeInto('import-url', URL_B));
    await ready();
    expect((document.getElementById('import-url') as HTMLInputElement).value).toBe(URL_B);
  });

  it('asks the browser for the host straight from the click, before anything is awaited (Firefox)', async () => {
    const { browser } = await import('wxt/browser');
    const request = vi
      .spyOn(browser.permissions, 'request')
      .mockImplementation((() => Promise.resolve(false)) as never);
    const contains = vi.spyOn(browser.permissions, 'contains');
    render(h(Options, null), document.body);
    await ready();
    await user(() => typeInto('import-url', URL_A));
    (document.getElementById('import-url-button') as HTMLButtonElement).click();
    // Synchronously, in the click itself.
    expect(request).toHaveBeenCalledWith({ origins: ['https://script.google.com/*'] });
    expect(contains).not.toHaveBeenCalled();
    await until(() =>
      expect(document.getElementById('error')?.textContent).toContain('Без разрешения на доступ'),
    );
  });
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../extension/options/Options';
import { packageId, Store } from '../../../extension/store/db';
import { samplePackage } from '../helpers/samplePackage';

vi.mock('wxt/browser', () => ({
  browser: { permissions: { contains: async () => true, request: async () => true }, runtime: {} },
}));

const settle = async (ms = 50) => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms / 5));
};

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

/** The person picks a file in the «Загрузить настройки из файла» input. */
async function chooseSettingsFile(text: string): Promise<void> {
  const input = document.getElementById('import-settings') as HTMLInputElement;
  const file = new File([text], 'nastavnik-extension-settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(200);
}

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
    await settle(150);
    (document.getElementById('export-settings') as HTMLButtonElement).click();
    await settle(150);
    expect(blob).not.toBeNull();
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
    await settle(150);
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

    (document.getElementById('settings-cancel') as HTMLButtonElement).click();
    await settle(100);
    expect(document.getElementById('settings-confirm')).toBeNull();
    expect(document.getElementById('message')?.textContent).toBe(
      'Загрузка настроек отменена, ничего не изменилось.',
    );
    expect(await stored()).toEqual(before);

    await chooseSettingsFile(settingsFile([school('Школа В')]));
    (document.getElementById('settings-apply') as HTMLButtonElement).click();
    await settle(200);
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
    await settle(150);
    await chooseSettingsFile(settingsFile([school('Школа В')]));
    (document.getElementById('settings-replace') as HTMLInputElement).click();
    await settle(100);
    expect(document.getElementById('settings-plan')?.textContent).toContain(
      'Сохранённые пакеты будут заменены пакетами из файла (1); удалено будет: 2.',
    );
    (document.getElementById('settings-apply') as HTMLButtonElement).click();
    await settle(200);
    expect((await stored()).packages.map((p) => p.pkg.organisation.name)).toEqual(['Школа В']);
  });

  it('a bad settings file changes nothing and says which field is wrong', async () => {
    await seed();
    render(h(Options, null), document.body);
    await settle(150);
    const before = await stored();
    const bad = JSON.parse(settingsFile([school('Школа В')]));
    bad.packages[0].pkg.indicators.find((i: { key: string }) => i.key === 'young.share').value = 250;
    await chooseSettingsFile(JSON.stringify(bad));
    expect(document.getElementById('settings-confirm')).toBeNull();
    expect(document.getElementById('error')?.textContent).toMatch(
      /^Файл настроек не подходит, ничего не изменилось: Поле «packages\.0\.pkg»: поле indicators\[\d+\]\.value: ожидается доля от 0 до 100 %/,
    );
    await chooseSettingsFile('{"format": "nastavnik-extension-settings", "version": 1, "packages": 5}');
    expect(document.getElementById('error')?.textContent).toMatch(/Поле «packages»/);
    await chooseSettingsFile('не json');
    expect(document.getElementById('error')?.textContent).toContain('не JSON');
    expect(await stored()).toEqual(before);
  });

  it('a package with an indicator this version does not know is stored without it, and the page says so', async () => {
    render(h(Options, null), document.body);
    await settle(150);
    const pkg = school('Школа Г') as unknown as { indicators: unknown[] };
    pkg.indicators.push({ key: 'mentors.future', label: 'Новый', unit: 'count', value: 7 });
    const text = document.getElementById('import-text') as HTMLTextAreaElement;
    text.value = JSON.stringify(pkg);
    text.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    (document.getElementById('import-text-button') as HTMLButtonElement).click();
    await settle(200);
    expect(document.getElementById('message')?.textContent).toContain('Пакет загружен: Школа Г');
    expect(document.getElementById('warnings')?.textContent).toContain(
      'показатель mentors.future неизвестен — пропущен',
    );
  });
});

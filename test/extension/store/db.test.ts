import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackageJson } from '../../../extension/import/package';
import { DB_NAME, packageId, parseSettingsFile, Store, siteKey } from '../../../extension/store/db';
import { samplePackage } from '../helpers/samplePackage';

let store: Store | null = null;
afterEach(async () => {
  store?.close();
  store = null;
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = () => resolve();
  });
});

describe('Store', () => {
  it('lists packages by school and period; a re-import of the same replaces it', async () => {
    store = await Store.open();
    const a = samplePackage({ organisation: { name: 'Школа Б', district: '', region: '', inn: '' } });
    const b = samplePackage({ organisation: { name: 'Школа А', district: '', region: '', inn: '' } });
    const b2 = samplePackage({
      organisation: { name: 'Школа А', district: '', region: '', inn: '' },
      period: { from: '2024-09-01', to: '2025-05-31', label: '2024/2025' },
    });
    const district = samplePackage({ kind: 'district', schools: ['Школа А', 'Школа Б'] });
    for (const p of [a, b, b2, district]) await store.putPackage(p);
    await store.putPackage(a);
    const list = await store.listPackages();
    expect(list.map((p) => `${p.pkg.organisation.name} ${p.pkg.period.from} ${p.pkg.kind}`)).toEqual([
      'МБОУ СОШ № 5 2023-09-01 district',
      'Школа А 2024-09-01 school',
      'Школа А 2023-09-01 school',
      'Школа Б 2023-09-01 school',
    ]);
    expect(await store.getPackage(packageId(district))).toBeDefined();
  });

  it('a refused import leaves what was stored as it was', async () => {
    store = await Store.open();
    await store.putPackage(samplePackage());
    const before = await store.listPackages();
    const bad = { ...samplePackage(), period: { from: '2024-13-01', to: '2024-05-31' } };
    const res = parsePackageJson(JSON.stringify(bad));
    expect(res.ok).toBe(false);
    if (res.ok) await store.putPackage(res.pkg);
    expect(await store.listPackages()).toEqual(before);
  });

  it('remembers corrections per site and exports / imports everything', async () => {
    store = await Store.open();
    await store.putPackage(samplePackage());
    const site = siteKey('https://portal.example/form?id=5#x');
    expect(site).toBe('https://portal.example/form');
    await store.setMapping(site, 'text:комментарий', 'roadmap.overdue');
    await store.setMapping(site, 'text:прочее', null);
    await store.setSettings({ overwrite: true });
    const file = await store.exportAll();
    const text = JSON.stringify(file);
    await store.deleteMapping(site);
    await store.deletePackage(packageId(samplePackage()));
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await store.importAll(parsed.file);
    expect((await store.getMapping(site)).entries).toEqual({
      'text:комментарий': 'roadmap.overdue',
      'text:прочее': null,
    });
    expect((await store.listPackages()).length).toBe(1);
    expect((await store.getSettings()).overwrite).toBe(true);
    const broken = parseSettingsFile(JSON.stringify({ ...file, mappings: [{ site: 1 }] }));
    expect(!broken.ok && broken.error).toMatch(/mappings\.0\.site/);
  });
});

describe('settings file: the key stays out, importing merges', () => {
  const school = (name: string, generatedAt = '2024-06-01T10:00:00+07:00') =>
    samplePackage({ organisation: { name, district: '', region: '', inn: '' }, generatedAt });
  const KEY = 'f'.repeat(64);

  it('the exported file holds no web-app key and says so', async () => {
    store = await Store.open();
    await store.setSettings({ syncUrl: 'https://script.google.com/macros/s/A/exec', syncToken: KEY });
    const file = await store.exportAll();
    const text = JSON.stringify(file);
    expect(text).not.toContain(KEY);
    expect(file.syncTokenIncluded).toBe(false);
    expect(file.note).toMatch(/Ключ доступа .* не записан/);
    expect(file.settings.syncUrl).toBe('https://script.google.com/macros/s/A/exec');
  });

  it('an import keeps stored packages and the key; a newer copy of the same package replaces the older', async () => {
    store = await Store.open();
    await store.putPackage(school('Школа А'));
    await store.putPackage(school('Школа Б'));
    await store.setSettings({ syncUrl: 'https://script.google.com/macros/s/A/exec', syncToken: KEY });
    const site = 'https://portal.example/form';
    await store.setMapping(site, 'text:мой', 'mentors.total');
    const file = {
      ...(await store.exportAll()),
      packages: [
        { id: packageId(school('Школа В')), pkg: school('Школа В'), importedAt: '2024-06-02T00:00:00Z' },
        {
          id: packageId(school('Школа А')),
          pkg: school('Школа А', '2024-06-05T10:00:00+07:00'),
          importedAt: '2024-06-05T00:00:00Z',
        },
      ],
      mappings: [{ site, entries: { 'text:мой': null, 'text:чужой': 'pairs.total' } }],
      settings: {
        chosenPackageId: null,
        syncUrl: 'https://script.google.com/macros/s/B/exec',
        syncToken: 'old-file-key',
        overwrite: true,
      },
    };
    const parsed = parseSettingsFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await store.planImport(parsed.file);
    expect(plan).toMatchObject({ added: 1, updated: 1, kept: 1, removed: [] });
    expect(plan.syncUrl).toEqual({
      from: 'https://script.google.com/macros/s/A/exec',
      to: 'https://script.google.com/macros/s/B/exec',
    });
    // Nothing is written by planning.
    expect(await store.listPackages()).toHaveLength(2);
    await store.importAll(parsed.file);
    const list = await store.listPackages();
    expect(list.map((p) => `${p.pkg.organisation.name} ${p.pkg.generatedAt}`)).toEqual([
      'Школа А 2024-06-05T10:00:00+07:00',
      'Школа Б 2024-06-01T10:00:00+07:00',
      'Школа В 2024-06-01T10:00:00+07:00',
    ]);
    const settings = await store.getSettings();
    expect(settings.syncToken).toBe(KEY);
    expect(settings.syncUrl).toBe('https://script.google.com/macros/s/B/exec');
    expect(settings.overwrite).toBe(true);
    // The person's own correction stays; the file's new one is added.
    expect((await store.getMapping(site)).entries).toEqual({
      'text:мой': 'mentors.total',
      'text:чужой': 'pairs.total',
    });
  });

  it('replacing is a choice: then the store holds exactly the file’s packages', async () => {
    store = await Store.open();
    await store.putPackage(school('Школа А'));
    await store.putPackage(school('Школа Б'));
    const parsed = parseSettingsFile(
      JSON.stringify({
        ...(await store.exportAll()),
        packages: [{ id: packageId(school('Школа В')), pkg: school('Школа В'), importedAt: '2024-06-02' }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await store.importAll(parsed.file, { replace: true });
    expect(plan.removed).toHaveLength(2);
    expect((await store.listPackages()).map((p) => p.pkg.organisation.name)).toEqual(['Школа В']);
  });

  it('a settings file from before (with a key in it) gives its key only to a browser that has none', async () => {
    store = await Store.open();
    const file = { ...(await store.exportAll()) };
    file.settings = { ...file.settings, syncToken: 'from-file' };
    const parsed = parseSettingsFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    await store.importAll(parsed.file);
    expect((await store.getSettings()).syncToken).toBe('from-file');
    await store.setSettings({ syncToken: KEY });
    await store.importAll(parsed.file);
    expect((await store.getSettings()).syncToken).toBe(KEY);
  });

  it('a package in a settings file is checked as strictly as an import: 1e300 is refused, naming the field', async () => {
    store = await Store.open();
    const pkg = school('Школа А') as unknown as { indicators: { key: string; value: unknown }[] };
    pkg.indicators.find((i) => i.key === 'mentors.total')!.value = 1e300;
    const res = parseSettingsFile(
      JSON.stringify({ ...(await store.exportAll()), packages: [{ id: 'x', pkg, importedAt: '' }] }),
    );
    expect(!res.ok && res.error).toMatch(
      /^Файл настроек не подходит, ничего не изменилось: Поле «packages\.0\.pkg»: поле indicators\[\d+\]\.value: ожидается целое число от 0 до 10 000 000/,
    );
  });
});

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

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../extension/options/Options';
import { Store } from '../../../extension/store/db';
import { ready, until, user } from '../helpers/page';
import { samplePackage } from '../helpers/samplePackage';

vi.mock('wxt/browser', () => ({
  browser: { permissions: { contains: async () => true, request: async () => true }, runtime: {} },
}));

// The page keeps its own connection open, so the database is emptied rather than deleted between tests.
afterEach(async () => {
  render(null, document.body);
  const store = await Store.open();
  for (const p of await store.listPackages()) await store.deletePackage(p.id);
  store.close();
});

const school = (name: string, inn: string) =>
  samplePackage({ organisation: { name, district: 'Богучанский район', region: 'Красноярский край', inn } });

describe('options page: «Сложить в районный пакет»', () => {
  it('ticks two stored school packages, stores the district package and shows the merge report', async () => {
    const seed = await Store.open();
    await seed.putPackage(school('МБОУ СОШ № 1', '2407000001'));
    await seed.putPackage(school('МБОУ СОШ № 2', '2407000002'));
    await seed.putPackage(school('МБОУ СОШ № 3', '2407000003'));
    seed.close();

    render(h(Options, null), document.body);
    await ready();
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('input[name=merge]'));
    expect(boxes).toHaveLength(3);
    await user(() => boxes[0]!.click());
    await user(() => boxes[2]!.click());
    const expected = document.getElementById('merge-expected') as HTMLTextAreaElement;
    expected.value = 'МБОУ СОШ № 1\nМБОУ СОШ № 3\nМБОУ СОШ № 7';
    await user(() => expected.dispatchEvent(new Event('input', { bubbles: true })));
    await user(() => (document.getElementById('merge-button') as HTMLButtonElement).click());
    await until(() => expect(document.getElementById('merge-report')).not.toBeNull());

    expect(document.getElementById('error')).toBeNull();
    expect(document.getElementById('message')?.textContent).toBe(
      'Районный пакет «Богучанский район» сохранён: сложено школ — 2.',
    );
    const report = document.getElementById('merge-report')?.textContent ?? '';
    expect(report).toContain('Сложено школ: 2 (МБОУ СОШ № 1; МБОУ СОШ № 3)');
    expect(report).toContain('Не прислали пакет (1):\n• МБОУ СОШ № 7');

    const store = await Store.open();
    const district = (await store.listPackages()).find((p) => p.pkg.kind === 'district');
    store.close();
    expect(district?.pkg.schools).toEqual(['МБОУ СОШ № 1', 'МБОУ СОШ № 3']);
    expect(district?.pkg.indicators.find((i) => i.key === 'mentors.total')?.value).toBe(48);
    // The district package is listed like any other, without a merge box of its own.
    expect(document.querySelectorAll('#packages tr')).toHaveLength(4);
    expect(document.querySelectorAll('input[name=merge]')).toHaveLength(3);
  });

  it('nothing ticked: a Russian message, nothing stored', async () => {
    const seed = await Store.open();
    await seed.putPackage(school('МБОУ СОШ № 1', ''));
    seed.close();
    render(h(Options, null), document.body);
    await ready();
    await user(() => (document.getElementById('merge-button') as HTMLButtonElement).click());
    await until(() =>
      expect(document.getElementById('error')?.textContent).toBe('Отметьте хотя бы один пакет школы.'),
    );
    const store = await Store.open();
    expect(await store.listPackages()).toHaveLength(1);
    store.close();
  });
});

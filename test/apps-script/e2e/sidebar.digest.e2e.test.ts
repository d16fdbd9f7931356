/** The sidebar's switch of the weekly digest in Chromium on the double: shown off, switched on (mentors too) and off, in Russian and English. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious } from '../../helpers/axe';
import { sampleSchool } from '../pairingFixture';
import { launch, openSidebar } from './sidebarPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the weekly digest’s switch in the pairing sidebar', () => {
  it('shows it off, turns it on for the curator and mentors, then off; the triggers follow, no browser dialog', async () => {
    const addon = await sampleSchool();
    const weekly = () => addon.double.scriptApp.triggers.filter((x) => x.spec.handler === 'weeklyDigest');
    const { page, dialogs } = await openSidebar(browser, addon);
    const panel = page.locator('[data-panel="digest"]');
    await panel.getByRole('heading', { name: 'Еженедельная сводка по почте' }).waitFor();
    await panel.locator('[data-digest="off"]').waitFor();
    expect(await panel.locator('[data-digest]').textContent()).toMatch(/^Выключена: писем нет\./);
    await panel.getByLabel(/Отправлять и наставникам/).check();
    await panel.getByRole('button', { name: 'Включить сводку' }).click();
    await panel.locator('[data-digest="on"]').waitFor();
    expect(await panel.getByRole('status').textContent()).toBe(
      'Еженедельная сводка включена: по понедельникам около 7:00, куратору и наставникам с согласием.',
    );
    expect(await panel.locator('[data-digest]').textContent()).toMatch(
      /^Включена: по понедельникам около 7:00 письмо куратору и наставникам/,
    );
    expect(weekly().map((x) => [x.spec.weekDay, x.spec.atHour])).toEqual([['MONDAY', 7]]);
    expect(await axeSerious(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Выключить сводку' }).click();
    await panel.locator('[data-digest="off"]').waitFor();
    expect(await panel.getByRole('status').textContent()).toBe('Еженедельная сводка выключена.');
    expect(weekly()).toHaveLength(0);
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('is in English for an English-speaking user', async () => {
    const addon = await sampleSchool(undefined, { locale: 'en_US' });
    addon.run('menuPairing');
    const { page } = await openSidebar(browser, addon, addon.double.ui.dialogs.at(-1)!.text);
    const panel = page.locator('[data-panel="digest"]');
    await panel.getByRole('heading', { name: 'Weekly summary by e-mail' }).waitFor();
    await panel.getByRole('button', { name: 'Turn the summary on' }).click();
    await panel.locator('[data-digest="on"]').waitFor();
    expect(await panel.getByRole('status').textContent()).toBe(
      'The weekly summary is on: Mondays around 7:00, to the curator.',
    );
    expect(await panel.locator('[data-digest]').textContent()).toMatch(/^On: every Monday around 7:00/);
  }, 60_000);
});

/**
 * The roadmap import dialog as built (one HTML file, the Word and PDF readers inside it) in Debian's
 * Chromium, google.script.run bridged to the built Code.js on the double: pick the .docx, see the preview,
 * replace; undo from the menu; pick the .pdf, add below.
 */
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../../shared/roadmap';
import { ROADMAP_SHEET } from '../../../shared/sheets';
import type { LoadedAddon } from '../../double';
import { ROADMAP_FILES, readBytes } from '../../shared/roadmap/files/roadmapFiles';
import { freshAddon, roadmapActivities, snapshot, snapshotDiff } from '../harness';
import { launch, openUi } from './sidebarPage';

const DOCX = 'school-sosh7-novoborsk-2023-2024.docx';
const PDF = 'kindergarten-romashka-2024.pdf';
const col = (field: string) => ROADMAP_SHEET.columns.findIndex((c) => c.field === field) + 1;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const activities = (addon: LoadedAddon): string[] => roadmapActivities(addon.double);

async function openImport(addon: LoadedAddon) {
  const opened = await openUi(browser, addon, 'import', { width: 640, height: 520 });
  // The dialog is one self-contained file: nothing may be fetched from anywhere.
  const fetched: string[] = [];
  opened.page.on('request', (r: Request) => {
    if (!r.url().startsWith('https://import.test/')) fetched.push(r.url());
  });
  await opened.page.locator('input[type=file]').waitFor();
  return { ...opened, fetched };
}

describe('roadmap import dialog in Chromium on the double', () => {
  it('pick the .docx, see the preview, replace; undo from the menu; pick the .pdf, add below', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    const pasted =
      'Дорожная карта на 2023-2024 учебный год\n№\tМероприятие\tСроки\tОтветственные\n1\tСовещание куратора\tсентябрь\tИванова И. И.\n2\tОтчёт\tдо 10.11.2023\tПетров П. П.';
    addon.callFromClient('importRoadmapCells', { source: pasted, period: null, mode: 'append' });
    const sheet = addon.double.sheet('Дорожная карта')!;
    sheet.getRange(2, col('activity')).setNote('заметка куратора');
    const before = snapshot(addon.double);

    // 1. The Word file: the preview, then «Заменить дорожную карту».
    const { page, dialogs, fetched } = await openImport(addon);
    await page.getByText('сейчас мероприятий: 2').waitFor();
    await page.locator('input[type=file]').setInputFiles(path.join(ROADMAP_FILES, DOCX));
    await page.locator('.preview').waitFor();
    const docx = await importRoadmapFile(readBytes(DOCX), DOCX, {});
    await expect.poll(() => page.locator('.items tbody tr').count()).toBe(docx.items.length);
    expect(await page.locator('[data-field=period]').textContent()).toBe(docx.period!.label);
    expect(await page.locator('.items tbody tr').first().locator('td').nth(1).textContent()).toBe(
      docx.items[0]!.activity,
    );
    expect(await page.locator('tr.unread').count()).toBeGreaterThan(0);
    expect(await page.getByText('до 15.09.2023', { exact: true }).count()).toBe(1);
    // Seen, not yet chosen: nothing written.
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    await page.getByRole('button', { name: 'Заменить дорожную карту' }).click();
    await page.locator('.done').waitFor();
    expect(await page.locator('.done').textContent()).toMatch(
      /сохранена на скрытом листе «Дорожная карта — до замены/,
    );
    expect(activities(addon)).toEqual(docx.items.map((i) => i.activity || i.content));
    const copy = addon.double.spreadsheet._sheets.find((s) =>
      s.name.startsWith('Дорожная карта — до замены'),
    )!;
    expect(copy.isSheetHidden()).toBe(true);
    await page.close();

    // 2. «Отменить замену дорожной карты» from the menu: asked, then the sheet is as it was.
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuUndoRoadmapReplace');
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    expect(activities(addon)).toEqual(['Совещание куратора', 'Отчёт']);

    // 3. The PDF, added below the restored rows.
    const again = await openImport(addon);
    await again.page.locator('input[type=file]').setInputFiles(path.join(ROADMAP_FILES, PDF));
    await again.page.locator('.preview').waitFor({ timeout: 30_000 });
    const pdf = await importRoadmapFile(readBytes(PDF), PDF, { period: '2023-2024 учебный год' });
    expect(pdf.error).toBeNull();
    await expect.poll(() => again.page.locator('.items tbody tr').count()).toBe(pdf.items.length);
    await again.page.getByRole('button', { name: 'Добавить ниже' }).click();
    await again.page.locator('.done').waitFor();
    expect(activities(addon)).toEqual([
      'Совещание куратора',
      'Отчёт',
      ...pdf.items.map((i) => i.activity || i.content),
    ]);
    expect(sheet.getRange(2, col('activity')).getNote()).toBe('заметка куратора');

    expect(dialogs).toEqual([]);
    expect(fetched).toEqual([]);
    expect(again.fetched).toEqual([]);
    await again.page.close();
  }, 120_000);
});

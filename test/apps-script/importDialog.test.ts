// @vitest-environment happy-dom
/**
 * The built import dialog in a DOM, its google.script.run bridged to the built Code.js on the double:
 * a Word file or pasted text is previewed in the page, nothing is written before the curator chooses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../shared/roadmap';
import type { LoadedAddon } from '../double';
import { readBytes } from '../shared/roadmap/files/roadmapFiles';
import { built_, freshAddon, snapshot, snapshotDiff } from './harness';
import { openDialogHtml, type, until } from './uiHarness';

const DOCX = 'school-sosh7-novoborsk-2023-2024.docx';

async function openImport(addon: LoadedAddon) {
  const b = await built_();
  const ui = openDialogHtml(readFileSync(join(b.outDir, 'import.html'), 'utf8'), addon);
  await until(() => document.querySelector('input[type=file]') !== null);
  return ui;
}

const text = () => document.body.textContent ?? '';
const button = (label: string) =>
  Array.from(document.querySelectorAll('button')).find((b) => b.textContent === label) as
    | HTMLButtonElement
    | undefined;

/** The curator picks a file in the file input. */
function pick(name: string): void {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([new Uint8Array(readBytes(name))], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const activityCount = (addon: LoadedAddon) => {
  const sheet = addon.double.sheet('Дорожная карта')!;
  let n = 0;
  for (let r = 2; r <= sheet._lastRow(); r++) if (sheet._get(r, 5)) n++;
  return n;
};

describe('the import dialog', () => {
  it('previews a Word file (items, deadlines as read, unreadable ones marked) and writes nothing until chosen', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    const before = snapshot(addon.double);
    await openImport(addon);
    expect(text()).toContain('Лист «Дорожная карта» пока пуст.');
    pick(DOCX);
    await until(() => document.querySelector('.preview') !== null);

    const expected = await importRoadmapFile(readBytes(DOCX), DOCX, {});
    const rows = Array.from(document.querySelectorAll('.items tbody tr'));
    expect(rows).toHaveLength(expected.items.length);
    expect(document.querySelector('[data-field=period]')!.textContent).toBe(expected.period!.label);
    expect(document.querySelector('[data-field=title]')!.textContent).toBe(expected.title);
    expected.items.forEach((item, i) => {
      const cells = Array.from(rows[i]!.querySelectorAll('td')).map((td) => td.textContent);
      expect(cells[1]).toBe(item.activity || item.content);
      expect(cells[2]).toBe(item.deadlineText);
      expect(cells[4]).toBe(item.responsible.join(', '));
    });
    // Deadlines as read: a «до …» date, a month, and every unreadable one marked with its reason.
    const readings = rows.map((r) => r.querySelector('.reading')!.textContent ?? '');
    expect(readings).toContain('до 15.09.2023');
    expect(readings.some((r) => /^сентябрь 2023/.test(r))).toBe(true);
    const unread = expected.items.filter((i) => i.deadline.kind === 'none' && i.deadlineText.trim() !== '');
    expect(unread.length).toBeGreaterThan(0);
    const marked = rows.filter((r) => r.classList.contains('unread'));
    expect(marked).toHaveLength(unread.length);
    for (const r of marked) expect(r.querySelector('.reading')!.textContent).toContain('не распознан');
    expect(text()).toContain(`Сроков не распознано: ${unread.length}`);

    // Nothing written by reading and previewing; «Отмена» goes back and writes nothing either.
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    button('Отмена')!.click();
    await until(() => document.querySelector('.preview') === null);
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);

    // Again, and this time write it: an empty sheet offers one button.
    pick(DOCX);
    await until(() => document.querySelector('.preview') !== null);
    expect(button('Заменить дорожную карту')).toBeUndefined();
    button('Записать в дорожную карту')!.click();
    await until(() => document.querySelector('.done') !== null);
    expect(text()).toContain(`Импортировано мероприятий: ${expected.items.length}`);
    expect(activityCount(addon)).toBe(expected.items.length);
  });

  it('with a roadmap on the sheet it offers replace or add below; replace says where the old one went', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    const pasted = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'roadmaps', 'school-proskurinskaya-2023.txt'),
      'utf8',
    );
    addon.callFromClient('importRoadmapCells', { source: pasted, period: null, mode: 'append' });
    const old = activityCount(addon);
    await openImport(addon);
    expect(text()).toContain(`сейчас мероприятий: ${old}`);
    pick(DOCX);
    await until(() => document.querySelector('.preview') !== null);
    expect(button('Добавить ниже')).toBeDefined();
    button('Заменить дорожную карту')!.click();
    await until(() => document.querySelector('.done') !== null);
    expect(text()).toMatch(/сохранена на скрытом листе «Дорожная карта — до замены/);
    const backup = addon.double.spreadsheet._sheets.find((s) =>
      s.name.startsWith('Дорожная карта — до замены'),
    )!;
    expect(backup.isSheetHidden()).toBe(true);
  });

  it('pasted text: preview first, then add below', async () => {
    const addon = await freshAddon({ today: '2023-01-15' });
    addon.run('menuSetup');
    const ui = await openImport(addon);
    type(
      document.querySelector('textarea')!,
      readFileSync(
        join(import.meta.dirname, '..', 'fixtures', 'roadmaps', 'school-proskurinskaya-2023.txt'),
        'utf8',
      ),
    );
    button('Показать, что найдено')!.click();
    await until(() => document.querySelector('.preview') !== null);
    expect(document.querySelectorAll('.items tbody tr')).toHaveLength(8);
    expect(activityCount(addon)).toBe(0);
    button('Записать в дорожную карту')!.click();
    await until(() => document.querySelector('.done') !== null);
    expect(text()).toMatch(/Импортировано мероприятий: 8/);
    expect(addon.double.sheet('Дорожная карта')!._get(2, 1)).toBe('DK-0001');
    button('Закрыть')!.click();
    expect(ui.isClosed()).toBe(true);
  });

  it('a file that is not a roadmap is refused in the page, nothing sent', async () => {
    const addon = await freshAddon({ today: '2023-01-15' });
    addon.run('menuSetup');
    const before = snapshot(addon.double);
    await openImport(addon);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])], 'broken.docx');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => document.querySelector('.error') !== null);
    expect(document.querySelector('.error')!.textContent).toContain('broken.docx');
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
  });

  it('without the sheets it says what to do and offers nothing', async () => {
    const addon = await freshAddon({ today: '2023-01-15' });
    const b = await built_();
    openDialogHtml(readFileSync(join(b.outDir, 'import.html'), 'utf8'), addon);
    await until(() => document.querySelector('.error') !== null);
    expect(text()).toContain('Настроить или восстановить листы');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });
});

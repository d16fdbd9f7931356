import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAddon } from '../../apps-script/build/bundle';
import { MENTORS_SHEET, SHEETS } from '../../shared/sheets';
import { createDouble, loadAddon } from '../double';
import { freshAddon, grid, snapshot, snapshotDiff } from './harness';

describe('onOpen', () => {
  it('builds the «Наставничество» menu whose items call top-level functions', async () => {
    const addon = await freshAddon();
    addon.run('onOpen', { authMode: 'LIMITED' });
    const menu = addon.double.ui.menus.find((m) => m.title === 'Наставничество');
    expect(menu).toBeDefined();
    const handlers = menu!.items.filter((i) => i.functionName).map((i) => i.functionName!);
    expect(handlers).toEqual(
      expect.arrayContaining(['menuSetup', 'menuImportRoadmap', 'menuRefreshDeadlines', 'menuHelp']),
    );
    for (const h of handlers) expect(addon.functions()).toContain(h);
    expect(menu!.items.map((i) => i.caption)).toContain('Справка');
  });

  it('works before authorisation (AuthMode.NONE): no properties, no document access', async () => {
    const addon = await freshAddon({ authMode: 'NONE' });
    expect(() => addon.run('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(addon.double.ui.menus).toHaveLength(1);
    expect(addon.double.log.count('PropertiesService')).toBe(0);
    expect(addon.double.log.count('Spreadsheet.')).toBe(0);
  });

  it('the template copy (the bound script) gets its own menu in the menu bar, through createMenu', async () => {
    const addon = await freshAddon();
    addon.open('LIMITED');
    expect(addon.double.ui.menus.map((m) => [m.title, m.addon])).toEqual([['Наставничество', false]]);
  });

  it('the publishing build puts the same items under «Расширения», through createAddonMenu, in every auth mode', async () => {
    const out = await buildAddon(mkdtempSync(join(tmpdir(), 'addon-published-')), { published: true });
    const bound = await freshAddon();
    bound.open('LIMITED');
    for (const mode of ['LIMITED', 'NONE'] as const) {
      const addon = loadAddon(join(out.outDir, 'Code.js'), createDouble({ distDir: out.outDir }));
      addon.open(mode);
      expect(addon.double.ui.menus).toHaveLength(1);
      expect(addon.double.ui.menus[0]!.addon).toBe(true);
      expect(addon.double.log.count('Ui.createMenu')).toBe(0);
      expect(addon.double.ui.menus[0]!.items).toEqual(bound.double.ui.menus[0]!.items);
    }
  });

  it('onInstall builds the same menu', async () => {
    const addon = await freshAddon({ authMode: 'NONE' });
    addon.run('onInstall', { authMode: 'NONE' });
    expect(addon.double.ui.menus[0]!.items.length).toBeGreaterThan(5);
  });

  it('help opens the built help dialog', async () => {
    const addon = await freshAddon();
    addon.run('menuHelp');
    const d = addon.double.ui.dialogs.at(-1)!;
    expect(d.kind).toBe('modal');
    expect(d.text).toContain('<script>');
  });
});

describe('setup', () => {
  it('creates every sheet with headers, frozen row, widths, dropdowns, header protection', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    for (const def of SHEETS) {
      const sheet = addon.double.sheet(def.title);
      expect(sheet, def.title).toBeDefined();
      const header = grid(addon.double, def.title)[0]!.slice(0, def.columns.length);
      expect(header).toEqual(def.columns.map((c) => c.header));
      expect(sheet!.getFrozenRows()).toBe(1);
      const p = sheet!._protections;
      expect(p).toHaveLength(1);
      expect(p[0]!.warningOnly).toBe(true);
      def.columns.forEach((c, i) => {
        if (c.width) expect(sheet!.getColumnWidth(i + 1)).toBe(c.width);
        const rule = sheet!._validation.get(`2:${i + 1}`);
        if (c.type === 'boolean') expect(rule?.values[0]).toEqual(['да', 'нет']);
        else if (c.type === 'enum' && c.owned) expect(rule?.values[0]).toEqual(Object.values(c.options!));
        else if (c.type !== 'enumList') expect(rule).toBeUndefined();
      });
    }
    expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(/Созданы листы/);
  });

  it('a second run changes nothing', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    const before = snapshot(addon.double);
    addon.double.log.reset();
    addon.run('menuSetup');
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    expect(addon.double.log.count('Spreadsheet.insertSheet')).toBe(0);
    expect(addon.double.ui.dialogs.at(-1)!.text).toBe('Все листы в порядке, ничего менять не пришлось.');
  });

  it('repairs reordered columns, own columns and a deleted header without losing a cell', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    const sheet = addon.double.sheet(MENTORS_SHEET.title)!;
    const width = MENTORS_SHEET.columns.length;
    // The curator fills rows, moves «ФИО» to the end, adds a column of her own and clears a header.
    for (let r = 2; r <= 6; r++)
      for (let c = 1; c <= width; c++) sheet._set(r, c, c === 1 ? `NS-000${r - 1}` : `r${r}c${c}`);
    sheet.moveColumns(sheet._range(1, 2, 1000, 1), width + 1);
    sheet.insertColumnBefore(3);
    sheet._set(1, 3, 'Мои заметки');
    sheet._set(2, 3, 'своё');
    const stageHeader = MENTORS_SHEET.columns[5]!.header;
    const stageCol = (sheet._values.get(1) ?? []).indexOf(stageHeader) + 1;
    sheet._set(1, stageCol, '');
    const before = grid(addon.double, MENTORS_SHEET.title);

    addon.run('menuSetup');
    const after = grid(addon.double, MENTORS_SHEET.title);
    // Every data cell is where it was; only the cleared header came back, in its own column.
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]![stageCol - 1]).toBe(stageHeader);
    expect(after[0]!.filter((h) => h === stageHeader)).toHaveLength(1);
    expect(after[0]).toContain('Мои заметки');
    expect(after[0]!.length).toBe(before[0]!.length);
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain(`добавлены столбцы: «${stageHeader}»`);
  });

  it('finds a sheet the curator renamed, and recreates one she deleted, keeping the rest', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    const mentors = addon.double.sheet('Наставники')!;
    mentors._set(2, 2, 'Иванова Анна Петровна');
    mentors.setName('Наши наставники');
    addon.double.spreadsheet.deleteSheet(addon.double.sheet('Пары')!);
    addon.run('menuSetup');
    expect(addon.double.sheet('Наши наставники')!._get(2, 2)).toBe('Иванова Анна Петровна');
    expect(addon.double.sheet('Наставники')).toBeUndefined();
    expect(addon.double.sheet('Пары')).toBeDefined();
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain('Созданы листы: «Пары»');
  });
});

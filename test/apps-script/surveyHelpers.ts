/** Helpers of the questionnaire tests on the built add-on: the forms, the sheets' cells, typical answers. */
import { RESPONSES_SHEET } from '../../shared/sheets';
import { readSurveyResponses, SURVEYS } from '../../shared/surveys';
import type { Answers, FormDouble, LoadedAddon } from '../double';

export function form(addon: LoadedAddon, kind: keyof typeof SURVEYS): FormDouble {
  const f = addon.double.forms._form(SURVEYS[kind].title);
  if (!f) throw new Error(`no form ${kind}`);
  return f;
}

/** The value of a field in a sheet row, by the dictionary's header. */
export function cell(addon: LoadedAddon, sheetTitle: string, row: number, header: string): unknown {
  const sheet = addon.double.sheet(sheetTitle)!;
  const values = sheet.getDataRange().getValues();
  const col = values[0]!.indexOf(header);
  if (col < 0) throw new Error(`no column ${header} on ${sheetTitle}`);
  return values[row - 1]?.[col];
}

export function dataRows(addon: LoadedAddon, sheetTitle: string): unknown[][] {
  return addon.double
    .sheet(sheetTitle)!
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r.some((v) => v !== ''));
}

export function responses(addon: LoadedAddon) {
  return readSurveyResponses(
    addon.double.sheet(RESPONSES_SHEET.title)!.getDataRange().getValues() as never,
    '2023-10-02',
  );
}

export const CONSENT = SURVEYS.mentor.questions.find((q) => q.field === 'consent')!;

export function mentorAnswers(name: string, email: string, extra: Answers = {}): Answers {
  const q = (field: string) => SURVEYS.mentor.questions.find((x) => x.field === field)!;
  return {
    [q('fullName').title]: name,
    [q('email').title]: email,
    [q('organisation').title]: 'МБОУ СОШ № 5',
    [q('position').title]: 'учитель математики',
    [q('subjects').title]: 'математика, информатика',
    [q('experienceYears').title]: '12',
    [q('category').title]: q('category').choices![1]!,
    [q('competencies').title]: 'подготовка к ОГЭ',
    [q('forms').title]: [q('forms').choices![0]!],
    [q('capacity').title]: '2',
    [CONSENT.title]: CONSENT.choices![0]!,
    ...extra,
  };
}

export function menteeAnswers(name: string, email: string, extra: Answers = {}): Answers {
  const q = (field: string) => SURVEYS.mentee.questions.find((x) => x.field === field)!;
  return {
    [q('fullName').title]: name,
    [q('email').title]: email,
    [q('organisation').title]: 'МБОУ СОШ № 5',
    [q('position').title]: 'учитель математики',
    [q('role').title]: q('role').choices![0]!,
    [q('subjects').title]: 'математика',
    [q('experienceYears').title]: '1',
    [q('requests').title]: 'подготовка к ОГЭ',
    [q('wantedForm').title]: q('wantedForm').choices![0]!,
    [q('consent').title]: CONSENT.choices![0]!,
    ...extra,
  };
}

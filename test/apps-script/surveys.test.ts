import { describe, expect, it } from 'vitest';
import { MENTORING_FORM_LABELS } from '../../shared/model';
import { MENTORS_SHEET, RESPONSES_SHEET } from '../../shared/sheets';
import { SURVEYS, summariseSatisfaction } from '../../shared/surveys';
import type { Answers } from '../double';
import { addonWithForms, freshAddon } from './harness';
import { CONSENT, cell, dataRows, form, mentorAnswers, responses } from './surveyHelpers';

const TITLES = Object.values(SURVEYS).map((s) => s.title);

describe('questionnaires on Google Forms', () => {
  it('creates the four forms once, linked to the spreadsheet, with the dictionary’s questions and one trigger', async () => {
    const addon = await addonWithForms();
    const d = addon.double;
    const made = [...d.forms.forms.values()];
    expect(made.map((f) => f.title).sort()).toEqual([...TITLES].sort());
    for (const f of made) {
      expect(f.destinationId).toBe(d.spreadsheet.id);
      expect(f.responsesSheet!.getFormUrl()).toContain(f.id);
      expect(f.allowEdits).toBe(true);
      const def = Object.values(SURVEYS).find((s) => s.title === f.title)!;
      expect(f.items.map((i) => i.title)).toEqual(def.questions.map((q) => q.title));
      const consent = f.items.find((i) => i.title === CONSENT.title)!;
      expect(consent.required).toBe(true);
      expect(consent.type).toBe('MULTIPLE_CHOICE');
    }
    const scale = form(addon, 'satisfaction').items.find((i) => i.type === 'SCALE')!;
    expect(scale.bounds).toEqual([1, 10]);
    const email = form(addon, 'mentor').items.find((i) => i.title === 'Адрес электронной почты')!;
    expect(email.validation?.rule).toBe('email');
    expect(d.sheet('Ответы на форму (4)')).toBeDefined();
    const triggers = () => d.scriptApp.triggers.filter((t) => t.spec.eventType === 'ON_FORM_SUBMIT');
    expect(triggers().map((t) => t.spec.handler)).toEqual(['onFormSubmit']);
    expect(d.ui.dialogs.at(-1)!.kind).toBe('modal');

    // Again: nothing new.
    d.log.reset();
    addon.run('menuQuestionnaires');
    expect(d.forms.forms.size).toBe(4);
    expect(d.log.snapshot()['FormApp.create']).toBeUndefined();
    expect(triggers()).toHaveLength(1);

    // One deleted in Drive: only that one is made again, with a new responses sheet.
    d.forms._delete(form(addon, 'feedback').id);
    d.log.reset();
    addon.run('menuQuestionnaires');
    expect(d.forms.forms.size).toBe(5);
    expect(d.log.snapshot()['FormApp.create']).toBe(1);
    expect(form(addon, 'feedback').responsesSheet!.getName()).toBe('Ответы на форму (5)');
    expect(triggers()).toHaveLength(1);
  });

  it('asks before creating forms and creates nothing when the curator declines', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    addon.double.ui.answers.push({ button: 'NO' });
    addon.run('menuQuestionnaires');
    expect(addon.double.forms.forms.size).toBe(0);
    expect(addon.double.ui.dialogs.at(-1)!.text).toContain('не созданы');
  });

  it('files a new mentor into the bank with a new ID and keeps the raw answer in «Анкеты»', async () => {
    const addon = await addonWithForms();
    addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Иванова Мария Петровна', 'Ivanova@School.ru'));
    const mentors = dataRows(addon, MENTORS_SHEET.title);
    expect(mentors).toHaveLength(1);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ID')).toBe('NS-0001');
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(cell(addon, MENTORS_SHEET.title, 2, 'E-mail')).toBe('ivanova@school.ru');
    const r = responses(addon);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
    const a = r.rows[0]!.record;
    expect(a).toMatchObject({ kind: 'mentor', consent: true, personId: 'NS-0001', problems: [] });
    expect(a.answers['Педагогический стаж']).toBe('12');
  });

  it('updates the person and the answer row when a response is edited, instead of adding duplicates', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Иванова Мария Петровна', 'ivanova@school.ru'));
    // Google's edit event carries only the changed answer; the add-on reads the whole row.
    const e = addon.editFormResponse(f.id, 0, { 'Сколько наставляемых готов взять': '3' });
    expect(e.namedValues['Фамилия, имя, отчество']).toEqual(['']);
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Готов взять наставляемых')).toBe(3);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(responses(addon).rows).toHaveLength(1);
    // Even the e-mail and name changed: the same person (remembered on the answer row) is updated.
    addon.editFormResponse(f.id, 0, {
      'Фамилия, имя, отчество': 'Петрова Мария Петровна',
      'Адрес электронной почты': 'petrova@school.ru',
    });
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Петрова Мария Петровна');
    expect(responses(addon).rows).toHaveLength(1);
  });

  it('a known person (by e-mail) is updated in the add-on’s columns only; a name alone never merges', async () => {
    const addon = await addonWithForms();
    const sheet = addon.double.sheet(MENTORS_SHEET.title)!;
    const header = sheet.getDataRange().getValues()[0]!;
    // The curator's own column to the right, and a mentor typed by hand with an e-mail.
    sheet.getRange(1, header.length + 1).setValue('Мои заметки');
    const row = header.map((h) =>
      h === 'ID'
        ? 'NS-0007'
        : h === 'ФИО'
          ? 'Сидоров Пётр Ильич'
          : h === 'E-mail'
            ? 'sidorov@school.ru'
            : h === 'Статус'
              ? 'активен'
              : '',
    );
    sheet.getRange(2, 1, 1, header.length + 1).setValues([[...row, 'звонить после 15:00']]);
    addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Сидоров П. И.', 'Sidorov@school.ru'));
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ID')).toBe('NS-0007');
    // The curator's ФИО stays (the conflict is listed); blank cells take the answers.
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Сидоров Пётр Ильич');
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Стаж, лет')).toBe(12);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Мои заметки')).toBe('звонить после 15:00');
    // The same name with another e-mail: a new row, marked, the first one untouched.
    addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Сидоров Пётр Ильич', 'other@school.ru'));
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(2);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'E-mail')).toBe('sidorov@school.ru');
    expect(cell(addon, MENTORS_SHEET.title, 3, 'Возможный повтор')).toBe('NS-0007');
    expect(responses(addon).rows.map((r) => r.record.personId)).toEqual(['NS-0007', 'NS-0008']);
  });

  it('without consent files nothing personal into a bank and marks the answer', async () => {
    const addon = await addonWithForms();
    addon.submitForm(
      form(addon, 'mentor').id,
      mentorAnswers('Иванова Мария Петровна', 'ivanova@school.ru', { [CONSENT.title]: CONSENT.choices![1]! }),
    );
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(0);
    const [a] = responses(addon).rows.map((r) => r.record);
    expect(a).toMatchObject({ consent: false, fullName: '', email: null, personId: null, answers: {} });
    expect(a!.problems.join(' ')).toContain('нет согласия');
  });

  it('keeps answers with missing or odd fields, marked, never dropped', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    // The curator loosened the form in its editor: a question made optional, a choice added, an own question.
    f.items.find((i) => i.title === 'Адрес электронной почты')!.setRequired(false);
    const category = f.items.find((i) => i.title === 'Квалификационная категория')!;
    category.setChoiceValues([...category.choices, 'Учитель-методист']);
    f.addTextItem().setTitle('Любимая книга');
    addon.submitForm(
      f.id,
      mentorAnswers('Кузнецова Анна', '', {
        'Квалификационная категория': 'Учитель-методист',
        'Педагогический стаж': '=1+1',
        'Любимая книга': '=HYPERLINK("http://x")',
      }),
      { unchecked: true },
    );
    const r = responses(addon);
    expect(r.rows).toHaveLength(1);
    const a = r.rows[0]!.record;
    const problems = a.problems.join(' | ');
    expect(problems).toContain('Квалификационная категория');
    expect(problems).toContain('Педагогический стаж');
    expect(problems).toContain('Любимая книга');
    expect(a.answers['Любимая книга']).toBe('=HYPERLINK("http://x")');
    // User text never runs as a formula: the cell holds text, not a formula.
    const answersCell = cell(addon, RESPONSES_SHEET.title, 2, 'Ответы');
    expect(typeof answersCell).toBe('string');
    expect(String(answersCell).startsWith('{')).toBe(true);
    // The person is still filed (the odd answers are left out of the bank, kept in «Анкеты»).
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
  });

  it('attaches feedback and satisfaction to the pair and summarises satisfaction', async () => {
    const addon = await addonWithForms();
    addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Иванова Мария Петровна', 'ivanova@school.ru'));
    const pairs = addon.double.sheet('Пары')!;
    const ph = pairs.getDataRange().getValues()[0]!;
    const pairRow = ph.map((h) => {
      if (h === 'ID') return 'PR-0001';
      if (String(h).startsWith('ID наставника')) return 'NS-0001';
      if (String(h).startsWith('ID наставляем')) return 'NP-0001';
      if (h === 'Статус') return 'Действует';
      if (h === 'Форма наставничества') return Object.values(MENTORING_FORM_LABELS)[0]!;
      return '';
    });
    pairs.getRange(2, 1, 1, ph.length).setValues([pairRow]);
    const sat = SURVEYS.satisfaction.questions;
    const answers = (score: string, role: string): Answers =>
      Object.fromEntries(
        sat.map((q) => [
          q.title,
          q.field === 'fullName'
            ? 'Иванова Мария Петровна'
            : q.field === 'email'
              ? 'ivanova@school.ru'
              : q.field === 'respondentRole'
                ? role
                : q.field === 'consent'
                  ? q.choices![0]!
                  : q.field === 'wouldContinue'
                    ? q.choices![0]!
                    : q.kind === 'scale'
                      ? score
                      : 'спасибо',
        ]),
      );
    addon.submitForm(form(addon, 'satisfaction').id, answers('9', 'Наставник'));
    addon.submitForm(form(addon, 'satisfaction').id, answers('6', 'Наставник'));
    const got = responses(addon)
      .rows.map((r) => r.record)
      .filter((r) => r.kind === 'satisfaction');
    expect(got.map((r) => r.personId)).toEqual(['NS-0001', 'NS-0001']);
    expect(got.map((r) => r.pairId)).toEqual(['PR-0001', 'PR-0001']);
    expect(got[0]!.problems).toEqual([]);
    const status = addon.callFromClient('getSurveyStatus') as {
      forms: { kind: string; received: number; filed: number; publishedUrl: string }[];
      satisfaction: unknown;
    };
    expect(status.satisfaction).toEqual(summariseSatisfaction(got));
    expect(status.satisfaction).toEqual([
      { role: 'mentor', count: 2, mean: 7.5, percent: 75 },
      { role: 'mentee', count: 0, mean: null, percent: null },
    ]);
    const bySurvey = Object.fromEntries(status.forms.map((f) => [f.kind, f]));
    expect(bySurvey.satisfaction).toMatchObject({ received: 2, filed: 2 });
    expect(bySurvey.mentor!.publishedUrl).toBe(form(addon, 'mentor').getPublishedUrl());
  });

  it('ignores answers of forms that are not the add-on’s', async () => {
    const addon = await addonWithForms();
    const other = addon.double.forms.create('Чужая форма');
    other.addTextItem().setTitle('Вопрос');
    other.setDestination('SPREADSHEET', addon.double.spreadsheet.id);
    addon.submitForm(other.id, { Вопрос: 'ответ' });
    expect(responses(addon).rows).toHaveLength(0);
  });

  it('an answer whose execution never got the lock is filed by the next one, and the menu files what a missing trigger missed', async () => {
    const addon = await addonWithForms();
    const d = addon.double;
    const f = form(addon, 'mentor');
    // Another execution holds the document lock for longer than the submission waits.
    d.locks.document.holder = 'execution-of-someone-else';
    addon.submitForm(f.id, mentorAnswers('Первая Анна', 'first@school.ru'));
    expect(d.locks.document.waits.at(-1)).toMatchObject({ got: false, ms: 240000 });
    expect(responses(addon).rows).toHaveLength(0);
    d.locks.document.holder = null;
    addon.submitForm(f.id, mentorAnswers('Вторая Вера', 'second@school.ru'));
    expect(
      responses(addon)
        .rows.map((r) => r.record.email)
        .sort(),
    ).toEqual(['first@school.ru', 'second@school.ru']);
    // The trigger deleted by hand: answers wait in Google's sheet until «Анкеты…» files them (and reinstalls it).
    d.scriptApp.triggers.splice(0);
    addon.submitForm(f.id, mentorAnswers('Третья Галина', 'third@school.ru'));
    expect(responses(addon).rows).toHaveLength(2);
    addon.run('menuQuestionnaires');
    expect(responses(addon).rows).toHaveLength(3);
    expect(d.spreadsheet._toasts.at(-1)!.message).toContain('Разнесены пропущенные ответы: 1');
    expect(d.scriptApp.triggers.filter((t) => t.spec.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(3);
  });

  it('a repeated event for the same row files nothing twice', async () => {
    const addon = await addonWithForms();
    const e = addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Иванова Мария', 'ivanova@school.ru'));
    addon.fireFormSubmit(e);
    addon.run('onFormSubmit', e);
    expect(responses(addon).rows).toHaveLength(1);
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
  });
});

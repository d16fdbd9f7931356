/**
 * What curators and respondents do to answers, and what must never follow: an answer filed to the wrong
 * person, a curator's correction reverted, an answer lost.
 */
import { describe, expect, it } from 'vitest';
import { MENTORS_SHEET, RESPONSES_SHEET } from '../../shared/sheets';
import { addonWithForms } from './harness';
import { CONSENT, cell, dataRows, form, menteeAnswers, mentorAnswers, responses } from './surveyHelpers';

const CAPACITY = 'Сколько наставляемых готов взять';

function byEmail(addon: Awaited<ReturnType<typeof addonWithForms>>): Map<string, Record<string, unknown>> {
  const values = addon.double.sheet(MENTORS_SHEET.title)!.getDataRange().getValues();
  const header = values[0]!.map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (const line of values.slice(1)) {
    const rec = Object.fromEntries(header.map((h, i) => [h, line[i]]));
    if (rec['E-mail']) out.set(String(rec['E-mail']), rec);
  }
  return out;
}

describe('answers keep their owners whatever happens to the responses sheet', () => {
  it('deleting a row of Google’s responses sheet never makes a new answer an edit of another', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Тестовый Ответ', 'test@school.ru'));
    addon.submitForm(f.id, mentorAnswers('Антонова Анна', 'antonova@school.ru', { [CAPACITY]: '1' }));
    addon.submitForm(f.id, mentorAnswers('Борисова Вера', 'borisova@school.ru', { [CAPACITY]: '2' }));
    // The curator deletes the test answer in row 2; the rows below move up.
    f.responsesSheet!.deleteRow(2);
    addon.submitForm(f.id, mentorAnswers('Волкова Галина', 'volkova@school.ru', { [CAPACITY]: '3' }));
    const bank = byEmail(addon);
    expect([...bank.keys()].sort()).toEqual([
      'antonova@school.ru',
      'borisova@school.ru',
      'test@school.ru',
      'volkova@school.ru',
    ]);
    expect(bank.get('borisova@school.ru')).toMatchObject({
      ФИО: 'Борисова Вера',
      'Готов взять наставляемых': 2,
    });
    expect(bank.get('volkova@school.ru')).toMatchObject({
      ФИО: 'Волкова Галина',
      'Готов взять наставляемых': 3,
    });
    const filed = responses(addon).rows.map((r) => r.record.email);
    expect(filed).toEqual([
      'test@school.ru',
      'antonova@school.ru',
      'borisova@school.ru',
      'volkova@school.ru',
    ]);
  });

  it('sorting the responses sheet, then an edit, updates the person who edited and no one else', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Антонова Анна', 'antonova@school.ru', { [CAPACITY]: '1' }));
    addon.submitForm(f.id, mentorAnswers('Борисова Вера', 'borisova@school.ru', { [CAPACITY]: '2' }));
    // The curator sorts the answers Я→А: the rows swap.
    const sheet = f.responsesSheet!;
    sheet.getRange(2, 1, 2, sheet.getLastColumn()).sort({ column: 2, ascending: false });
    expect(sheet.getRange(2, 2).getValue()).toBe('Борисова Вера');
    addon.editFormResponse(f.id, 0, { [CAPACITY]: '4' });
    const bank = byEmail(addon);
    expect(bank.get('antonova@school.ru')).toMatchObject({
      ФИО: 'Антонова Анна',
      'Готов взять наставляемых': 4,
    });
    expect(bank.get('borisova@school.ru')).toMatchObject({
      ФИО: 'Борисова Вера',
      'Готов взять наставляемых': 2,
    });
    expect(responses(addon).rows).toHaveLength(2);
  });

  it('answers filed by an older version (keyed by sheet row) are recognised, not filed twice', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Антонова Анна', 'antonova@school.ru'));
    // What the previous version wrote in «Анкеты»: «<sheet ID>:<row>» instead of the response's ID.
    const sheet = addon.double.sheet(RESPONSES_SHEET.title)!;
    const header = sheet.getDataRange().getValues()[0]!;
    const col = header.indexOf('ID ответа в форме') + 1;
    sheet.getRange(2, col).setValue(`${f.responsesSheet!.getSheetId()}:2`);
    addon.run('menuQuestionnaires');
    expect(responses(addon).rows).toHaveLength(1);
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(1);
    expect(String(cell(addon, RESPONSES_SHEET.title, 2, 'ID ответа в форме'))).toBe(f.responses[0]!.id);
    // And an edit after the upgrade updates that same row.
    addon.editFormResponse(f.id, 0, { [CAPACITY]: '5' });
    expect(responses(addon).rows).toHaveLength(1);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Готов взять наставляемых')).toBe(5);
  });
});

describe('an answer that missed its turn is filed by the next event of any form', () => {
  it('reads another form only when its sheet shows more answers than «Анкеты» holds', async () => {
    const addon = await addonWithForms();
    const d = addon.double;
    d.locks.document.holder = 'execution-of-someone-else';
    addon.submitForm(form(addon, 'mentor').id, mentorAnswers('Антонова Анна', 'antonova@school.ru'));
    d.locks.document.holder = null;
    expect(responses(addon).rows).toHaveLength(0);
    d.log.reset();
    addon.submitForm(form(addon, 'mentee').id, menteeAnswers('Ершова Жанна', 'ershova@school.ru'));
    expect(
      responses(addon)
        .rows.map((r) => r.record.kind)
        .sort(),
    ).toEqual(['mentee', 'mentor']);
    // Nothing missed now: the next answer reads only its own form.
    d.log.reset();
    addon.submitForm(form(addon, 'mentee').id, menteeAnswers('Зайцев Игорь', 'zaitsev@school.ru'));
    expect(d.log.count('Form.getResponses')).toBe(1);
    expect(responses(addon).rows).toHaveLength(3);
  });
});

describe('answers of an older version sent in the same second', () => {
  it('are told apart by what they say, never taken for each other', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Антонова Анна', 'antonova@school.ru'));
    addon.submitForm(f.id, mentorAnswers('Борисова Вера', 'borisova@school.ru'));
    // As the previous version left them: keyed by sheet row, both sent in the same second, B's row first.
    const same = new Date(f.responses[0]!.timestamp.getTime());
    for (const r of f.responses) r.timestamp = new Date(same.getTime());
    const sheet = addon.double.sheet(RESPONSES_SHEET.title)!;
    const header = sheet.getDataRange().getValues()[0]!;
    const col = (h: string) => header.indexOf(h) + 1;
    sheet.getRange(2, 1, 2, header.length).sort({ column: col('E-mail'), ascending: false });
    const legacy = `${f.responsesSheet!.getSheetId()}`;
    sheet.getRange(2, col('ID ответа в форме'), 2, 1).setValues([[`${legacy}:3`], [`${legacy}:2`]]);
    sheet.getRange(2, col('Отметка времени'), 2, 1).setValues([[same], [same]]);
    addon.run('menuQuestionnaires');
    const rows = responses(addon).rows;
    expect(rows).toHaveLength(2);
    const sourceOf = (email: string) => {
      const r = rows.find((x) => x.record.email === email)!;
      return String(cell(addon, RESPONSES_SHEET.title, r.row, 'ID ответа в форме'));
    };
    expect(sourceOf('antonova@school.ru')).toBe(f.responses[0]!.id);
    expect(sourceOf('borisova@school.ru')).toBe(f.responses[1]!.id);
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(2);
  });
});

describe('a namesake never overwrites a person', () => {
  it('the same ФИО with another e-mail becomes a new row marked as a possible repeat', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Иванова Мария Петровна', 'ivanova@school.ru'));
    addon.submitForm(
      f.id,
      mentorAnswers('Иванова Мария Петровна', 'intruder@mail.example', {
        'Образовательная организация': 'МБОУ СОШ № 5',
        [CAPACITY]: '9',
      }),
    );
    expect(dataRows(addon, MENTORS_SHEET.title)).toHaveLength(2);
    expect(cell(addon, MENTORS_SHEET.title, 2, 'E-mail')).toBe('ivanova@school.ru');
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Готов взять наставляемых')).toBe(2);
    expect(cell(addon, MENTORS_SHEET.title, 3, 'E-mail')).toBe('intruder@mail.example');
    expect(cell(addon, MENTORS_SHEET.title, 3, 'Возможный повтор')).toBe('NS-0001');
    const second = responses(addon).rows[1]!.record;
    expect(second.personId).toBe('NS-0002');
    expect(second.problems.join(' ')).toContain('Возможный повтор');
  });
});

describe('a respondent’s edit never reverts the curator’s corrections', () => {
  it('applies only the answers that changed; where the curator changed the cell too, the curator’s value stays', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Иванова Мария', 'ivanova@school.ru'));
    // The curator completes the name.
    const bank = addon.double.sheet(MENTORS_SHEET.title)!;
    const nameCol = bank.getDataRange().getValues()[0]!.indexOf('ФИО') + 1;
    bank.getRange(2, nameCol).setValue('Иванова Мария Петровна');
    // The respondent edits only the capacity: the name stays as the curator wrote it.
    addon.editFormResponse(f.id, 0, { [CAPACITY]: '3' });
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Готов взять наставляемых')).toBe(3);
    expect(responses(addon).rows[0]!.record.problems).toEqual([]);
    // The respondent now changes the name as well: a conflict, the curator's value stays and is explained.
    addon.editFormResponse(f.id, 0, { 'Фамилия, имя, отчество': 'Иванова М.' });
    expect(cell(addon, MENTORS_SHEET.title, 2, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(bank.getRange(2, nameCol).getNote()).toContain('Иванова М.');
    const problems = responses(addon).rows[0]!.record.problems.join(' ');
    expect(problems).toContain('«ФИО»');
    expect(problems).toContain('оставлено значение куратора');
    // And the sidebar's remarks name the cell.
    const state = addon.callFromClient('getPairingState') as { issues: { text: string }[] };
    expect(state.issues.map((i) => i.text)).toContainEqual(
      expect.stringMatching(/^Строка 2, столбец «ФИО»: Участник изменил ответ анкеты на «Иванова М\.»/),
    );
  });

  it('an edited answer that does not read leaves the bank cell as it was, and says why', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    f.items.find((i) => i.title === 'Педагогический стаж')!.validation = null; // the curator loosened the form
    addon.submitForm(f.id, mentorAnswers('Иванова Мария', 'ivanova@school.ru'));
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Стаж, лет')).toBe(12);
    addon.editFormResponse(f.id, 0, { 'Педагогический стаж': 'много' });
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Стаж, лет')).toBe(12);
    expect(responses(addon).rows[0]!.record.problems.join(' ')).toContain('Педагогический стаж');
  });

  it('an edit that withdraws consent takes the consent mark off the person', async () => {
    const addon = await addonWithForms();
    const f = form(addon, 'mentor');
    addon.submitForm(f.id, mentorAnswers('Иванова Мария', 'ivanova@school.ru'));
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Согласие на обработку ПД')).toBe('да');
    addon.editFormResponse(f.id, 0, { [CONSENT.title]: CONSENT.choices![1]! });
    expect(cell(addon, MENTORS_SHEET.title, 2, 'Согласие на обработку ПД')).toBe('нет');
    expect(responses(addon).rows[0]!.record.problems.join(' ')).toContain(
      'согласие на обработку ПД отозвано',
    );
  });
});

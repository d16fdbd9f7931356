import { describe, expect, it } from 'vitest';
import { Mentee, Mentor, Pair, SURVEY_KINDS, type SurveyResponse } from '../../../shared/model';
import { MENTEES_SHEET, MENTORS_SHEET, mapHeaderRow, PAIRS_SHEET, readTable } from '../../../shared/sheets';
import { type FilingInput, fileAnswer, SURVEYS, summariseSatisfaction } from '../../../shared/surveys';
import { sampleRows } from '../../helpers/sample';

const mentors = readTable(sampleRows('mentors'), MENTORS_SHEET, Mentor, { today: '2026-11-20' }).rows;
const mentees = readTable(sampleRows('mentees'), MENTEES_SHEET, Mentee, { today: '2026-11-20' }).rows;
const pairs = readTable(sampleRows('pairs'), PAIRS_SHEET, Pair, { today: '2026-11-20' }).rows.map(
  (r) => r.record,
);

function input(kind: FilingInput['kind'], namedValues: FilingInput['namedValues']): FilingInput {
  const bank = kind === 'mentor' ? mentors : mentees;
  return {
    kind,
    namedValues,
    submittedAt: '2026-11-20T09:30:00.000Z',
    today: '2026-11-20',
    responseId: 'AN-0001',
    mentors,
    mentees,
    pairs,
    takenIds: new Set(bank.map((r) => r.record.id)),
  };
}

describe('questionnaires come from the one dictionary', () => {
  it.each(SURVEY_KINDS)('every question of «%s» maps back to its column through the dictionary', (kind) => {
    const survey = SURVEYS[kind];
    const map = mapHeaderRow(
      survey.questions.map((q) => q.title),
      { key: 'responses', title: 't', titleAliases: [], idPrefix: 'X', columns: survey.columns },
    );
    expect(survey.questions.map((q) => map.columns.get(q.field))).toEqual(survey.questions.map((_, i) => i));
    const consent = survey.questions.find((q) => q.field === 'consent');
    expect(consent?.required).toBe(true);
  });

  it('choices are the dictionary labels', () => {
    const forms = SURVEYS.mentor.questions.find((q) => q.field === 'forms')!;
    expect(forms.kind).toBe('checkboxes');
    expect(forms.choices).toEqual(
      Object.values(MENTORS_SHEET.columns.find((c) => c.field === 'forms')!.options!),
    );
    const wanted = SURVEYS.mentee.questions.find((q) => q.field === 'wantedForm')!;
    expect(wanted.kind).toBe('choice');
    expect(SURVEYS.satisfaction.questions.find((q) => q.field === 'satisfaction')!.kind).toBe('scale');
  });
});

const newMentee = {
  'Отметка времени': ['20.11.2026 12:30:00'],
  'Фамилия, имя, отчество': ['Сорокина Лада Игоревна'],
  'Адрес электронной почты': ['Sorokina.LI@school7.example'],
  'Образовательная организация': ['МБОУ «СОШ № 7» г. Заречный'],
  'Должность или класс': ['учитель математики'],
  'Педагог / обучающийся': ['Педагог'],
  'Преподаваемые предметы': ['математика, информатика'],
  'Педагогический стаж': ['1'],
  'Дата рождения': ['05.04.2002'],
  'Профессиональные запросы': ['классное руководство; работа с родителями'],
  'Желаемая форма наставничества': ['Учитель – учитель'],
  'Согласие на обработку персональных данных': ['Да, даю согласие'],
};

describe('filing an answer', () => {
  it('a new person goes into the bank with a new ID, the consent dated by the submission', () => {
    const res = fileAnswer(input('mentee', newMentee));
    expect(res.bankWrite).toMatchObject({ bank: 'mentees', row: null, created: true });
    expect(res.bankWrite!.record).toMatchObject({
      id: 'NV-0039',
      fullName: 'Сорокина Лада Игоревна',
      email: 'sorokina.li@school7.example',
      subjects: ['математика', 'информатика'],
      birthDate: '2002-04-05',
      requests: ['классное руководство', 'работа с родителями'],
      wantedForm: 'teacher-teacher',
      consent: true,
      consentDate: '2026-11-20',
      status: 'unpaired',
    });
    expect(res.response.problems).toEqual([]);
    expect(res.response.personId).toBe('NV-0039');
  });

  it('reads a two-digit birth year into the past and refuses a birth date in the future', () => {
    const past = fileAnswer(input('mentee', { ...newMentee, 'Дата рождения': ['14.03.65'] }));
    expect(past.response.problems).toEqual([]);
    expect((past.bankWrite!.record as Mentee).birthDate).toBe('1965-03-14');
    const future = fileAnswer(input('mentee', { ...newMentee, 'Дата рождения': ['14.03.2030'] }));
    expect(future.response.problems).toEqual([
      'вопрос «Дата рождения»: дата рождения «14.03.2030» ещё не наступила; проверьте год',
    ]);
    // The person is filed without the impossible date; the answer keeps it for the curator.
    expect((future.bankWrite!.record as Mentee).birthDate).toBeNull();
    expect(future.response.answers['Дата рождения']).toBe('14.03.2030');
  });

  it('a known person (by e-mail) gets only what changed since their last answer; the curator’s cells stay', () => {
    const known = mentees.find((r) => r.record.id === 'NV-0003')!;
    const answer = {
      ...newMentee,
      'Фамилия, имя, отчество': ['Васильева Кристина Олеговна'],
      'Адрес электронной почты': ['vasilyeva.ko@school7.example'],
      'Профессиональные запросы': ['оценивание'],
    };
    // No earlier answer of hers: the bank's own values stay, each difference is a conflict for the curator.
    const first = fileAnswer(input('mentee', answer));
    expect(first.bankWrite).toMatchObject({ bank: 'mentees', row: known.row, created: false });
    expect(first.bankWrite!.record.id).toBe('NV-0003');
    expect((first.bankWrite!.record as Mentee).requests).toEqual(known.record.requests);
    expect(first.bankWrite!.conflicts.map((c) => c.field)).toContain('requests');
    expect(first.response.problems.join(' ')).toContain('оставлено значение куратора');
    expect(first.bankWrite!.record.consentDate).toBe('2025-09-15');
    // Her earlier answer said what the bank holds: the change is hers to make, and only it is written.
    const baseline = {
      ...Object.fromEntries(Object.entries(answer).map(([k, v]) => [k, v.join(', ')])),
      'Профессиональные запросы': known.record.requests.join('; '),
    };
    const res = fileAnswer({ ...input('mentee', answer), baselineOf: () => baseline });
    expect((res.bankWrite!.record as Mentee).requests).toEqual(['оценивание']);
    expect(res.bankWrite!.fields).toEqual(['requests']);
    expect(res.bankWrite!.conflicts).toEqual([]);
  });

  it('a namesake with another e-mail is never merged: a new row marked as a possible repeat', () => {
    const sokolova = mentors.find((r) => r.record.fullName === 'Соколова Марина Петровна')!;
    const res = fileAnswer(
      input('mentor', {
        'Фамилия, имя, отчество': ['соколова марина петровна'],
        'Адрес электронной почты': ['marina@home.example'],
        'Сколько наставляемых готов взять': ['3'],
        'Согласие на обработку персональных данных': ['Да, даю согласие'],
      }),
    );
    expect(res.bankWrite).toMatchObject({ bank: 'mentors', row: null, created: true });
    expect(res.bankWrite!.record.id).not.toBe(sokolova.record.id);
    expect(res.bankWrite!.record.repeatOf).toBe(sokolova.record.id);
    expect(res.response.problems.join(' ')).toContain('Возможный повтор');
  });

  it('without consent nothing goes into a bank and the answer is marked', () => {
    const res = fileAnswer(
      input('mentee', { ...newMentee, 'Согласие на обработку персональных данных': ['Нет'] }),
    );
    expect(res.bankWrite).toBeNull();
    expect(res.response.consent).toBe(false);
    expect(res.response.fullName).toBe('');
    expect(res.response.problems[0]).toBe('нет согласия на обработку ПД: данные не внесены в банк');
  });

  it('odd answers are filed with the problem named, not dropped', () => {
    const res = fileAnswer(
      input('mentee', {
        ...newMentee,
        'Педагогический стаж': ['полтора года'],
        'Любимый цвет': ['зелёный'],
      }),
    );
    expect(res.bankWrite?.record.fullName).toBe('Сорокина Лада Игоревна');
    expect(res.bankWrite?.record.experienceYears).toBeNull();
    expect(res.response.problems).toEqual([
      'вопрос «Педагогический стаж»: ожидается число, а не «полтора года»',
      'вопрос «Любимый цвет» не относится к анкете и сохранён только в ответах',
    ]);
    expect(res.response.answers['Любимый цвет']).toBe('зелёный');
  });

  it('an answer without a name is kept in responses with the problem, not filed', () => {
    const res = fileAnswer(
      input('mentee', { ...newMentee, 'Фамилия, имя, отчество': [''], 'Адрес электронной почты': [''] }),
    );
    expect(res.bankWrite).toBeNull();
    expect(res.response.problems).toEqual(['поле «ФИО»: не заполнено']);
  });

  it('feedback and satisfaction answers attach to the respondent’s active pair', () => {
    const res = fileAnswer(
      input('satisfaction', {
        ФИО: ['Цветкова Алёна Ильинична'],
        'E-mail': ['tsvetkova.ai@school7.example'],
        'Вы участвуете как': ['Наставляемый'],
        'Насколько вы удовлетворены участием в программе наставничества? (1–10)': ['9'],
        'Согласие на обработку ПД': ['да'],
      }),
    );
    expect(res.response).toMatchObject({
      personId: 'NV-0022',
      pairId: 'PR-0002',
      satisfaction: 9,
      respondentRole: 'mentee',
    });
    const lost = fileAnswer(
      input('feedback', { ФИО: ['Незнакомов Н.Н.'], 'Вы участвуете как': ['Наставник'], Согласие: ['да'] }),
    );
    expect(lost.response.problems).toEqual(['участник не найден в банках по e-mail']);
  });
});

describe('pair questionnaires through a pair’s personal link', () => {
  const answer = {
    ФИО: ['Цветкова Алёна Ильинична'],
    'E-mail': ['tsvetkova.ai@school7.example'],
    'Вы участвуете как': ['Наставляемый'],
    'Оценка встречи (1–10)': ['2'],
    'Согласие на обработку ПД': ['да'],
  };
  const keys = new Map([['0123456789abcdef0123456789abcdef', 'PR-0005']]);
  const withKey = (key: string, extra = {}) =>
    fileAnswer({
      ...input('feedback', { 'Код ссылки': [key], ...answer, ...extra }),
      pairOfKey: (k) => keys.get(k),
    });

  it('the key names the pair, whatever the respondent’s active pair, and whether or not the bank knows them', () => {
    expect(withKey('0123-4567-89AB-CDEF-0123-4567-89ab-cdef').response).toMatchObject({
      personId: 'NV-0022',
      pairId: 'PR-0005',
      satisfaction: 2,
      problems: [],
    });
    const unknownPerson = withKey('0123456789abcdef0123456789abcdef', {
      ФИО: ['Незнакомов Н.Н.'],
      'E-mail': ['n@example.ru'],
    });
    expect(unknownPerson.response).toMatchObject({ personId: null, pairId: 'PR-0005' });
  });

  it('an unknown key is noted, and the answer goes to the respondent’s active pair as without a key', () => {
    const res = withKey('PR-0005');
    expect(res.response.pairId).toBe('PR-0002');
    expect(res.response.problems).toEqual([
      'код ссылки не узнан: ответ отнесён к паре по e-mail участника (если она есть); проверьте, чья это пара',
    ]);
  });
});

describe('satisfaction summary', () => {
  it('averages the 1–10 scores by role and gives the percentage', () => {
    const r = (role: 'mentor' | 'mentee', satisfaction: number | null) =>
      ({ kind: 'satisfaction', respondentRole: role, satisfaction }) as SurveyResponse;
    expect(
      summariseSatisfaction([r('mentor', 8), r('mentor', 9), r('mentee', 7), r('mentee', null)]),
    ).toEqual([
      { role: 'mentor', count: 2, mean: 8.5, percent: 85 },
      { role: 'mentee', count: 1, mean: 7, percent: 70 },
    ]);
    expect(summariseSatisfaction([])[0]).toEqual({ role: 'mentor', count: 0, mean: null, percent: null });
  });
});

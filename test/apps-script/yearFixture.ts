/** A school's term in the double: banks, five pairs, the meeting form and its links, answers by week. */
import { SURVEYS } from '../../shared/surveys';
import { MEETING_FORM } from '../../shared/year';
import { type Answers, type FormDouble, type LoadedAddon, prefilledAnswers } from '../double';
import { freshAddon } from './harness';
import { typeRows } from './pairingFixture';

export const TERM_START = '2023-09-04';

export const MENTORS = [
  ['ID', 'ФИО', 'E-mail', 'Согласие на обработку ПД', 'Формы наставничества', 'Готов взять наставляемых'],
  ['NS-0001', 'Иванова Мария Петровна', 'ivanova@school.ru', 'да', 'Учитель – учитель', '1'],
  ['NS-0002', 'Петров Олег Игоревич', 'petrov@school.ru', 'да', 'Учитель – учитель', '1'],
  ['NS-0003', 'Сидорова Анна Львовна', 'sidorova@school.ru', 'нет', 'Учитель – учитель', '1'],
  ['NS-0004', 'Орлова Вера Павловна', '', 'да', 'Учитель – учитель', '1'],
  ['NS-0005', 'Кузнецов Илья Ильич', 'kuznetsov@school.ru', 'да', 'Учитель – учитель', '1'],
];

export const MENTEES = [
  ['ID', 'ФИО', 'E-mail', 'Роль', 'Согласие на обработку ПД'],
  ['NY-0001', 'Смирнова Ольга', 'smirnova@school.ru', 'педагог', 'да'],
  ['NY-0002', 'Волков Пётр', 'volkov@school.ru', 'педагог', 'да'],
  ['NY-0003', 'Зайцева Ирина', 'zaitseva@school.ru', 'педагог', 'да'],
  ['NY-0004', 'Морозова Дарья', 'morozova@school.ru', 'педагог', 'да'],
  ['NY-0005', 'Лебедев Артём', 'lebedev@school.ru', 'педагог', 'да'],
];

export const PAIRS = [
  [
    'ID пары',
    'ID наставника',
    'Наставник',
    'ID наставляемых',
    'Наставляемые',
    'Форма наставничества',
    'Дата начала',
    'Статус',
  ],
  [
    'PR-0001',
    'NS-0001',
    'Иванова Мария Петровна',
    'NY-0001',
    'Смирнова Ольга',
    'Учитель – учитель',
    '04.09.2023',
    'Действует',
  ],
  [
    'PR-0002',
    'NS-0002',
    'Петров Олег Игоревич',
    'NY-0002',
    'Волков Пётр',
    'Учитель – учитель',
    '04.09.2023',
    'Действует',
  ],
  [
    'PR-0003',
    'NS-0003',
    'Сидорова Анна Львовна',
    'NY-0003',
    'Зайцева Ирина',
    'Учитель – учитель',
    '01.08.2023',
    'Действует',
  ],
  [
    'PR-0004',
    'NS-0004',
    'Орлова Вера Павловна',
    'NY-0004',
    'Морозова Дарья',
    'Учитель – учитель',
    '04.09.2023',
    'Действует',
  ],
  [
    'PR-0005',
    'NS-0005',
    'Кузнецов Илья Ильич',
    'NY-0005',
    'Лебедев Артём',
    'Учитель – учитель',
    '04.09.2023',
    'Действует',
  ],
];

export interface Term {
  addon: LoadedAddon;
  meetingForm: FormDouble;
  /** Each pair's link, as the dialog lists it. */
  links: Map<string, string>;
  /** Each pair's personal links to the interim and final questionnaires (the same key). */
  surveyLinks: Map<string, { interim: string; final: string }>;
}

/** The school on the first day of the term: sheets set up, banks and pairs typed, questionnaires and meeting form made. */
export async function termStart(): Promise<Term> {
  const addon = await freshAddon({ today: TERM_START });
  addon.run('menuSetup');
  typeRows(addon.double, 'mentors', MENTORS);
  typeRows(addon.double, 'mentees', MENTEES);
  typeRows(addon.double, 'pairs', PAIRS);
  addon.double.ui.answers.push({ button: 'YES' });
  addon.run('menuQuestionnaires');
  addon.double.ui.answers.push({ button: 'YES' });
  addon.run('menuMeetingLinks');
  const meetingForm = addon.double.forms._form(MEETING_FORM.title)!;
  const got = addon.callFromClient('getMeetingLinks') as {
    links: { pairId: string; url: string; interimUrl: string; finalUrl: string }[];
  };
  return {
    addon,
    meetingForm,
    links: new Map(got.links.map((l) => [l.pairId, l.url])),
    surveyLinks: new Map(got.links.map((l) => [l.pairId, { interim: l.interimUrl, final: l.finalUrl }])),
  };
}

/**
 * A participant answers a pair questionnaire («Промежуточная обратная связь» or «Итоговый мониторинг…») through
 * their pair's personal link: the key is already there.
 */
export function pairSurveyAnswer(
  t: Term,
  kind: 'feedback' | 'satisfaction',
  pairId: string,
  who: { name: string; email: string; role: 'mentor' | 'mentee' },
  score: number,
  date: string,
) {
  const def = SURVEYS[kind];
  const f = t.addon.double.forms._form(def.title)!;
  const links = t.surveyLinks.get(pairId);
  if (!links) throw new Error(`no questionnaire links for ${pairId}`);
  const fq = (field: string) => def.questions.find((x) => x.field === field)!;
  const role = fq('respondentRole').choices![who.role === 'mentor' ? 0 : 1]!;
  const answers: Answers =
    kind === 'feedback'
      ? {
          [fq('meetingDate').title]: date,
          [fq('topic').title]: 'Урок',
          [fq('useful').title]: 'Разбор',
          [fq('difficulties').title]: 'Дисциплина',
          [fq('satisfaction').title]: String(score),
        }
      : {
          [fq('satisfaction').title]: String(score),
          [fq('goalsMet').title]: String(score),
          [fq('partnerRating').title]: String(score),
          [fq('wouldContinue').title]: fq('wouldContinue').choices![0]!,
        };
  return t.addon.submitForm(f.id, {
    ...prefilledAnswers(f, kind === 'feedback' ? links.interim : links.final),
    [fq('fullName').title]: who.name,
    [fq('email').title]: who.email,
    [fq('respondentRole').title]: role,
    ...answers,
    [fq('consent').title]: fq('consent').choices![0]!,
  });
}

const q = (field: string) => MEETING_FORM.questions.find((x) => x.field === field)!;

/** A participant opens their pair's link (the key is already there) and reports a meeting. */
export function reportMeeting(t: Term, pairId: string, date: string, extra: Answers = {}) {
  const url = t.links.get(pairId);
  if (!url) throw new Error(`no link for ${pairId}`);
  return t.addon.submitForm(t.meetingForm.id, {
    ...prefilledAnswers(t.meetingForm, url),
    ...meetingAnswers(date),
    ...extra,
  });
}

export function meetingAnswers(date: string): Answers {
  return {
    [q('date').title]: date,
    [q('format').title]: 'очно',
    [q('durationMinutes').title]: '40',
    [q('topic').title]: 'Разбор урока',
    [q('done').title]: 'Посетили урок, обсудили',
    [q('nextStep').title]: 'Открытый урок',
    [q('filledBy').title]: 'наставник',
  };
}

/** The interim questionnaire «Промежуточная обратная связь» answered by a mentee. */
export function interimAnswer(t: Term, name: string, email: string, score: number, date: string) {
  const f = t.addon.double.forms._form(SURVEYS.feedback.title)!;
  const fq = (field: string) => SURVEYS.feedback.questions.find((x) => x.field === field)!;
  return t.addon.submitForm(f.id, {
    [fq('fullName').title]: name,
    [fq('email').title]: email,
    [fq('respondentRole').title]: fq('respondentRole').choices![1]!,
    [fq('meetingDate').title]: date,
    [fq('topic').title]: 'Урок',
    [fq('useful').title]: 'Разбор',
    [fq('difficulties').title]: 'Дисциплина',
    [fq('satisfaction').title]: String(score),
    [fq('consent').title]: fq('consent').choices![0]!,
  });
}

/** A column of a sheet by its header: pair ID → value. */
export function columnByPair(
  addon: LoadedAddon,
  title: string,
  header: string,
  key = 'ID пары',
): Map<string, unknown> {
  const values = addon.double.sheet(title)!.getDataRange().getValues();
  const h = values[0]!.map(String);
  const k = h.indexOf(key);
  const c = h.indexOf(header);
  if (k < 0 || c < 0) throw new Error(`no column ${header} on ${title}`);
  return new Map(
    values
      .slice(1)
      .filter((r) => r[k] !== '')
      .map((r) => [String(r[k]), r[c]]),
  );
}

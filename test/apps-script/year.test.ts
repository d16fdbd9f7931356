/**
 * The pairs' year on the built Code.js in the double: a term walked week by week (meetings reported for some
 * pairs, none for others, a low interim answer, a pair closed, a late plan step ticked off and a new pair accepted
 * in the sidebar — both showing their state at once), with every pair's «Состояние» each week; the
 * filing of meeting reports (idempotent by response ID, edits update their row, unknown keys and ended pairs kept
 * aside), the sidebar's attention list, the mail merge within the quota, and the report's new figures.
 */
import { describe, expect, it } from 'vitest';
import { pasteRows } from '../../playground/sample';
import { MEETINGS_SHEET, PLANS_SHEET, REMINDERS_SHEET, RESPONSES_SHEET } from '../../shared/sheets';
import { type LoadedAddon, SCOPES, zones } from '../double';
import { freshAddon, statusOfColour } from './harness';
import { typeRows } from './pairingFixture';
import { reportCells } from './reportFixture';
import { dataRows } from './surveyHelpers';
import {
  columnByPair,
  interimAnswer,
  MENTEES,
  MENTORS,
  meetingAnswers,
  pairSurveyAnswer,
  reportMeeting,
  TERM_START,
  termStart,
} from './yearFixture';

const E = 'Рано судить';
const T = 'В графике';
const N = 'Нужна встреча';
const S = 'Сигнал';
const P = 'Отстаёт план';
const _ = '';

/**
 * Every pair's «Состояние» from week 0 (the term's first day) to week 12, worked out by hand from the rules
 * (docs/year.md): «Нужна встреча» after more than 35 days without a meeting, «Рано судить» in the first month.
 */
const EXPECTED: Record<string, string[]> = {
  //          0  1  2  3  4  5  6  7  8  9  10 11 12
  'PR-0001': [E, E, E, E, E, T, T, T, T, T, T, T, T], // meets every three weeks; its plan never late
  'PR-0002': [E, E, E, E, E, T, P, P, P, T, T, T, T], // «Диагностика» due 09.10 is late from 16.10 until ticked in week 9
  'PR-0003': [T, T, T, T, T, T, N, N, N, N, _, _, _], // started in August, met once on 10.09; re-paired in week 10
  'PR-0004': [E, E, E, E, E, T, S, S, T, T, T, T, S], // low interim answers in weeks 6 and 12, a good one in week 8
  'PR-0005': [E, E, E, E, E, T, _, _, _, _, _, _, _], // closed in week 6
  'PR-0006': [_, _, _, _, _, _, _, _, _, _, E, E, E], // PR-0003's mentee with a new mentor from 13.11
  'PR-0007': [_, _, _, _, _, _, _, _, _, _, _, E, E], // accepted in the sidebar on 20.11: «Рано судить» at once
};

/**
 * The colours of «Планы пар» each week (rows: PR-0001's three steps, PR-0002's one), by hand: «скоро срок» within
 * 14 days of the end, «просрочено» after it, «выполнено» once ticked; no colour is «upcoming».
 */
const PLAN_ROWS = [
  ['PR-0001', 'Знакомство', 'в течение 2 недель после закрепления'], // 18.09, ticked in week 1
  ['PR-0001', 'Посещение уроков наставника', '20.10.2023'], // ticked in week 6
  ['PR-0001', 'Открытый урок', '15.12.2023'],
  ['PR-0002', 'Диагностика затруднений', 'в течение 5 недель после закрепления'], // 09.10, ticked in week 9
];
const u = 'upcoming';
const soon = 'due-soon';
const late = 'overdue';
const done = 'done';
const work = 'in-progress';
const PLAN_COLOURS: string[][] = [
  //0    1     2     3     4     5     6     7     8     9     10    11    12
  [soon, done, done, done, done, done, done, done, done, done, done, done, done],
  [u, u, u, u, u, soon, done, done, done, done, done, done, done],
  [u, u, u, u, u, u, u, u, u, u, u, u, u],
  [work, work, work, soon, soon, soon, late, late, late, done, done, done, done],
];

/**
 * The weekly digest each Monday (weeks 1–12), before that week's events, by hand: the curator's letter (pairs that
 * need a meeting, then plan steps by deadline), each mentor with consent and an e-mail gets their own pairs; the
 * rest are logged with why. [recipient, sent, what].
 */
const NO_CONSENT = 'нет согласия на обработку ПД: наставнику письма не отправляются';
const NOTHING = 'нечего сообщить: нет пар, которым нужна встреча, и пунктов плана со сроком';
const meet = (id: string) => `${id}: нужна встреча`;
const step = (id: string, what: string, overdue: boolean) =>
  `${id}: «${what}» (${overdue ? 'просрочен' : 'срок скоро'})`;
const diag = (overdue: boolean) => step('PR-0002', 'Диагностика затруднений', overdue);
const visit = step('PR-0001', 'Посещение уроков наставника', false);
const C = 'Куратор';
const IVANOVA = 'Наставник NS-0001 Иванова Мария Петровна';
const PETROV = 'Наставник NS-0002 Петров Олег Игоревич';
const SIDOROVA = 'Наставник NS-0003';
const ORLOVA = 'Наставник NS-0004 Орлова Вера Павловна';
const DIGESTS: Record<number, [string, boolean, string][]> = {
  1: [
    [C, true, [meet('PR-0003'), step('PR-0001', 'Знакомство', false)].join('; ')],
    [IVANOVA, true, step('PR-0001', 'Знакомство', false)],
    [SIDOROVA, false, meet('PR-0003')],
  ],
  2: [[C, false, '']],
  3: [
    [C, true, diag(false)],
    [PETROV, true, diag(false)],
  ],
  4: [
    [C, true, diag(false)],
    [PETROV, true, diag(false)],
  ],
  5: [
    [C, true, [diag(false), visit].join('; ')],
    [IVANOVA, true, visit],
    [PETROV, true, diag(false)],
  ],
  6: [
    [C, true, [meet('PR-0002'), meet('PR-0003'), diag(true), visit].join('; ')],
    [IVANOVA, true, visit],
    [PETROV, true, [meet('PR-0002'), diag(true)].join('; ')],
    [SIDOROVA, false, meet('PR-0003')],
  ],
  7: [
    [C, true, [meet('PR-0002'), meet('PR-0003'), diag(true)].join('; ')],
    [PETROV, true, [meet('PR-0002'), diag(true)].join('; ')],
    [SIDOROVA, false, meet('PR-0003')],
  ],
  8: [
    [C, true, [meet('PR-0002'), meet('PR-0003'), meet('PR-0004'), diag(true)].join('; ')],
    [PETROV, true, [meet('PR-0002'), diag(true)].join('; ')],
    [SIDOROVA, false, meet('PR-0003')],
    [ORLOVA, false, meet('PR-0004')],
  ],
  9: [
    [C, true, [meet('PR-0002'), meet('PR-0003'), diag(true)].join('; ')],
    [PETROV, true, [meet('PR-0002'), diag(true)].join('; ')],
    [SIDOROVA, false, meet('PR-0003')],
  ],
  10: [
    [C, true, meet('PR-0003')],
    [SIDOROVA, false, meet('PR-0003')],
  ],
  11: [[C, false, '']],
  12: [[C, false, '']],
};

const day = (week: number) => {
  const d = new Date(`${TERM_START}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * week);
  return d.toISOString().slice(0, 10);
};
const ru = (iso: string) => iso.split('-').reverse().join('.');

/** The sidebar accepts one pair the curator chose (mentor, mentee), on the suggestions' fingerprint; its ID. */
function acceptPair(addon: LoadedAddon, mentorId: string, menteeId: string): string {
  const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as { fingerprint: string };
  const res = addon.callFromClient('acceptSuggested', {
    fingerprint: out.fingerprint,
    pairs: [{ mentorId, menteeId, form: 'teacher-teacher' }],
  }) as { ok: boolean; pairIds?: string[]; errors?: string[] };
  if (!res.ok) throw new Error(res.errors?.join('\n'));
  return res.pairIds![0]!;
}

describe('a term of a school, week by week', () => {
  it('keeps every pair’s «Состояние», the plans’ colours and the weekly digest true each week; the report and «Панель» counted by hand', async () => {
    const t = await termStart();
    const { addon } = t;
    const pairsSheet = addon.double.sheet('Пары')!;
    const header = pairsSheet.getDataRange().getValues()[0]!.map(String);
    const at = (h: string) => header.indexOf(h) + 1;
    const plansSheet = addon.double.sheet(PLANS_SHEET.title)!;
    const planCol = (field: string) => PLANS_SHEET.columns.findIndex((c) => c.field === field) + 1;
    // Week 0: plans for two pairs (typed by the curator), and the weekly digest switched on, mentors too.
    for (const id of ['PR-0001', 'PR-0002']) {
      const text = PLAN_ROWS.filter((r) => r[0] === id)
        .map((r) => `${r[1]}; ${r[2]}`)
        .join('\n');
      expect(addon.callFromClient('fillPairPlan', { pairId: id, source: 'own', text })).toMatchObject({
        ok: true,
      });
    }
    const tick = (row: number) => addon.edit(plansSheet, row + 1, planCol('done'), 'да');
    addon.double.ui.answers.push({ button: 'YES' }, { button: 'YES' });
    addon.run('menuYearDigest');
    expect(addon.double.ui.dialogs.at(-1)?.text).toMatch(/^Еженедельная сводка включена/);
    const seen: Record<string, string[]> = Object.fromEntries(Object.keys(EXPECTED).map((id) => [id, []]));
    const colours: string[][] = PLAN_ROWS.map(() => []);
    const digests: Record<number, [string, boolean, string][]> = {};
    const attention: unknown[] = [];
    const accepted: string[] = [];
    const logOf = (date: string) =>
      dataRows(addon, REMINDERS_SHEET.title)
        .filter((r) => r[0] instanceof Date && ru(date) === dateText(addon, r[0] as Date))
        .map((r) => [String(r[1]), r[4] === 'да', String(r[3])] as [string, boolean, string]);
    for (let week = 0; week <= 12; week++) {
      if (week > 0) {
        addon.passDays(7);
        digests[week] = logOf(day(week));
      }
      switch (week) {
        case 1:
          reportMeeting(t, 'PR-0001', day(1));
          reportMeeting(t, 'PR-0003', '2023-09-10');
          tick(1);
          break;
        case 2:
          reportMeeting(t, 'PR-0004', day(2));
          break;
        case 3:
          reportMeeting(t, 'PR-0005', day(3));
          // Someone types a code of their own into the bare form: kept aside, no pair changes.
          addon.submitForm(t.meetingForm.id, {
            'Код ссылки': 'PR-0002',
            ...meetingAnswers(day(3)),
          });
          break;
        case 4:
          reportMeeting(t, 'PR-0001', day(4));
          break;
        case 6:
          // The curator closes PR-0005 in «Пары» and opens the spreadsheet the next morning.
          pairsSheet.getRange(6, at('Статус')).setValue('Завершена');
          pairsSheet.getRange(6, at('Дата окончания')).setValue(new Date(2023, 9, 16));
          addon.open();
          // A low interim answer through PR-0004's personal link.
          pairSurveyAnswer(
            t,
            'feedback',
            'PR-0004',
            { name: 'Морозова Дарья', email: 'morozova@school.ru', role: 'mentee' },
            3,
            day(6),
          );
          tick(2);
          break;
        case 7:
          reportMeeting(t, 'PR-0001', day(7));
          // PR-0005's mentor still uses the link: refused with a note.
          reportMeeting(t, 'PR-0005', day(7));
          attention.push(addon.callFromClient('getPairAttention'));
          break;
        case 8:
          reportMeeting(t, 'PR-0004', day(8));
          // A good one from the same mentee, by the common link (tied by her e-mail).
          interimAnswer(t, 'Морозова Дарья', 'morozova@school.ru', 9, day(8));
          break;
        case 9: {
          // PR-0002's late step ticked off: its state follows the edit at once (the simple onEdit trigger), before
          // any meeting or recompute — not late any more, and no meeting since its start on 04.09.
          const before = columnByPair(addon, 'Пары', 'Состояние').get('PR-0002');
          tick(4);
          expect([before, columnByPair(addon, 'Пары', 'Состояние').get('PR-0002')]).toEqual([P, N]);
          reportMeeting(t, 'PR-0002', day(9));
          break;
        }
        case 10: {
          reportMeeting(t, 'PR-0001', day(10));
          // PR-0003 does not work: «Не складывается», «Переподобрать» in the sidebar, the suggested mentor taken.
          pairsSheet.getRange(4, at('Не складывается')).setValue('да');
          const s = addon.callFromClient('suggestRepair', 'PR-0003') as {
            ok: true;
            fingerprint: string;
            mentees: { menteeId: string; form: string; options: { mentorId: string }[] }[];
          };
          const m = s.mentees?.[0];
          if (!m?.options[0]) throw new Error(JSON.stringify(s));
          expect(m.options[0]!.mentorId).toBe('NS-0005');
          const res = addon.callFromClient('applyRepair', {
            pairId: 'PR-0003',
            fingerprint: s.fingerprint,
            reason: 'Не совпали графики',
            chosen: [{ menteeId: m.menteeId, mentorId: m.options[0]!.mentorId, form: m.form }],
          }) as { ok: boolean; pairIds: string[] };
          expect(res).toMatchObject({ ok: true, pairIds: ['PR-0006'] });
          break;
        }
        case 11:
          pairSurveyAnswer(
            t,
            'satisfaction',
            'PR-0001',
            { name: 'Смирнова Ольга', email: 'smirnova@school.ru', role: 'mentee' },
            9,
            day(11),
          );
          // Two newcomers join the banks and the curator accepts their pair in the sidebar: «Рано судить» in the
          // same call, not at tomorrow's daily run.
          typeRows(addon.double, 'mentors', [
            MENTORS[0]!,
            ['NS-0006', 'Белова Нина Сергеевна', 'belova@school.ru', 'да', 'Учитель – учитель', '1'],
          ]);
          typeRows(addon.double, 'mentees', [
            MENTEES[0]!,
            ['NY-0006', 'Новикова Алина', 'novikova@school.ru', 'педагог', 'да'],
          ]);
          accepted.push(acceptPair(addon, 'NS-0006', 'NY-0006'));
          expect(columnByPair(addon, 'Пары', 'Состояние').get('PR-0007')).toBe(E);
          break;
        case 12:
          // PR-0004's mentor answers the interim questionnaire through the pair's link with an address the bank
          // does not know: the key still names the pair, and the low score is the pair's «Сигнал».
          pairSurveyAnswer(
            t,
            'feedback',
            'PR-0004',
            { name: 'Орлова Вера Павловна', email: 'orlova.v@mail.example', role: 'mentor' },
            2,
            day(12),
          );
          break;
      }
      const states = columnByPair(addon, 'Пары', 'Состояние');
      for (const id of Object.keys(EXPECTED)) seen[id]!.push(String(states.get(id) ?? ''));
      PLAN_ROWS.forEach((_row, i) => {
        const bg = plansSheet._shownBackground(i + 2, planCol('activity'));
        colours[i]!.push(statusOfColour(bg));
      });
    }
    expect(accepted).toEqual(['PR-0007']);
    expect(seen).toEqual(EXPECTED);
    expect(colours).toEqual(PLAN_COLOURS);
    expect(digests).toEqual(
      Object.fromEntries(
        Object.entries(DIGESTS).map(([w, rows]) => [w, rows.map(([who, sent, what]) => [who, sent, what])]),
      ),
    );
    // Weeks without any event changed states too: the daily trigger recomputed them; the digest ran on Mondays.
    expect(addon.double.firings.filter((f) => f.handler === 'dailyHealth')).toHaveLength(84);
    expect(addon.double.firings.filter((f) => f.handler === 'weeklyDigest')).toHaveLength(12);
    // The letters: the curator's (on the account's address) with the reasons, mentors' with their pairs only.
    const mail = addon.double.mail.sent;
    const week6 = mail.filter((m) => m.subject.includes(ru(day(6))));
    expect(week6.map((m) => m.to)).toEqual([
      'curator@school.example',
      'ivanova@school.ru',
      'petrov@school.ru',
    ]);
    expect(week6[0]!.body).toContain(
      '• PR-0003: нет встреч 5 нед. (последняя — 10.09.2023); встречаться не реже раза в 5 нед. — Сидорова Анна Львовна и Зайцева Ирина',
    );
    expect(week6[0]!.body).toContain('• PR-0002: «Диагностика затруднений» — просрочен (до 09.10.2023)');
    expect(week6[2]!.body).not.toContain('PR-0003');
    // Mail reviewed the skipped reasons: only «no consent» and «nothing to tell» this term, and Орлова without e-mail.
    const reasons = new Set(dataRows(addon, REMINDERS_SHEET.title).map((r) => String(r[5])));
    expect(reasons).toEqual(new Set(['', NO_CONSENT, NOTHING, 'нет e-mail в банке наставников']));

    // «Встречи»: nine meetings filed to their pairs, two answers kept aside with a note, none counted.
    const rows = dataRows(addon, MEETINGS_SHEET.title);
    expect(rows).toHaveLength(11);
    const pairIdCol = 1;
    const problemsCol = MEETINGS_SHEET.columns.findIndex((c) => c.field === 'problems');
    const aside = rows.filter((r) => r[pairIdCol] === '');
    expect(aside).toHaveLength(2);
    expect(String(aside[0]![problemsCol])).toMatch(/^код ссылки не узнан/);
    expect(String(aside[1]![problemsCol])).toMatch(
      /^ссылка пары PR-0005, работа которой завершена 16\.10\.2023/,
    );

    // The sidebar in week 7: the pairs that need attention, the most urgent first, each with why.
    const week7 = attention[0] as { pairs: { pairId: string; label: string; reasons: string[] }[] };
    expect(week7.pairs.map((p) => [p.pairId, p.label])).toEqual([
      ['PR-0004', S],
      ['PR-0002', P],
      ['PR-0003', N],
    ]);
    expect(week7.pairs[0]!.reasons).toEqual([
      'низкая оценка в анкете «Промежуточная обратная связь»: 3 из 10 (наставляемый, 16.10.2023)',
    ]);
    expect(week7.pairs[1]!.reasons).toEqual([
      'просрочено пунктов плана: 1',
      'ни одной встречи с начала работы пары (04.09.2023); встречаться не реже раза в 5 нед.',
    ]);
    expect(week7.pairs[2]!.reasons).toEqual([
      'нет встреч 6 нед. (последняя — 10.09.2023); встречаться не реже раза в 5 нед.',
    ]);

    // The pair questionnaires' answers are filed to the pair their key names (the week-12 one although the bank
    // does not know its address).
    const answers = dataRows(addon, RESPONSES_SHEET.title);
    const pairCol = RESPONSES_SHEET.columns.findIndex((c) => c.field === 'pairId');
    expect(answers.map((r) => r[pairCol])).toEqual(['PR-0004', 'PR-0004', 'PR-0001', 'PR-0004']);

    // The report: counted by hand above.
    const saved = addon.callFromClient('saveReportSettings', {
      name: 'МБОУ СОШ № 5',
      district: '',
      region: '',
      inn: '',
      periodFrom: '2023-09-01',
      periodTo: '2023-12-31',
      periodLabel: 'I полугодие',
      youngShareTarget: '',
      coverageShareTarget: '',
      teachersTotal: '',
      pupilsTotal: '',
      youngTeachersTotal: '',
      bestPractices: '',
      webIncludeLists: false,
    }) as { ok: boolean };
    expect(saved.ok).toBe(true);
    addon.run('menuReportRefresh');
    const cells = reportCells(addon.double);
    expect(cells.get('meetings.held')).toBe(9);
    expect(cells.get('pairs.needAttention')).toBe(1); // PR-0004, «Сигнал» on 27.11
    expect(cells.get('plans.completed')).toBe(1); // PR-0002: its one step done
    expect(cells.get('plans.items')).toBe(4);
    expect(cells.get('plans.itemsDone')).toBe(3);
    expect(cells.get('plans.itemsDone.share')).toBe(75);
    // Scores 3, 9, 9, 2 of the «Учитель – учитель» pairs: mean 5,75 of 10.
    expect(cells.get('satisfaction.byForm.teacher-teacher')).toBe(57.5);
    expect(cells.get('satisfaction.byForm.teacher-teacher.responses')).toBe(4);
    expect(cells.get('satisfaction.byForm.teacher-student')).toBe('');
    expect(cells.get('satisfaction.byForm.teacher-student.responses')).toBe(0);

    // «Панель»: its data block and four charts; a second refresh rebuilds them without a second copy.
    addon.run('menuDashboard');
    addon.run('menuDashboard');
    const dash = addon.double.sheet('Панель')!;
    const block = dash.getRange(4, 1, 14, 11).getValues();
    const table = (col: number, n: number) => block.slice(2, 2 + n).map((r) => [r[col], r[col + 1]]);
    expect(table(0, 5)).toEqual([
      ['Сигнал', 1],
      ['Отстаёт план', 0],
      ['Рано судить', 2],
      ['Нужна встреча', 0],
      ['В графике', 2],
    ]);
    expect(table(3, 4)).toEqual([
      ['сен 2023', 4],
      ['окт 2023', 3],
      ['ноя 2023', 2],
      ['', ''],
    ]);
    expect(table(6, 3)).toEqual([
      ['Выполнено', 3],
      ['Просрочено', 0],
      ['В работе', 1],
    ]);
    expect(table(9, 2)).toEqual([
      ['Учитель – учитель', 57.5],
      ['Учитель – ученик', ''],
    ]);
    const charts = dash.getCharts();
    expect(charts.map((c) => [c.getType(), c.getOptions().get('title')])).toEqual([
      ['PIE', 'Пары по состоянию'],
      ['COLUMN', 'Встречи по месяцам'],
      ['PIE', 'Выполнение планов пар'],
      ['BAR', 'Удовлетворённость по форме наставничества, %'],
    ]);
    expect(charts[1]!.getRanges().map((r) => r.getA1Notation())).toEqual(['D5:E8']);
  }, 240_000);
});

describe('«Отстаёт план» from «Планы пар»', () => {
  it('a pair with an overdue step of its plan shows «Отстаёт план» when the day passes', async () => {
    const t = await termStart();
    const { addon } = t;
    // PR-0003 (started 01.08) has a step due «в течение 5 недель после закрепления» (05.09), PR-0001 one due in December.
    pasteRows(addon.double, PLANS_SHEET, [
      ['ID пары', 'Пункт плана', 'Срок'],
      ['PR-0003', 'Диагностика затруднений', 'в течение 5 недель после закрепления'],
      ['PR-0001', 'Открытый урок', 'декабрь'],
    ]);
    reportMeeting(t, 'PR-0003', TERM_START);
    expect(columnByPair(addon, 'Пары', 'Состояние').get('PR-0003')).toBe(T);
    addon.passDays(2);
    const states = columnByPair(addon, 'Пары', 'Состояние');
    expect(states.get('PR-0003')).toBe('Отстаёт план');
    expect(states.get('PR-0001')).toBe(E);
    const list = addon.callFromClient('getPairAttention') as {
      pairs: { pairId: string; reasons: string[] }[];
    };
    expect(list.pairs).toEqual([
      expect.objectContaining({ pairId: 'PR-0003', reasons: ['просрочено пунктов плана: 1'] }),
    ]);
  });
});

describe('filing meeting reports', () => {
  it('files a repeated event once and updates the row of an edited answer', async () => {
    const t = await termStart();
    const { addon } = t;
    const e = reportMeeting(t, 'PR-0001', TERM_START);
    expect(dataRows(addon, MEETINGS_SHEET.title)).toHaveLength(1);
    // The curator corrects the duration; then Google delivers the same event again (a retried trigger) and the
    // daily sweep runs: nothing is filed twice, and the curator's correction stays.
    const sheet = addon.double.sheet(MEETINGS_SHEET.title)!;
    const duration = MEETINGS_SHEET.columns.findIndex((c) => c.field === 'durationMinutes') + 1;
    sheet.getRange(2, duration).setValue(90);
    addon.fireFormSubmit(e);
    addon.run('dailyHealth');
    expect(dataRows(addon, MEETINGS_SHEET.title)).toHaveLength(1);
    expect(sheet.getRange(2, duration).getValue()).toBe(90);
    // The respondent edits the topic: the same row (same ID) changes.
    addon.editFormResponse(t.meetingForm.id, 0, { 'Тема встречи': 'Подготовка к открытому уроку' });
    const rows = dataRows(addon, MEETINGS_SHEET.title);
    expect(rows).toHaveLength(1);
    const topic = MEETINGS_SHEET.columns.findIndex((c) => c.field === 'topic');
    expect(rows[0]![0]).toBe('VS-0001');
    expect(rows[0]![1]).toBe('PR-0001');
    expect(rows[0]![topic]).toBe('Подготовка к открытому уроку');
  });

  it('an answer kept aside that the curator gave a pair stays with that pair through the respondent’s edit', async () => {
    const t = await termStart();
    const { addon } = t;
    addon.submitForm(t.meetingForm.id, { 'Код ссылки': 'не знаю', ...meetingAnswers(TERM_START) });
    const sheet = addon.double.sheet(MEETINGS_SHEET.title)!;
    expect(sheet.getRange(2, 2).getValue()).toBe('');
    sheet.getRange(2, 2).setValue('PR-0002');
    addon.editFormResponse(t.meetingForm.id, 0, { 'Что сделано': 'Поправил отчёт' });
    expect(sheet.getRange(2, 2).getValue()).toBe('PR-0002');
    expect(columnByPair(addon, 'Встречи', 'Что сделано').get('PR-0002')).toBe('Поправил отчёт');
  });

  it('the form carries only a random key: no names, no pair codes; each link its own key', async () => {
    const t = await termStart();
    const titles = t.meetingForm.items.map((i) => i.title);
    expect(titles).toEqual([
      'Код ссылки',
      'Дата встречи',
      'Формат',
      'Длительность, мин',
      'Тема встречи',
      'Что сделано',
      'Следующий шаг',
      'Кто заполнил',
    ]);
    const everything = JSON.stringify([
      t.meetingForm.title,
      t.meetingForm.description,
      t.meetingForm.items.map((i) => [i.title, i.help, i.choices]),
    ]);
    expect(everything).not.toMatch(/PR-000|Иванова|Смирнова/);
    const urls = [...t.links.values()];
    expect(urls).toHaveLength(5);
    for (const url of urls) expect(url).not.toMatch(/PR-000|NS-000|NY-000/);
    const keys = urls.map((u) => [...new URL(u).searchParams].find(([k]) => k.startsWith('entry.'))![1]);
    expect(new Set(keys).size).toBe(5);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{32}$/);
    // Keys live in «Пары» and are not renewed by opening the links again.
    const before = columnByPair(t.addon, 'Пары', 'Ключ ссылки на отчёт о встрече');
    t.addon.run('menuMeetingLinks');
    expect(columnByPair(t.addon, 'Пары', 'Ключ ссылки на отчёт о встрече')).toEqual(before);
    expect(t.addon.double.forms.forms.size).toBe(5); // four questionnaires and one meeting report, made once
  });
});

describe('sending the links', () => {
  it('mails each mentor with consent and an e-mail their pair’s link; tells who is left out', async () => {
    const t = await termStart();
    const { addon } = t;
    const count = addon.callFromClient('sendMeetingLinks', false) as { ok: boolean; message: string };
    expect(count.ok).toBe(true);
    expect(addon.double.mail.sent).toHaveLength(0);
    expect(count.message).toBe(
      'Будет отправлено писем наставникам: 3 (сегодня Google разрешает ещё 100). Не получат: без согласия на обработку ПД — 1 наставн. (им письма не отправляются); без e-mail в банке — 1.',
    );
    const sent = addon.callFromClient('sendMeetingLinks', true) as { ok: boolean; sent: number };
    expect(sent.sent).toBe(3);
    const mail = addon.double.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(['ivanova@school.ru', 'petrov@school.ru', 'kuznetsov@school.ru']);
    expect(mail[0]!.body).toContain(t.links.get('PR-0001')!);
    // The pair questionnaires' personal links travel in the same letter (the same key).
    expect(mail[0]!.body).toContain(t.surveyLinks.get('PR-0001')!.interim);
    expect(mail[0]!.body).toContain(t.surveyLinks.get('PR-0001')!.final);
    expect(t.surveyLinks.get('PR-0001')!.interim).toContain(
      new URL(t.links.get('PR-0001')!).search.split('=').at(-1)!,
    );
    expect(mail[0]!.body).not.toContain(t.links.get('PR-0002')!);
  });

  it('stops before the mail quota: nothing is sent when the letters do not fit', async () => {
    const t = await termStart();
    t.addon.double.mail.quota = 2;
    const r = t.addon.callFromClient('sendMeetingLinks', true) as { ok: boolean; message: string };
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^Писем нужно отправить: 3, а Google разрешает сегодня ещё 2\. Рассылка не начата/,
    );
    expect(t.addon.double.mail.sent).toHaveLength(0);
  });
});

/** A date cell as the curator sees it (дд.мм.гггг in the spreadsheet's zone). */
function dateText(addon: LoadedAddon, d: Date): string {
  const w = zones.wall(addon.double.spreadsheet._timeZone, d.getTime());
  return `${String(w.day).padStart(2, '0')}.${String(w.month).padStart(2, '0')}.${w.year}`;
}

describe('the weekly digest', () => {
  it('is off until switched on; on, one weekly trigger; off again, none', async () => {
    const t = await termStart();
    const { addon } = t;
    const mine = () => addon.double.scriptApp.triggers.filter((x) => x.spec.handler === 'weeklyDigest');
    addon.passDays(7);
    expect(addon.double.mail.sent).toHaveLength(0);
    expect(addon.double.sheet(REMINDERS_SHEET.title)).toBeUndefined();
    addon.double.ui.answers.push({ button: 'YES' }, { button: 'NO' });
    addon.run('menuYearDigest');
    expect(mine().map((x) => [x.spec.weekDay, x.spec.atHour])).toEqual([['MONDAY', 7]]);
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuYearDigest');
    expect(addon.double.ui.dialogs.at(-1)?.text).toBe('Еженедельная сводка выключена.');
    expect(mine()).toHaveLength(0);
  });

  it('the sidebar shows whether it is on and switches it as the menu does; a permission not granted is said, nothing changes', async () => {
    const t = await termStart();
    const { addon } = t;
    const mine = () => addon.double.scriptApp.triggers.filter((x) => x.spec.handler === 'weeklyDigest');
    expect(addon.callFromClient('getYearDigest')).toEqual({
      ok: true,
      on: false,
      mentors: false,
      message: '',
    });
    // On, to mentors too: the menu's one weekly trigger, the menu's message.
    expect(addon.callFromClient('switchYearDigest', { on: true, mentors: true })).toEqual({
      ok: true,
      on: true,
      mentors: true,
      message:
        'Еженедельная сводка включена: по понедельникам около 7:00, куратору и наставникам с согласием.',
    });
    expect(mine().map((x) => [x.spec.weekDay, x.spec.atHour])).toEqual([['MONDAY', 7]]);
    expect(addon.callFromClient('getYearDigest')).toMatchObject({ ok: true, on: true, mentors: true });
    // The menu sees the same switch: it offers to turn it off.
    addon.double.ui.answers.push({ button: 'NO' });
    addon.run('menuYearDigest');
    expect(addon.double.ui.dialogs.at(-2)?.text).toBe(
      'Еженедельная сводка включена (куратору и наставникам). Выключить?',
    );
    // Switching on twice keeps one trigger; off removes it.
    addon.callFromClient('switchYearDigest', { on: true, mentors: false });
    expect(mine()).toHaveLength(1);
    expect(addon.callFromClient('switchYearDigest', { on: false })).toEqual({
      ok: true,
      on: false,
      mentors: false,
      message: 'Еженедельная сводка выключена.',
    });
    expect(mine()).toHaveLength(0);
    // Without the permission to send mail: refused with the reason, no trigger.
    addon.double.scopes.granted.delete(SCOPES.sendMail);
    const refused = addon.callFromClient('switchYearDigest', { on: true }) as {
      ok: boolean;
      message: string;
    };
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^Чтобы включить или выключить еженедельную сводку по парам, надстройке нужно разрешение Google/,
    );
    expect(mine()).toHaveLength(0);
  });

  it('the sidebar’s switch speaks English to an English-speaking user', async () => {
    const addon = await freshAddon({ today: TERM_START, locale: 'en_US' });
    addon.run('menuSetup');
    const on = addon.callFromClient('switchYearDigest', { on: true }) as { message: string };
    expect(on.message).toBe('The weekly summary is on: Mondays around 7:00, to the curator.');
    const off = addon.callFromClient('switchYearDigest', { on: false }) as { message: string };
    expect(off.message).toBe('The weekly summary is off.');
  });

  it('counts the letters against the day’s quota, sends what fits (the curator first) and logs the rest with why', async () => {
    const t = await termStart();
    const { addon } = t;
    addon.double.ui.answers.push({ button: 'YES' }, { button: 'YES' });
    addon.run('menuYearDigest');
    addon.double.clock.setToday('2023-10-16');
    addon.double.mail.quota = 2;
    addon.run('weeklyDigest');
    // Everybody needs a meeting on 16.10 (none reported): the curator, Иванова, Петров and Кузнецов have letters.
    expect(addon.double.mail.sent.map((m) => m.to)).toEqual(['curator@school.example', 'ivanova@school.ru']);
    const log = dataRows(addon, REMINDERS_SHEET.title).map((r) => [r[1], r[4], r[5]]);
    const over =
      'дневной лимит писем Google исчерпан (оставалось 2); письмо не отправлено, следующая сводка — через неделю';
    expect(log).toEqual([
      ['Куратор', 'да', ''],
      ['Наставник NS-0001 Иванова Мария Петровна', 'да', ''],
      ['Наставник NS-0002 Петров Олег Игоревич', 'нет', over],
      ['Наставник NS-0005 Кузнецов Илья Ильич', 'нет', over],
      ['Наставник NS-0003', 'нет', 'нет согласия на обработку ПД: наставнику письма не отправляются'],
      ['Наставник NS-0004 Орлова Вера Павловна', 'нет', 'нет e-mail в банке наставников'],
    ]);
  });
});

/**
 * The pairs' year on the built Code.js in the double: a term walked week by week (meetings reported for some
 * pairs, none for others, a low interim answer, a pair closed), with every pair's «Состояние» each week; the
 * filing of meeting reports (idempotent by response ID, edits update their row, unknown keys and ended pairs kept
 * aside), the sidebar's attention list, the mail merge within the quota, and the report's new figures.
 */
import { describe, expect, it } from 'vitest';
import { pasteRows } from '../../playground/sample';
import { MEETINGS_SHEET, PLANS_SHEET } from '../../shared/sheets';
import { reportCells } from './reportFixture';
import { dataRows } from './surveyHelpers';
import {
  columnByPair,
  interimAnswer,
  meetingAnswers,
  reportMeeting,
  TERM_START,
  termStart,
} from './yearFixture';

const E = 'Рано судить';
const T = 'В графике';
const N = 'Нужна встреча';
const S = 'Сигнал';

/** Every pair's «Состояние» from week 0 (the term's first day) to week 12, worked out by hand from the rules. */
const EXPECTED: Record<string, string[]> = {
  //          0  1  2  3  4  5  6  7  8  9  10 11 12
  'PR-0001': [E, E, E, E, E, T, T, T, T, T, T, T, T], // meets every three weeks
  'PR-0002': [E, E, E, E, E, T, N, N, N, T, T, T, T], // no meeting until week 9: 35 days is still fine, 42 is not
  'PR-0003': [T, T, T, T, T, T, N, N, N, N, N, N, N], // started in August, met once on 10.09
  'PR-0004': [E, E, E, E, E, T, S, S, T, T, T, T, T], // a low interim answer in week 6, a good one in week 8
  'PR-0005': [E, E, E, E, E, T, '', '', '', '', '', '', ''], // closed in week 6
};

const day = (week: number) => {
  const d = new Date(`${TERM_START}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * week);
  return d.toISOString().slice(0, 10);
};

describe('a term of a school, week by week', () => {
  it('keeps every pair’s «Состояние» true each week, by meetings, interim answers, closing and the passing days', async () => {
    const t = await termStart();
    const { addon } = t;
    const pairsSheet = addon.double.sheet('Пары')!;
    const header = pairsSheet.getDataRange().getValues()[0]!.map(String);
    const at = (h: string) => header.indexOf(h) + 1;
    const seen: Record<string, string[]> = Object.fromEntries(Object.keys(EXPECTED).map((id) => [id, []]));
    const attention: unknown[] = [];
    for (let week = 0; week <= 12; week++) {
      if (week > 0) addon.passDays(7);
      switch (week) {
        case 1:
          reportMeeting(t, 'PR-0001', day(1));
          reportMeeting(t, 'PR-0003', '2023-09-10');
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
          interimAnswer(t, 'Морозова Дарья', 'morozova@school.ru', 3, day(6));
          break;
        case 7:
          reportMeeting(t, 'PR-0001', day(7));
          // PR-0005's mentor still uses the link: refused with a note.
          reportMeeting(t, 'PR-0005', day(7));
          attention.push(addon.callFromClient('getPairAttention'));
          break;
        case 8:
          reportMeeting(t, 'PR-0004', day(8));
          interimAnswer(t, 'Морозова Дарья', 'morozova@school.ru', 9, day(8));
          break;
        case 9:
          reportMeeting(t, 'PR-0002', day(9));
          break;
        case 10:
          reportMeeting(t, 'PR-0001', day(10));
          break;
      }
      const states = columnByPair(addon, 'Пары', 'Состояние');
      for (const id of Object.keys(EXPECTED)) seen[id]!.push(String(states.get(id) ?? ''));
    }
    expect(seen).toEqual(EXPECTED);
    // Weeks without any event changed states too: the daily trigger recomputed them.
    expect(addon.double.firings.filter((f) => f.handler === 'dailyHealth')).toHaveLength(84);

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
      ['PR-0002', N],
      ['PR-0003', N],
    ]);
    expect(week7.pairs[0]!.reasons).toEqual([
      'низкая оценка в анкете «Промежуточная обратная связь»: 3 из 10 (наставляемый, 16.10.2023)',
    ]);
    expect(week7.pairs[2]!.reasons).toEqual([
      'нет встреч 6 нед. (последняя — 10.09.2023); встречаться не реже раза в 5 нед.',
    ]);

    // The report: meetings held in the period and pairs needing attention today, counted by hand above.
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
    expect(cells.get('pairs.needAttention')).toBe(1);
  }, 180_000);
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

/**
 * Service calls of the pairs' year at a school of n pairs (bench and test): filing one meeting report (the
 * form-submit trigger, «Состояние» recomputed), its edit, the daily recompute, the weekly digest to the curator
 * (every pair needing a meeting listed, one letter, the log written), the refresh of «Панель» (its charts
 * already there: removed and rebuilt), and «Состояние» at once: a pair accepted in the sidebar, a pair's start
 * date typed on «Пары» and a plan step ticked on «Планы пар» (the simple onEdit trigger).
 */
import { MEETING_FORM } from '../../shared/year';
import { type LoadedAddon, prefilledAnswers } from '../double';
import { freshAddon } from './harness';
import { typeRows } from './pairingFixture';
import { meetingAnswers } from './yearFixture';

export const OPERATIONS = [
  'filing',
  'refiling',
  'daily',
  'digest',
  'dashboard',
  'accept',
  'pairsEdit',
  'planEdit',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface YearScale {
  pairs: number;
  calls: Record<Operation, Record<string, number>>;
  ms: Record<Operation, number>;
}

function school(n: number): { mentors: string[][]; mentees: string[][]; pairs: string[][] } {
  const id = (p: string, i: number) => `${p}-${String(i).padStart(4, '0')}`;
  const mentors = [
    ['ID', 'ФИО', 'E-mail', 'Согласие на обработку ПД', 'Формы наставничества', 'Готов взять наставляемых'],
  ];
  const mentees = [['ID', 'ФИО', 'E-mail', 'Согласие на обработку ПД', 'Роль']];
  const pairs = [
    ['ID пары', 'ID наставника', 'ID наставляемых', 'Форма наставничества', 'Дата начала', 'Статус'],
  ];
  for (let i = 1; i <= n; i++) {
    mentors.push([id('NS', i), `Наставник ${i}`, `m${i}@school.ru`, 'да', 'Учитель – учитель', '1']);
    mentees.push([id('NY', i), `Наставляемый ${i}`, `y${i}@school.ru`, 'да', 'педагог']);
    pairs.push([id('PR', i), id('NS', i), id('NY', i), 'Учитель – учитель', '01.09.2023', 'Действует']);
  }
  // One mentor and one mentee without a pair yet: the sidebar accepts them.
  mentors.push(['NS-9999', 'Новый наставник', 'new@school.ru', 'да', 'Учитель – учитель', '1']);
  mentees.push(['NY-9999', 'Новый наставляемый', 'newy@school.ru', 'да', 'педагог']);
  return { mentors, mentees, pairs };
}

export async function measureYear(n: number): Promise<YearScale> {
  const addon: LoadedAddon = await freshAddon({ today: '2023-10-20' });
  addon.run('menuSetup');
  const s = school(n);
  typeRows(addon.double, 'mentors', s.mentors);
  typeRows(addon.double, 'mentees', s.mentees);
  typeRows(addon.double, 'pairs', s.pairs);
  // Room below the pairs, as a sheet of 50 pairs has (1,000 rows): growing the sheet once is not what is measured.
  const grown = addon.double.sheet('Пары')!;
  grown.insertRowsAfter(grown.getMaxRows(), 100);
  addon.double.ui.answers.push({ button: 'YES' });
  addon.run('menuMeetingLinks');
  const form = addon.double.forms._form(MEETING_FORM.title)!;
  const links = (addon.callFromClient('getMeetingLinks') as { links: { url: string }[] }).links;
  const step = (work: () => void) => {
    addon.double.log.reset();
    const t = performance.now();
    work();
    return { calls: addon.double.log.snapshot(), ms: performance.now() - t };
  };
  // Ten reports already filed, so the form's responses do not differ between the sizes.
  for (let i = 0; i < 10; i++)
    addon.submitForm(form.id, { ...prefilledAnswers(form, links[i]!.url), ...meetingAnswers('2023-10-19') });
  const filing = step(() =>
    addon.submitForm(form.id, { ...prefilledAnswers(form, links[10]!.url), ...meetingAnswers('2023-10-20') }),
  );
  const refiling = step(() => addon.editFormResponse(form.id, 10, { 'Тема встречи': 'Другая тема' }));
  const daily = step(() => addon.run('dailyHealth'));
  // The digest to the curator only (letters to mentors are one a mentor, within the day's quota).
  addon.double.ui.answers.push({ button: 'YES' }, { button: 'NO' });
  addon.run('menuYearDigest');
  addon.run('weeklyDigest'); // the log sheet made once
  const digest = step(() => addon.run('weeklyDigest'));
  if (addon.double.mail.sent.length !== 2) throw new Error('the digest sent no letter to the curator');
  addon.run('menuDashboard');
  const dashboard = step(() => addon.run('menuDashboard'));
  // The sidebar accepts the one free mentee's suggested pair: written with its «Состояние».
  const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as {
    fingerprint: string;
    result: { pairs: { mentorId: string; menteeId: string; form: string; locked: boolean }[] };
  };
  const free = out.result.pairs.filter((p) => !p.locked);
  const accept = step(() => {
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: free.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
    }) as { ok: boolean };
    if (!res.ok) throw new Error(JSON.stringify(res));
  });
  const pairsSheet = addon.double.sheet('Пары')!;
  const pairsHead = pairsSheet.getDataRange().getValues()[0]!.map(String);
  const pairsEdit = step(() =>
    addon.edit(pairsSheet, 3, pairsHead.indexOf('Дата начала') + 1, new Date(2023, 8, 25)),
  );
  addon.callFromClient('fillPairPlan', { pairId: 'PR-0001', source: 'standard' });
  const plansSheet = addon.double.sheet('Планы пар')!;
  const plansHead = plansSheet.getDataRange().getValues()[0]!.map(String);
  const planEdit = step(() => addon.edit(plansSheet, 2, plansHead.indexOf('Выполнено') + 1, 'да'));
  const runs = { filing, refiling, daily, digest, dashboard, accept, pairsEdit, planEdit };
  return {
    pairs: n,
    calls: Object.fromEntries(OPERATIONS.map((o) => [o, runs[o].calls])) as YearScale['calls'],
    ms: Object.fromEntries(OPERATIONS.map((o) => [o, runs[o].ms])) as YearScale['ms'],
  };
}

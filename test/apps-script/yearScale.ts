/**
 * Service calls of the pairs' year at a school of n pairs (bench and test): filing one meeting report (the
 * form-submit trigger, «Состояние» recomputed), its edit, the daily recompute, the weekly digest to the curator
 * (every pair needing a meeting listed, one letter, the log written) and the refresh of «Панель» (its charts
 * already there: removed and rebuilt).
 */
import { MEETING_FORM } from '../../shared/year';
import { type LoadedAddon, prefilledAnswers } from '../double';
import { freshAddon } from './harness';
import { typeRows } from './pairingFixture';
import { meetingAnswers } from './yearFixture';

export const OPERATIONS = ['filing', 'refiling', 'daily', 'digest', 'dashboard'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface YearScale {
  pairs: number;
  calls: Record<Operation, Record<string, number>>;
  ms: Record<Operation, number>;
}

function school(n: number): { mentors: string[][]; mentees: string[][]; pairs: string[][] } {
  const id = (p: string, i: number) => `${p}-${String(i).padStart(4, '0')}`;
  const mentors = [['ID', 'ФИО', 'E-mail', 'Согласие на обработку ПД']];
  const mentees = [['ID', 'ФИО', 'E-mail', 'Согласие на обработку ПД']];
  const pairs = [
    ['ID пары', 'ID наставника', 'ID наставляемых', 'Форма наставничества', 'Дата начала', 'Статус'],
  ];
  for (let i = 1; i <= n; i++) {
    mentors.push([id('NS', i), `Наставник ${i}`, `m${i}@school.ru`, 'да']);
    mentees.push([id('NY', i), `Наставляемый ${i}`, `y${i}@school.ru`, 'да']);
    pairs.push([id('PR', i), id('NS', i), id('NY', i), 'Учитель – учитель', '01.09.2023', 'Действует']);
  }
  return { mentors, mentees, pairs };
}

export async function measureYear(n: number): Promise<YearScale> {
  const addon: LoadedAddon = await freshAddon({ today: '2023-10-20' });
  addon.run('menuSetup');
  const s = school(n);
  typeRows(addon.double, 'mentors', s.mentors);
  typeRows(addon.double, 'mentees', s.mentees);
  typeRows(addon.double, 'pairs', s.pairs);
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
  const runs = { filing, refiling, daily, digest, dashboard };
  return {
    pairs: n,
    calls: Object.fromEntries(OPERATIONS.map((o) => [o, runs[o].calls])) as YearScale['calls'],
    ms: Object.fromEntries(OPERATIONS.map((o) => [o, runs[o].ms])) as YearScale['ms'],
  };
}

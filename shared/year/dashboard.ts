/**
 * The data block of «Панель» (the dashboard sheet): four small tables the charts draw, computed on `today`:
 * active pairs by state; meetings per month of the school year up to this month; the plans' items done, overdue
 * and still to do (the plans' own statuses, as highlighted); satisfaction by form of mentoring (satisfaction.ts).
 */
import { MENTORING_FORM_LABELS, MENTORING_FORMS, type Meeting, type Pair } from '../model';
import { academicYearOf } from '../roadmap';
import type { DigestPlanRow } from './digest';
import { PAIR_STATE_LABELS, PAIR_STATES, type PairHealth } from './health';
import { planItemStatus } from './plans';
import { type ScoredAnswer, satisfactionByForm } from './satisfaction';
import { DASHBOARD_STRINGS as D } from './strings';

export type DashCell = string | number | null;
export interface DashTable {
  title: string;
  header: [string, string];
  rows: [string, DashCell][];
}

export interface DashboardInput {
  today: string;
  health: ReadonlyMap<string, Pick<PairHealth, 'state'>>;
  pairs: readonly Pair[];
  meetings: readonly Pick<Meeting, 'pairId' | 'date'>[];
  plans: readonly DigestPlanRow[];
  responses: readonly ScoredAnswer[];
}

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** The four tables, in the order the sheet shows them. */
export function dashboardData(input: DashboardInput): DashTable[] {
  const counts = new Map(PAIR_STATES.map((s) => [s, 0]));
  for (const h of input.health.values()) counts.set(h.state, (counts.get(h.state) ?? 0) + 1);
  const states: DashTable = {
    title: D.statesTitle,
    header: [D.state, D.pairs],
    rows: PAIR_STATES.map((s) => [PAIR_STATE_LABELS[s], counts.get(s) ?? 0]),
  };

  // Months of the school year from September to this month: a curator sees the year so far.
  const year = academicYearOf(input.today);
  const months: string[] = [];
  for (let y = year.startYear, m = 9; `${y}-${String(m).padStart(2, '0')}` <= input.today.slice(0, 7); ) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  const perMonth = new Map(months.map((m) => [m, 0]));
  for (const m of input.meetings) {
    if (!m.pairId || m.date > input.today) continue;
    const key = m.date.slice(0, 7);
    if (perMonth.has(key)) perMonth.set(key, perMonth.get(key)! + 1);
  }
  const meetings: DashTable = {
    title: D.meetingsTitle,
    header: [D.month, D.meetings],
    rows: months.map((m) => [`${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`, perMonth.get(m)!]),
  };

  let done = 0;
  let overdue = 0;
  let open = 0;
  for (const r of input.plans) {
    const st = planItemStatus(r, input.today);
    if (st === 'done') done++;
    else if (st === 'overdue') overdue++;
    else open++;
  }
  const plans: DashTable = {
    title: D.plansTitle,
    header: [D.items, D.count],
    rows: [
      [D.done, done],
      [D.overdue, overdue],
      [D.open, open],
    ],
  };

  const sat = satisfactionByForm(input.pairs, input.responses);
  const satisfaction: DashTable = {
    title: D.satisfactionTitle,
    header: [D.form, D.percent],
    rows: MENTORING_FORMS.map((f) => [MENTORING_FORM_LABELS[f], sat[f].percent]),
  };
  return [states, meetings, plans, satisfaction];
}

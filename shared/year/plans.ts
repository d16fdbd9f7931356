/**
 * Pairs' personalised plans as tracked items: the standard plan of each form of mentoring (data), the
 * pair's programme as the period its deadlines are read in, and each item's deadline and status by the
 * roadmap engine (shared/roadmap), so a plan is coloured and counted exactly as the roadmap is.
 */
import type { Deadline, MentoringForm } from '../model';
import {
  academicYearOf,
  type DatedEvent,
  deadlineStatus,
  type Period,
  parseDeadline,
  resolveRelative,
  type StatusCode,
} from '../roadmap';
import { YEAR_STRINGS } from './strings';

/** One step of a standard plan: what to do and its deadline as a curator would write it. */
export interface PlanStep {
  activity: string;
  deadline: string;
}

/*
 * The standard plans. Source: the stages «Организация работы наставнических пар» and «Завершение программы»
 * of the school roadmaps in shared/fixtures (regular, often monthly, meetings; feedback; the interim
 * questionnaire; the final event) and the description of each form in the methodological recommendations
 * to распоряжение Минпросвещения Р-145 (25.12.2019): what the mentor of each form works on. Written for this
 * product as a starting point the curator edits on the sheet; not an official text.
 */
const COMMON_START: PlanStep[] = [
  {
    activity: 'Знакомство, встреча наставника и наставляемого',
    deadline: 'в течение 2 недель после закрепления',
  },
  {
    activity: 'Согласование целей и плана персонализированной программы',
    deadline: 'в течение месяца после закрепления',
  },
];
const COMMON_END: PlanStep[] = [
  { activity: 'Встреча наставника и наставляемого, отметка о встрече', deadline: 'ежемесячно' },
  { activity: 'Промежуточная обратная связь (анкета)', deadline: 'через 3 месяца после закрепления' },
  { activity: 'Итоговое анкетирование наставника и наставляемого', deadline: 'в конце программы' },
  { activity: 'Итоги работы пары, отчёт о выполнении программы', deadline: 'в конце программы' },
];

export const STANDARD_PLANS: Readonly<Record<MentoringForm, readonly PlanStep[]>> = {
  'teacher-teacher': [
    ...COMMON_START,
    {
      activity: 'Посещение уроков наставника наставляемым',
      deadline: 'в течение 2 месяцев после закрепления',
    },
    {
      activity: 'Посещение уроков наставляемого наставником, разбор уроков',
      deadline: 'в течение 3 месяцев после закрепления',
    },
    {
      activity: 'Помощь в рабочей программе, планировании и документации',
      deadline: 'в течение месяца после закрепления',
    },
    { activity: 'Открытый урок наставляемого', deadline: 'в течение 6 месяцев после закрепления' },
    ...COMMON_END,
  ],
  'teacher-student': [
    ...COMMON_START,
    {
      activity: 'Индивидуальный план развития обучающегося (цели по предмету, проекту или олимпиаде)',
      deadline: 'в течение месяца после закрепления',
    },
    {
      activity: 'Подготовка к олимпиаде, конкурсу или защите проекта',
      deadline: 'в течение 4 месяцев после закрепления',
    },
    ...COMMON_END,
  ],
  'student-student': [
    ...COMMON_START,
    { activity: 'Совместные занятия: помощь в учёбе и адаптации', deadline: 'ежемесячно' },
    {
      activity: 'Совместный проект или участие в мероприятии школы',
      deadline: 'в течение 4 месяцев после закрепления',
    },
    ...COMMON_END,
  ],
  'university-student': [
    ...COMMON_START,
    {
      activity: 'Профориентационная встреча: учёба в вузе, выбор профессии',
      deadline: 'в течение 2 месяцев после закрепления',
    },
    {
      activity: 'Совместный проект (исследовательский или прикладной)',
      deadline: 'в течение 5 месяцев после закрепления',
    },
    ...COMMON_END,
  ],
  'employer-student': [
    ...COMMON_START,
    {
      activity: 'Экскурсия на предприятие, знакомство с профессией',
      deadline: 'в течение 2 месяцев после закрепления',
    },
    {
      activity: 'Практическое задание или проект от работодателя',
      deadline: 'в течение 5 месяцев после закрепления',
    },
    ...COMMON_END,
  ],
};

/** What reading a plan needs of a pair: when it started and when its programme ends. */
export interface PairDates {
  id: string;
  startDate: string | null;
  endDate: string | null;
}

/**
 * The period a pair's plan is read in: from the pair's start to the end of its programme («Дата окончания» of
 * «Пары», else the end of the school year it started in, as a roadmap's year ends on 31 August). Months written
 * without a year belong to that school year. A pair without a start date: the school year of `today`.
 */
export function pairPeriod(pair: PairDates | undefined, today: string): Period {
  const start = pair?.startDate ?? null;
  const year = academicYearOf(start ?? today);
  const end = pair?.endDate && (!start || pair.endDate >= start) ? pair.endDate : year.end;
  return { ...year, start: start ?? year.start, end, label: YEAR_STRINGS.plans.periodLabel };
}

/** The events a plan's relative deadlines count from: the pair's start («после закрепления»). */
export function pairEvents(pair: PairDates | undefined): DatedEvent[] {
  return pair?.startDate ? [{ name: YEAR_STRINGS.plans.startEvent, date: pair.startDate }] : [];
}

/** What reading needs of a plan row. */
export interface PlanRowInput {
  pairId: string;
  activity: string;
  deadlineText: string;
  done?: boolean;
  doneDate?: string | null;
}

/**
 * Every row with its deadline read by the roadmap engine in its pair's period; relative deadlines resolved
 * from the pair's start or from another step of the same pair's plan done with a date. Rows keep their order.
 */
export function readPlanDeadlines<T extends PlanRowInput>(
  rows: readonly T[],
  pairs: readonly PairDates[],
  today: string,
): (T & { deadline: Deadline })[] {
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = groups.get(r.pairId) ?? [];
    list.push(i);
    groups.set(r.pairId, list);
  });
  const out: (T & { deadline: Deadline })[] = new Array(rows.length);
  for (const [pairId, indexes] of groups) {
    const pair = byId.get(pairId);
    const period = pairPeriod(pair, today);
    const items = indexes.map((i) => ({
      ...rows[i]!,
      deadline: parseDeadline(rows[i]!.deadlineText, period),
    }));
    resolveRelative(items, { events: pairEvents(pair) }).forEach((item, k) => {
      out[indexes[k]!] = item;
    });
  }
  return out;
}

/** A plan step's status on a day: the roadmap's statuses and rules. */
export function planItemStatus(
  item: { done?: boolean; deadline: Deadline | null },
  today: string,
): StatusCode {
  return deadlineStatus(item, today).status;
}

/**
 * Overdue steps per pair on a day (pairs with none are absent): what «Отстаёт план» in pair health counts.
 * `planRows` are rows with their deadline read (`readPlanDeadlines`).
 */
export function overduePlanItems(
  planRows: readonly { pairId: string; done?: boolean; deadline: Deadline | null }[],
  today: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of planRows)
    if (planItemStatus(r, today) === 'overdue') out.set(r.pairId, (out.get(r.pairId) ?? 0) + 1);
  return out;
}

/** Steps and steps done per pair. */
export function planProgress(
  planRows: readonly { pairId: string; done?: boolean }[],
): Map<string, { total: number; done: number }> {
  const out = new Map<string, { total: number; done: number }>();
  for (const r of planRows) {
    const p = out.get(r.pairId) ?? { total: 0, done: 0 };
    p.total++;
    if (r.done) p.done++;
    out.set(r.pairId, p);
  }
  return out;
}

/** Pairs whose plan has steps and every one of them done: a completed personalised programme. */
export function plansCompleted(planRows: readonly { pairId: string; done?: boolean }[]): Set<string> {
  const out = new Set<string>();
  for (const [id, p] of planProgress(planRows)) if (p.total > 0 && p.done === p.total) out.add(id);
  return out;
}

/**
 * The curator's own plan typed as lines «пункт; срок» (or a tab between them; a line without one has no
 * deadline). Empty lines are skipped; errors name the line.
 */
export function parseOwnPlan(
  text: string,
): { ok: true; steps: PlanStep[] } | { ok: false; errors: string[] } {
  const steps: PlanStep[] = [];
  const errors: string[] = [];
  String(text ?? '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(';'));
      const activity = (cut >= 0 ? line.slice(0, cut) : line).trim();
      const deadline = cut >= 0 ? line.slice(cut + 1).trim() : '';
      if (activity === '') errors.push(YEAR_STRINGS.plans.ownNoActivity(i + 1));
      else steps.push({ activity, deadline });
    });
  if (errors.length > 0) return { ok: false, errors };
  if (steps.length === 0) return { ok: false, errors: [YEAR_STRINGS.plans.ownEmpty] };
  return { ok: true, steps };
}

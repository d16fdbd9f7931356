/** A roadmap activity's status on a day (done, overdue, due soon, in progress, not yet) and its Russian label. */
import { type Deadline, daysInMonth, isRealDate, type Recurrence } from '../model';
import { isoDate, monthEnd, monthStart } from './period';
import { STATUS_LABELS, type StatusCode } from './strings';

export interface StatusSettings {
  /** «Скоро срок» when the end is this many days away or fewer. Default 14. */
  dueSoonDays?: number;
}

export interface DeadlineStatus {
  status: StatusCode;
  /** Russian label for the sheet and the legend. */
  label: string;
  /** Days from today to the end of the deadline (or of the next occurrence); negative when overdue. */
  daysLeft: number | null;
  /** For recurring deadlines: the first and last day of the current or next occurrence. */
  next: string | null;
  nextEnd: string | null;
}

/** What the status needs of an item: a RoadmapItem, an imported item (never done) or a template item. */
export interface StatusInput {
  done?: boolean;
  deadline: Deadline | null;
}

export const DEFAULT_DUE_SOON_DAYS = 14;

/** Status of an activity on a given day (ISO `YYYY-MM-DD`). */
export function deadlineStatus(
  item: StatusInput,
  today: string,
  settings: StatusSettings = {},
): DeadlineStatus {
  if (!isRealDate(today)) throw new Error(`deadlineStatus: «${today}» — не дата ГГГГ-ММ-ДД`);
  const soon = settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const d = item.deadline;
  if (item.done) return make('done', null);
  if (!d || d.kind === 'none') return make('no-date', null);
  // A relative deadline has dates only once resolveRelative found its event done; until then, none.
  if (d.kind === 'relative' && !d.end) return make('no-date', null);
  if (d.kind === 'recurring') return recurringStatus(d, today);
  if (!d.end) return make('no-date', null);
  const left = daysBetween(today, d.end);
  if (left < 0) return make('overdue', left);
  if (left <= soon) return make('due-soon', left);
  if (d.start && d.start <= today) return make('in-progress', left);
  return make('upcoming', left);
}

function make(
  status: StatusCode,
  daysLeft: number | null,
  next: string | null = null,
  nextEnd: string | null = null,
): DeadlineStatus {
  return { status, label: STATUS_LABELS[status], daysLeft, next, nextEnd };
}

function recurringStatus(d: Deadline, today: string): DeadlineStatus {
  const r = d.recurrence;
  if (!r) return make('no-date', null);
  const notBefore = d.start ?? '0000-01-01';
  if (r.every === 'month' || r.every === 'quarter') {
    if (d.end && today > d.end) return make('overdue', daysBetween(today, d.end));
    // The occurrence of today, or the first one when the window has not begun yet.
    const from = today < notBefore ? notBefore : today;
    const y = Number(from.slice(0, 4));
    const m = Number(from.slice(5, 7));
    let occ = occurrence(r, y, m);
    // «до 25 числа каждого месяца» on the 27th: this month's is over, next month's is the one to meet.
    if (occ.end < from) occ = m === 12 ? occurrence(r, y + 1, 1) : occurrence(r, y, m + 1);
    // A quarter that began before the window (September in a school year) starts with the window.
    const start = occ.start < notBefore ? notBefore : occ.start;
    return make('recurring', daysBetween(today, occ.end), start, occ.end);
  }
  if (r.months.length === 0) return make('recurring', null);
  const year = Number(today.slice(0, 4));
  // The earliest occurrence that has not ended yet (and is not before the first one in the document).
  let best: { start: string; end: string } | null = null;
  for (let y = year - 1; y <= year + 2; y++) {
    for (const m of r.months) {
      const occ = { start: monthStart(y, m), end: monthEnd(y, m) };
      if (occ.end < today || occ.start < notBefore) continue;
      if (!best || occ.start < best.start) best = occ;
    }
  }
  if (!best) return make('recurring', null);
  return make('recurring', daysBetween(today, best.end), best.start, best.end);
}

/**
 * The occurrence of a monthly or quarterly recurrence that contains the month: the month itself (up to its
 * «day» when the text names one), or the calendar quarter.
 */
function occurrence(r: Recurrence, year: number, month: number): { start: string; end: string } {
  if (r.every === 'quarter') {
    const first = month - ((month - 1) % 3);
    return { start: monthStart(year, first), end: monthEnd(year, first + 2) };
  }
  const end = r.day ? isoDate(year, month, Math.min(r.day, daysInMonth(year, month))) : monthEnd(year, month);
  return { start: monthStart(year, month), end };
}

/** Whole days from a to b (ISO dates); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

import { type Deadline, isRealDate } from '../model';
import { monthEnd, monthStart } from './period';
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
  if (!d || d.kind === 'none' || d.kind === 'relative') return make('no-date', null);
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
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const notBefore = d.start ?? '0000-01-01';
  if (r.every === 'month') {
    if (d.end && today > d.end) return make('overdue', daysBetween(today, d.end));
    let start = monthStart(year, month);
    let end = monthEnd(year, month);
    if (start < notBefore) {
      start = monthStart(Number(notBefore.slice(0, 4)), Number(notBefore.slice(5, 7)));
      end = monthEnd(Number(notBefore.slice(0, 4)), Number(notBefore.slice(5, 7)));
    }
    return make('recurring', daysBetween(today, end), start, end);
  }
  if (r.months.length === 0) return make('recurring', null);
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

/** Whole days from a to b (ISO dates); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** How a deadline was read, in words for the import preview («до 10.11.2022», «ежемесячно», «не распознан: …»). */
import type { Deadline } from '../model';
import { READINGS } from './strings';

/** What a deadline was read as, for the import preview: «до 10.11.2022», «ежемесячно», «не распознан». */
export interface DeadlineReading {
  text: string;
  /** A deadline was written but could not be read: the preview marks it and gives the reason. */
  unread: boolean;
}

/** «2022-11-10» → «10.11.2022». */
function day(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** «2022-11-…» → «ноябрь 2022». */
function month(iso: string): string {
  return `${READINGS.months[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

function span(start: string | null, end: string | null, one: (iso: string) => string): string {
  if (start && end)
    return start === end || one(start) === one(end) ? one(start) : READINGS.span(one(start), one(end));
  if (end) return READINGS.by(one(end));
  return start ? one(start) : '';
}

function recurring(d: Deadline): string {
  const r = d.recurrence;
  // Compared as text: the model may grow new cadences (quarters), read here before they have their own words.
  const every: string = r?.every ?? '';
  if (every === 'month') {
    const by = (r as { day?: number } | null)?.day;
    return by ? READINGS.monthlyBy(by) : READINGS.monthly;
  }
  if (every === 'quarter') return READINGS.quarterly;
  const months = (r?.months ?? []).map((m) => READINGS.months[m - 1] ?? '').filter(Boolean);
  if (months.length > 0) return READINGS.yearly(months.join(', '));
  return span(d.start, d.end, day);
}

export function deadlineReading(d: Deadline): DeadlineReading {
  switch (d.kind) {
    case 'none':
      return d.raw.trim() === ''
        ? { text: READINGS.empty, unread: false }
        : { text: READINGS.unread, unread: true };
    case 'date':
    case 'range':
    case 'by':
      return { text: span(d.start, d.end, day), unread: false };
    case 'month':
      return { text: span(d.start, d.end, month), unread: false };
    case 'period':
      return { text: READINGS.period(day(d.start ?? ''), day(d.end ?? '')), unread: false };
    case 'recurring':
      return { text: recurring(d), unread: false };
    case 'relative':
      return { text: READINGS.after(d.dependsOn ?? d.raw), unread: false };
    default:
      return { text: d.raw, unread: false };
  }
}

/** Relative deadlines («в течение месяца после …»): the activity they refer to and the dates it gives them once done. */
import { type Deadline, daysInMonth } from '../model';
import { isoDate } from './period';
import { REASONS } from './strings';

/*
 * A relative deadline («В течение месяца после издания приказа об отборе наставников») takes its dates from
 * the activity it names, once that activity is ticked off with a date: start is that date, end is the date
 * plus the length written («в течение месяца» = one month). Until then it stays «без даты» with the reason.
 */

/** What the resolver needs of an item: a RoadmapItem, or a row of the roadmap sheet. */
export interface RelativeInput {
  activity: string;
  done?: boolean;
  doneDate?: string | null;
  deadline: Deadline | null;
}

/** A dated event that is no activity of the list: a pair's plan counts from the pair's start («после закрепления»). */
export interface DatedEvent {
  /** What the event is called, in words a deadline would use («Закрепление наставнической пары»). */
  name: string;
  /** ISO date it happened. */
  date: string;
}

export interface ResolveOptions {
  /** Events a relative deadline may refer to besides the activities of the list (an activity is found first). */
  events?: readonly DatedEvent[];
}

/** Words too common to tell one activity from another. */
const STOP = new Set(['для', 'при', 'под', 'над', 'его', 'она', 'они', 'или', 'всех', 'этого', 'того']);

/**
 * Stems of the words of a text: lower case, ё→е, the first five letters (Russian endings change the rest:
 * «издания» / «издание», «наставников» / «наставничества» share «издан», «наста»). Words under three letters
 * («о», «и», «в») are left out.
 */
function stems(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[а-яa-z0-9]+/g) ?? [];
  return words
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => w.slice(0, 5))
    .filter((w) => !PROCESS.has(w));
}

/** «после завершения анкетирования», «по окончании проведения…»: the event is the activity, not these words. */
const PROCESS = new Set(['завер', 'оконч', 'прове']);

/**
 * The activity a relative deadline refers to: the one whose text holds every word of the event (by stem),
 * the item itself excepted. Of several, the shortest text (the most specific); of equal ones, the nearest
 * before the item. None when no activity holds them all: a near match («приказ о внедрении» for «приказ об
 * отборе») would date the item from the wrong event.
 */
export function referredActivity<T extends RelativeInput>(
  items: readonly T[],
  index: number,
  cache: (Set<string> | undefined)[] = [],
): T | null {
  const event = items[index]?.deadline?.dependsOn;
  if (!event) return null;
  const want = [...new Set(stems(event))];
  if (want.length === 0) return null;
  let best: { item: T; size: number; distance: number } | null = null;
  items.forEach((item, i) => {
    if (i === index) return;
    // Each activity's stems are computed once for all the relative deadlines of the roadmap.
    let have = cache[i];
    if (!have) {
      have = new Set(stems(item.activity));
      cache[i] = have;
    }
    if (!want.every((w) => have.has(w))) return;
    const distance = i < index ? index - i : items.length + i;
    if (!best || have.size < best.size || (have.size === best.size && distance < best.distance))
      best = { item, size: have.size, distance };
  });
  return (best as { item: T } | null)?.item ?? null;
}

/** The day `after` the event's date: months keep the day of the month (31 January + 1 month = 29 February). */
export function addLag(date: string, after: NonNullable<Deadline['after']>): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (after.unit === 'month') {
    const total = m - 1 + after.count;
    const ny = y + Math.floor(total / 12);
    const nm = (total % 12) + 1;
    return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
  }
  const days = after.unit === 'week' ? after.count * 7 : after.count;
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Items with their relative deadlines resolved from the activities they refer to. Other items come back as
 * they are; nothing is changed in place. Resolved: start = the event's done date, end = start + the length
 * (null when the text gives none, with the reason). Unresolved: no dates, and the reason says what is missing.
 */
export function resolveRelative<T extends RelativeInput>(
  items: readonly T[],
  options: ResolveOptions = {},
): T[] {
  const cache: (Set<string> | undefined)[] = [];
  // The events go after the items, done on their dates: an activity that names the event equally well is
  // nearer, and wins (referredActivity prefers the shortest text, then the nearest).
  const events: RelativeInput[] = (options.events ?? []).map((e) => ({
    activity: e.name,
    done: true,
    doneDate: e.date,
    deadline: null,
  }));
  const all: readonly RelativeInput[] = events.length > 0 ? [...items, ...events] : items;
  return items.map((item, i) => {
    const d = item.deadline;
    if (d?.kind !== 'relative' || !d.dependsOn) return item;
    const target = referredActivity(all, i, cache);
    let deadline: Deadline;
    if (!target) deadline = { ...d, start: null, end: null, reason: REASONS.relativeNoEvent(d.dependsOn) };
    else if (!target.done || !target.doneDate)
      deadline = { ...d, start: null, end: null, reason: REASONS.relativeWaiting(target.activity) };
    else if (!d.after)
      deadline = { ...d, start: target.doneDate, end: null, reason: REASONS.relativeOpen(d.dependsOn) };
    else deadline = { ...d, start: target.doneDate, end: addLag(target.doneDate, d.after), reason: null };
    return { ...item, deadline };
  });
}

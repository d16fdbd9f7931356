import type { Pair, ReportPeriod, RoadmapItem } from '../model';

type Period = Pick<ReportPeriod, 'from' | 'to'>;

const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

/** Closed ISO-date intervals overlap. ISO dates compare as strings. */
function overlaps(start: string, end: string, period: Period): boolean {
  return start <= period.to && end >= period.from;
}

/**
 * A pair counts for a period when its dates overlap it. A missing start date means "began before";
 * a missing end date means "still running": a pair without dates is counted, not silently dropped.
 */
export function pairInPeriod(pair: Pair, period: Period): boolean {
  return overlaps(pair.startDate ?? EARLIEST, pair.endDate ?? LATEST, period);
}

/**
 * A roadmap item counts for a period when its deadline window overlaps it. Items whose deadline has
 * no dates («В течение года», «По планам работы школ», unread) belong to every period.
 */
export function roadmapItemInPeriod(item: RoadmapItem, period: Period): boolean {
  const d = item.deadline;
  if (!d || (d.start === null && d.end === null)) return true;
  return overlaps(d.start ?? d.end ?? EARLIEST, d.end ?? d.start ?? LATEST, period);
}

/**
 * Overdue = not done and the deadline's end is before `today`.
 * The roadmap engine's `deadlineStatus` (shared/roadmap, branch wip-roadmap) was not in main when this was
 * written; this reads `deadline.end` directly. Switch to `deadlineStatus(item, today, settings)` once it lands,
 * so recurring and relative deadlines are judged the same way as in the roadmap sheet.
 */
export function roadmapItemOverdue(item: RoadmapItem, today: string): boolean {
  const end = item.deadline?.end ?? null;
  return !item.done && end !== null && end < today;
}

/** The calendar date of an ISO date-time as written (its own offset), for period filters. */
export function dateOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

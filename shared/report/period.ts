/** What belongs to a report period: pairs whose dates overlap it, roadmap activities in it, and what is overdue on a day. */
import type { Pair, ReportPeriod, RoadmapItem } from '../model';
import { deadlineStatus } from '../roadmap';

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

/** Overdue exactly as the roadmap sheet highlights it: the roadmap engine's `deadlineStatus` decides. */
export function roadmapItemOverdue(item: RoadmapItem, today: string): boolean {
  return deadlineStatus(item, today).status === 'overdue';
}

/** The calendar date of an ISO date-time as written (its own offset), for period filters. */
export function dateOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

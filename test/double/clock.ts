/** The double's clock: `new Date()` inside the add-on reads it, so tests set "today". */
import { isoDay, midnight, zonedSerial } from './zone';

export class Clock {
  /** `zone()`: the zone "today" is read in (the script's, as the add-on's `new Date()` is). */
  constructor(
    private ms: number,
    private readonly zone: () => string = () => 'UTC',
  ) {}

  now(): number {
    return this.ms;
  }

  /** Sets the clock to noon of an ISO date in the script's zone (noon: no zone edge on either side). */
  setToday(iso: string): void {
    this.ms = midnight(this.zone(), iso) + 12 * 3600000;
  }

  /** Sets the clock to an instant (e.g. late evening somewhere, to see "today" differ between zones). */
  set(ms: number): void {
    this.ms = ms;
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  /** Today in the script's zone, ISO. */
  todayIso(): string {
    return isoDay(this.zone(), new Date(this.ms));
  }
}

/** A spreadsheet serial number (days since 1899-12-30) of a Date's wall-clock time in a zone. */
export function dateSerial(d: Date, zone: string): number {
  return zonedSerial(zone, d.getTime());
}

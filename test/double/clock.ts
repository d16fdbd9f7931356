/** The double's clock: `new Date()` inside the add-on reads it, so tests set "today". */
export class Clock {
  constructor(private ms: number) {}

  now(): number {
    return this.ms;
  }

  /** Sets the clock to local noon of an ISO date (noon: no time-zone edge on either side). */
  setToday(iso: string): void {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    this.ms = new Date(y, m - 1, d, 12, 0, 0).getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  todayIso(): string {
    const d = new Date(this.ms);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
}

/**
 * A Date constructor whose no-argument form reads the clock. `instanceof` accepts every Date, so
 * cells created by the test and by the add-on are the same kind of Date.
 */
export function clockDate(clock: Clock): DateConstructor {
  const Host = Date;
  class ClockDate extends Host {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [number]));
    }
    static override now(): number {
      return clock.now();
    }
    static override [Symbol.hasInstance](x: unknown): boolean {
      return x instanceof Host;
    }
  }
  return ClockDate as unknown as DateConstructor;
}

/** A spreadsheet serial number (days since 1899-12-30) of a Date's local calendar time. */
export function dateSerial(d: Date): number {
  const utc = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
  );
  return (utc - Date.UTC(1899, 11, 30)) / 86400000;
}

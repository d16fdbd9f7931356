/**
 * Time zones in the double, as Apps Script has them (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone):
 * the script runs in the manifest's `timeZone` (its `new Date(y, m, d)` and `getDate()` are wall-clock there,
 * whatever the machine's zone), while a spreadsheet keeps its own zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 *
 * `makeZoneKit` is self-contained (no imports, no outer names): concurrent.ts sends its source text to worker
 * threads, so executions there get the same Date as the main thread.
 */

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

export interface ZoneKit {
  /** Milliseconds to add to an instant to get its wall-clock time in `zone` read as UTC. */
  offset(zone: string, ms: number): number;
  wall(zone: string, ms: number): WallClock;
  /** The instant a wall-clock time has in `zone` (fields overflow as Date.UTC's do). */
  instant(
    zone: string,
    y: number,
    m0: number,
    d?: number,
    h?: number,
    mi?: number,
    s?: number,
    ms?: number,
  ): number;
  /** A Date constructor whose local time is `zone()` and whose `new Date()` reads `now()`. */
  dateClass(now: () => number, zone: () => string): DateConstructor;
}

export function makeZoneKit(Host: DateConstructor): ZoneKit {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const offsets = new Map<string, number>();
  function offset(zone: string, ms: number): number {
    const whole = ms - (((ms % 1000) + 1000) % 1000);
    // Zones change offset on whole minutes: one look-up per zone and minute.
    const key = `${zone}|${Math.floor(ms / 60000)}`;
    const known = offsets.get(key);
    if (known !== undefined) return known;
    let f = formats.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formats.set(zone, f);
    }
    const p: Record<string, string> = {};
    for (const x of f.formatToParts(new Host(whole))) p[x.type] = x.value;
    let year = Number(p.year);
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    const wallMs = new Host(0).setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
    const w = wallMs + ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000;
    const off = w - whole;
    if (offsets.size > 100000) offsets.clear();
    offsets.set(key, off);
    return off;
  }
  function wall(zone: string, ms: number): WallClock {
    const d = new Host(ms + offset(zone, ms));
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      weekday: d.getUTCDay(),
    };
  }
  function instant(zone: string, y: number, m0: number, d = 1, h = 0, mi = 0, s = 0, ms = 0): number {
    const guess = Host.UTC(y, m0, d, h, mi, s, ms);
    if (Number.isNaN(guess)) return Number.NaN;
    const first = guess - offset(zone, guess);
    return guess - offset(zone, first);
  }
  function dateClass(now: () => number, zone: () => string): DateConstructor {
    const w = (t: Date) =>
      new Host(Host.prototype.getTime.call(t) + offset(zone(), Host.prototype.getTime.call(t)));
    /** Host-parsed local strings are the host's wall-clock: re-read them in the script's zone. */
    const parse = (s: string): number => {
      const t = Host.parse(s);
      if (Number.isNaN(t)) return t;
      const text = s.trim();
      if (
        /^[+-]?\d{4,6}(-\d\d(-\d\d)?)?$/.test(text) ||
        /(Z|[+-]\d\d:?\d\d|GMT|UTC)(\s*\(.*\))?$/i.test(text)
      )
        return t;
      const h = new Host(t);
      return instant(
        zone(),
        h.getFullYear(),
        h.getMonth(),
        h.getDate(),
        h.getHours(),
        h.getMinutes(),
        h.getSeconds(),
        h.getMilliseconds(),
      );
    };
    const set = (t: Date, change: (u: Date) => void): number => {
      if (Number.isNaN(Host.prototype.getTime.call(t))) return Number.NaN;
      const u = w(t);
      change(u);
      const v = instant(
        zone(),
        u.getUTCFullYear(),
        u.getUTCMonth(),
        u.getUTCDate(),
        u.getUTCHours(),
        u.getUTCMinutes(),
        u.getUTCSeconds(),
        u.getUTCMilliseconds(),
      );
      return Host.prototype.setTime.call(t, v);
    };
    const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const p2 = (n: number) => String(n).padStart(2, '0');
    class ZonedDate extends Host {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now());
        else if (args.length === 1) {
          const a = args[0];
          if (typeof a === 'string') super(parse(a));
          else if (
            a !== null &&
            typeof a === 'object' &&
            Object.prototype.toString.call(a) === '[object Date]'
          )
            super(Host.prototype.getTime.call(a));
          else super(a as number);
        } else {
          const n = args.map(Number);
          let y = n[0]!;
          // Years 0-99 are 1900-1999, as the Date constructor has them.
          if (Number.isInteger(y) && y >= 0 && y <= 99) y += 1900;
          super(instant(zone(), y, n[1]!, n[2] ?? 1, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0));
        }
      }
      static override now(): number {
        return now();
      }
      static override parse(s: string): number {
        return parse(String(s));
      }
      static override [Symbol.hasInstance](x: unknown): boolean {
        return Object.prototype.toString.call(x) === '[object Date]';
      }
      override getFullYear(): number {
        return w(this).getUTCFullYear();
      }
      override getMonth(): number {
        return w(this).getUTCMonth();
      }
      override getDate(): number {
        return w(this).getUTCDate();
      }
      override getDay(): number {
        return w(this).getUTCDay();
      }
      override getHours(): number {
        return w(this).getUTCHours();
      }
      override getMinutes(): number {
        return w(this).getUTCMinutes();
      }
      override getSeconds(): number {
        return w(this).getUTCSeconds();
      }
      override getMilliseconds(): number {
        return w(this).getUTCMilliseconds();
      }
      override getTimezoneOffset(): number {
        return -offset(zone(), this.getTime()) / 60000;
      }
      override setFullYear(y: number, m?: number, d?: number): number {
        return set(this, (u) => {
          u.setUTCFullYear(y, m ?? u.getUTCMonth(), d ?? u.getUTCDate());
        });
      }
      override setMonth(m: number, d?: number): number {
        return set(this, (u) => {
          u.setUTCMonth(m, d ?? u.getUTCDate());
        });
      }
      override setDate(d: number): number {
        return set(this, (u) => {
          u.setUTCDate(d);
        });
      }
      override setHours(h: number, mi?: number, s?: number, ms?: number): number {
        return set(this, (u) => {
          u.setUTCHours(h, mi ?? u.getUTCMinutes(), s ?? u.getUTCSeconds(), ms ?? u.getUTCMilliseconds());
        });
      }
      override setMinutes(mi: number, s?: number, ms?: number): number {
        return set(this, (u) => {
          u.setUTCMinutes(mi, s ?? u.getUTCSeconds(), ms ?? u.getUTCMilliseconds());
        });
      }
      override setSeconds(s: number, ms?: number): number {
        return set(this, (u) => {
          u.setUTCSeconds(s, ms ?? u.getUTCMilliseconds());
        });
      }
      override setMilliseconds(ms: number): number {
        return set(this, (u) => {
          u.setUTCMilliseconds(ms);
        });
      }
      override toDateString(): string {
        if (Number.isNaN(this.getTime())) return 'Invalid Date';
        const u = w(this);
        return `${DAYS[u.getUTCDay()]} ${MONTHS[u.getUTCMonth()]} ${p2(u.getUTCDate())} ${u.getUTCFullYear()}`;
      }
      override toTimeString(): string {
        if (Number.isNaN(this.getTime())) return 'Invalid Date';
        const u = w(this);
        const off = offset(zone(), this.getTime()) / 60000;
        const sign = off < 0 ? '-' : '+';
        const a = Math.abs(off);
        return `${p2(u.getUTCHours())}:${p2(u.getUTCMinutes())}:${p2(u.getUTCSeconds())} GMT${sign}${p2(Math.floor(a / 60))}${p2(a % 60)}`;
      }
      override toString(): string {
        if (Number.isNaN(this.getTime())) return 'Invalid Date';
        return `${this.toDateString()} ${this.toTimeString()}`;
      }
      override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
        return Host.prototype.toLocaleString.call(this, locales, { timeZone: zone(), ...options });
      }
      override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
        return Host.prototype.toLocaleDateString.call(this, locales, { timeZone: zone(), ...options });
      }
      override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
        return Host.prototype.toLocaleTimeString.call(this, locales, { timeZone: zone(), ...options });
      }
    }
    return ZonedDate as unknown as DateConstructor;
  }
  return { offset, wall, instant, dateClass };
}

/** The kit on this thread's Date. */
export const zones: ZoneKit = makeZoneKit(Date);

/** A wall-clock date in a zone as ISO (YYYY-MM-DD). */
export function isoDay(zone: string, d: Date): string {
  const w = zones.wall(zone, d.getTime());
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Midnight of an ISO day in a zone, as Sheets stores a date cell of a spreadsheet in that zone. */
export function midnight(zone: string, iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return zones.instant(zone, y, m - 1, d);
}

/** A spreadsheet serial number (days since 1899-12-30) of an instant's wall-clock time in a zone. */
export function zonedSerial(zone: string, ms: number): number {
  return (ms + zones.offset(zone, ms) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Checks a zone ID as Apps Script does (an IANA name such as "Europe/Moscow"). */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

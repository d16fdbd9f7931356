/** How dates and numbers are shown to people everywhere in the product: дд.мм.гггг and a decimal comma. */

/** «2026-12-11» or «2026-12-11T08:30:00Z» → «11.12.2026» (the calendar date as written; anything else as is). */
export function ruDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** 4.83 → «4,83»; `digits` rounds first (4.8333, 2 → «4,83»), dropping trailing zeros. */
export function ruNumber(n: number, digits?: number): string {
  const v = digits === undefined ? n : Math.round(n * 10 ** digits) / 10 ** digits;
  return String(v).replace('.', ',');
}

/**
 * A value as a person reads it, whatever form a field takes it in (a date field takes «2024-05-31», a number
 * field «41.25»): ISO dates as дд.мм.гггг, decimals with a comma; any other text as it is.
 */
export function shownValue(v: unknown): string {
  if (typeof v === 'number') return ruNumber(v);
  const text = String(v ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return ruDate(text);
  if (/^-?\d+\.\d+$/.test(text)) return text.replace('.', ',');
  return text;
}

/**
 * A cell whose text starts with = + - @ (or tab / CR) would run as a formula when written to a sheet or
 * opened from CSV. The leading apostrophe makes Sheets and Excel keep it as text and is not shown.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** What the add-on hands to `Range.setValues`: typed values stay typed, text stays text. */
export type SheetValue = string | number | boolean | Date;

/**
 * The one encoder of every value the add-on writes into a sheet (planWrite's blocks and every other
 * setValue(s)). Numbers, booleans and Date objects pass typed. Text is written so that Sheets stores exactly
 * that text: a leading = + - @ tab or CR gets an apostrophe (else Sheets takes it for a formula), and so does a
 * leading apostrophe (Sheets eats one leading apostrophe as the text marker, it is not part of the value).
 * Values read back with getValues() come without that apostrophe, so writing them back must go through here
 * again: a raw refill is exactly how a neutralised name turned back into a live formula.
 */
export function toSheetValue(v: unknown): SheetValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const text = String(v);
  return text.startsWith("'") ? `'${text}` : neutraliseFormula(text);
}

/**
 * A cell whose text starts with = + - @ (or tab / CR) would run as a formula when written to a sheet or
 * opened from CSV. The leading apostrophe makes Sheets and Excel keep it as text and is not shown.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

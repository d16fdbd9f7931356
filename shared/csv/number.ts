/**
 * A number as a person writes it in a table or a Russian Excel cell: an optional sign, digits (groups of
 * three may be set apart by spaces or no-break spaces, as Excel shows thousands), and a decimal comma or
 * point. Nothing else: JavaScript's Number() would also take «0x1F» (31), «1e3» (1000), «Infinity» and
 * «0b11», none of which a curator types, and a stray one would pass as a plausible figure.
 */
const WRITTEN_NUMBER = /^([+\-\u2212])?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;

/** The value of `text` written as above (surrounding spaces allowed), or null when it is written otherwise. */
export function parseWrittenNumber(text: string): number | null {
  const m = WRITTEN_NUMBER.exec(text.trim());
  if (!m) return null;
  const [, sign, whole = '', fraction] = m;
  const n = Number(`${whole.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`);
  return (sign === '-' || sign === '\u2212') && n !== 0 ? -n : n;
}

/**
 * What a person must never read in the product (issue 19): an indicator code («mentors.total»), an ISO date
 * («2026-12-11») or a decimal point in a number («4.83»). Links, e-mail addresses and дд.мм.гггг dates are
 * taken out first: their dots are not codes or decimals.
 */
export const TECHNICAL: Record<string, RegExp> = {
  'indicator code': /\b[a-z]+\.[a-zA-Z.]+\b/,
  'ISO date': /\d{4}-\d{2}-\d{2}/,
  'decimal point': /\d\.\d/,
};

/** Each text that shows one, as «kind: text» (empty when all is well). */
export function technicalText(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const plain = text
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\S+@\S+/g, ' ')
      .replace(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/g, ' ');
    for (const [kind, re] of Object.entries(TECHNICAL))
      if (re.test(plain)) out.push(`${kind}: ${text.slice(0, 160)}`);
  }
  return out;
}

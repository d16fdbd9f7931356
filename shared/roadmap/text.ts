/** Formatting noise that Word / PDF / Markdown exports leave in cell text, and how to take it out. */

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  apos: "'",
};

/**
 * Removes tags (<p>, <b>, <br>…), Markdown bold/italic markers, entities and zero-width characters,
 * and collapses whitespace. The words themselves are never changed.
 */
export function cleanText(text: string): string {
  return text
    .replace(/<\/?(?:p|br|div|li|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, '')
    .replace(/&(#\d+|[a-z]+);/gi, (m, name: string) => {
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    })
    .replace(/\*\*|__/g, '')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A cell or line wrapped in bold markup: `<b>…</b>`, `**…**`. Such rows are section headings. */
export function isBoldMarked(text: string): boolean {
  const t = text.trim();
  return /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*$/.test(t) || /^<strong>[\s\S]*<\/strong>$/i.test(t);
}

/** Joins two pieces of one cell broken over lines; a word broken with a hyphen is rejoined. */
export function joinBroken(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/[а-яёa-z]-$/i.test(a) && /^[а-яёa-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** Text looks like a separator row of a Markdown table or a drawing of a rule: «--», «----», «===». */
export function isRuleText(text: string): boolean {
  return /^[-–—=_|:+\s]+$/.test(text) && /[-–—=_]{2,}/.test(text);
}

/**
 * Binary data read as text: many control characters or replacement characters. A Word or PDF file
 * opened as text looks like this; the curator needs to export it as text first.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length > 0.05;
}

/** Starts with a lower-case letter: in these documents, a piece of the previous row's text. */
export function startsLowerCase(text: string): boolean {
  return /^[«"(]?[а-яёa-z]/.test(text);
}

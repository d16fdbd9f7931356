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

const NOISE_CHARS = /[<&*_\u200b-\u200d\ufeff\u00ad]/;

/**
 * Removes tags (<p>, <b>, <br>…), Markdown bold/italic markers, entities and zero-width characters,
 * and collapses whitespace. The words themselves are never changed.
 */
export function cleanText(text: string): string {
  // Most cells hold no markup at all: only their whitespace needs tidying.
  if (!NOISE_CHARS.test(text)) return text.replace(/[\s\u00a0]+/g, ' ').trim();
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
  return (
    /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*$/.test(t) || /^<strong>[\s\S]*<\/strong>$/i.test(t)
  );
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

/**
 * «1) Сбор запросов. 2) Формирование банка» → ['Сбор запросов.', 'Формирование банка'] when the text
 * begins with «1)» and goes on with 2), 3)… in order; null otherwise (a lone «2)» inside a sentence is text).
 */
export function splitNumbered(text: string): string[] | null {
  if (!/^1\)\s/.test(text)) return null;
  const cuts: { start: number; body: number }[] = [{ start: 0, body: 3 }];
  let expected = 2;
  for (const m of text.matchAll(/\s(\d{1,2})\)\s/g)) {
    if (Number(m[1]) !== expected) continue;
    cuts.push({ start: m.index, body: m.index + m[0].length });
    expected++;
  }
  if (cuts.length < 2) return null;
  return cuts
    .map((c, i) => text.slice(c.body, cuts[i + 1]?.start ?? text.length).trim())
    .filter((p) => p !== '');
}

/**
 * A phrase printed twice in a row by an export (a running page header followed by the title):
 * «ДОРОЖНАЯ КАРТА ДОРОЖНАЯ КАРТА на 2022-2023…» → «ДОРОЖНАЯ КАРТА на 2022-2023…». Only runs of two
 * words or more, so a doubled single word stays as written. For titles only; table text is kept as is.
 */
export function dropRepeatedPhrase(text: string): string {
  return text.replace(/(^|\s)((?:\S+\s+){1,6}?\S+)\s+\2(?=\s|$)/giu, '$1$2');
}

/** A page number or a lone digit line from a PDF: «2», «- 3 -». */
export function isPageNumber(text: string): boolean {
  return /^[-–—\s]*\d{1,3}[-–—\s]*$/.test(text);
}

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
 *
 * Linear in the length of the text: a long text is cleaned in pieces of about 16,000 characters. V8's global
 * `replace` slows down more than linearly when one string of 100,000+ characters has hundreds of thousands of
 * matches («<p <p <p …», «1. 1. 1. …»: 100 K in 3 ms, 1 M in 180 ms); pieces keep every replace small.
 */
export function cleanText(text: string): string {
  if (text.length <= 2 * PIECE) return cleanPiece(text).trim();
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end =
      text.length - start <= 2 * PIECE ? text.length : cutAt(text, start + PIECE, start + 2 * PIECE);
    let part = cleanPiece(text.slice(start, end));
    // Each piece's whitespace is collapsed; the joint between two pieces must not double it.
    const prev = parts[parts.length - 1];
    if (prev?.endsWith(' ') && part.startsWith(' ')) part = part.slice(1);
    if (part) parts.push(part);
    start = end;
  }
  return parts.join('').trim();
}

const PIECE = 16_384;

/**
 * Where to cut a long text between `from` and `to`: before the last «<» (no tag, entity or «**» spans it, as
 * a tag never holds a «<»), else at the last whitespace (no entity or «**» holds one), else at `to` moved back
 * past an unfinished entity or marker. A tag longer than a piece (16,000 characters of attributes) is cut:
 * no document has one.
 */
function cutAt(text: string, from: number, to: number): number {
  let space = -1;
  for (let i = to - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) return i;
    if (space < 0 && (c === 32 || (c >= 9 && c <= 13) || c === 0xa0)) space = i;
  }
  if (space > 0) return space;
  let cut = to;
  for (let i = to - 1; i > to - 12; i--) if (text[i] === '&') cut = i;
  while (cut > from && (text[cut - 1] === '*' || text[cut - 1] === '_')) cut--;
  // A piece of nothing but markers: cut anyway, the text must move on.
  return cut > from ? cut : to;
}

/** cleanText of one piece, without the final trim. */
function cleanPiece(text: string): string {
  // Most cells hold no markup at all: only their whitespace needs tidying.
  if (!NOISE_CHARS.test(text)) return text.replace(/[\s\u00a0]+/g, ' ');
  // A tag ends at the first «>» before the next «<»: «[^>]*» would scan to the end of the text from every
  // «<» of «<p <p <p …» that never closes (quadratic); «[^<>]*» stops at the next «<», so each character is
  // scanned once. Entities are at most 10 letters or 7 digits for the same reason.
  return text
    .replace(/<\/?(?:p|br|div|li|tr|td|th)\b[^<>]*>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi, '')
    .replace(/&(#\d{1,7}|[a-z]{1,10});/gi, (m, name: string) => {
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    })
    .replace(/\*\*|__/g, '')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** A cell or line wrapped in bold markup: `<b>…</b>`, `**…**`. Such rows are section headings. */
export function isBoldMarked(text: string): boolean {
  const t = text.trim();
  return (
    /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*$/.test(t) || /^<strong>[\s\S]*<\/strong>$/i.test(t)
  );
}

/**
 * Joins two pieces of one cell broken over lines; a word broken with a hyphen is rejoined. `aTail`, the last
 * two characters of `a`, may be given by a caller that keeps it (see appendBroken).
 */
export function joinBroken(a: string, b: string, aTail?: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/^[а-яёa-z]-$/i.test(aTail ?? a.slice(-2)) && /^[а-яёa-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

const HYPHEN_END = /^[а-яёa-z]-$/i;
const LOWER_START = /^[а-яёa-z]/;

/**
 * Per text grown by appendBroken: the string it was left as, its last two characters, and (when it ends with a
 * hyphen) the same text without that hyphen, built from the pieces, for the next piece to rejoin the word.
 */
const GROWN = new WeakMap<object, Map<string, { of: string; tail: string; cut: string | null }>>();

/**
 * `target[field] = joinBroken(target[field], text)` for a text that grows piece by piece (a cell continued
 * over thousands of rows). Joined strings are ropes in V8, and reading even the last character of one, or
 * slicing off its hyphen, copies it whole: joinBroken's look at the end made such growth quadratic. Here the
 * end is remembered instead of read.
 */
export function appendBroken<K extends string>(target: Record<K, string>, field: K, text: string): void {
  let grown = GROWN.get(target);
  if (!grown) {
    grown = new Map();
    GROWN.set(target, grown);
  }
  const current = target[field];
  const known = grown.get(field);
  // The same string object as last time: compared by identity, never by content.
  const same = known !== undefined && known.of === current;
  const tail = same ? known.tail : current.slice(-2);
  const rejoin = current !== '' && HYPHEN_END.test(tail) && LOWER_START.test(text);
  const base = rejoin ? ((same ? known.cut : null) ?? current.slice(0, -1)) : current;
  const join = (piece: string) => (current === '' ? piece : rejoin ? base + piece : `${current} ${piece}`);
  if (text === '') return;
  const joined = join(text);
  target[field] = joined;
  grown.set(field, {
    of: joined,
    tail: joinBroken(tail, text).slice(-2),
    cut: HYPHEN_END.test(text.slice(-2)) ? join(text.slice(0, -1)) : null,
  });
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
  // In pieces cut at whitespace, as cleanText is (a repeat across a cut, 16,000 characters into a title, stays).
  if (text.length <= 2 * PIECE) return dropInPiece(text);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    while (end < text.length && end < start + 2 * PIECE && !/\s/.test(text[end]!)) end++;
    parts.push(dropInPiece(text.slice(start, end)));
    start = end;
  }
  return parts.join('');
}

function dropInPiece(text: string): string {
  return text.replace(/(^|\s)((?:\S+\s+){1,6}?\S+)\s+\2(?=\s|$)/giu, '$1$2');
}

/** A page number or a lone digit line from a PDF: «2», «- 3 -». */
export function isPageNumber(text: string): boolean {
  return /^[-–—\s]*\d{1,3}[-–—\s]*$/.test(text);
}

import { type Period, parsePeriod } from './period';
import { cleanText, dropRepeatedPhrase } from './text';

/** Title and period from the lines before the table. The title is the first bold block, else the first line. */
export function readPreamble(lines: readonly string[]): {
  title: string;
  preamble: string[];
  period: Period | null;
} {
  const text = lines.join('\n');
  const bold = firstBold(text);
  let title = '';
  let rest = lines.map((l) => cleanText(l)).filter((l) => l.length > 0);
  if (bold) {
    title = dropRepeatedPhrase(cleanText(bold.inner));
    const after = text.slice(0, bold.index) + text.slice(bold.end);
    rest = after
      .split('\n')
      .map((l) => cleanText(l))
      .filter((l) => l.length > 0);
  } else if (rest.length > 0) {
    // No bold: the title starts at «Дорожная карта» / «План» and runs to the line naming the period (4 lines at most).
    const from = Math.max(
      0,
      rest.findIndex((l) => /дорожн|план/i.test(l)),
    );
    let to = from;
    for (let j = from; j < Math.min(rest.length, from + 4); j++) {
      if (parsePeriod(rest[j]!)) {
        to = j;
        break;
      }
    }
    title = dropRepeatedPhrase(rest.slice(from, to + 1).join(' '));
    rest = rest.filter((_, j) => j < from || j > to);
  }
  // The period is read from the title; a preamble line «на 2023-2024 учебный год» also counts, an order number does not.
  let period = parsePeriod(title);
  if (!period) {
    for (const l of rest) {
      if (/учебн|на\s+\d{4}/i.test(l)) period = parsePeriod(l);
      if (period) break;
    }
  }
  return { title, preamble: rest, period };
}

/**
 * The first bold block, «**…**» or «<b>…</b>» (at least one character inside), as the regex
 * /\*\*([\s\S]+?)\*\*|<b>([\s\S]+?)<\/b>/i would find it, but by index search: that regex rescans the rest of
 * the text from every «<b>» that never closes, which is quadratic on a document of «<b><b><b>…».
 */
function firstBold(text: string): { index: number; end: number; inner: string } | null {
  const found: { index: number; end: number; inner: string }[] = [];
  // «**»: the earliest opening that has a closing «**» at least one character after it.
  const open = text.indexOf('**');
  if (open >= 0) {
    const close = text.indexOf('**', open + 3);
    if (close >= 0) found.push({ index: open, end: close + 2, inner: text.slice(open + 2, close) });
  }
  const lower = text.toLowerCase();
  const b = lower.indexOf('<b>');
  if (b >= 0) {
    const close = lower.indexOf('</b>', b + 4);
    if (close >= 0) found.push({ index: b, end: close + 4, inner: text.slice(b + 3, close) });
  }
  if (found.length === 0) return null;
  return found.reduce((x, y) => (y.index < x.index ? y : x));
}

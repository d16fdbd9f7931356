/** The title and period of a roadmap from the lines before its table. */
import { type Period, parsePeriod } from './period';
import { cleanText, dropRepeatedPhrase } from './text';

/** Title and period from the lines before the table. The title is the first bold block, else the first line. */
export function readPreamble(lines: readonly string[]): {
  title: string;
  preamble: string[];
  period: Period | null;
} {
  const text = lines.join('\n');
  const bold = titleBlock(text);
  let title = '';
  let rest = lines.map((l) => cleanText(l)).filter((l) => l.length > 0);
  if (bold) {
    title = dropRepeatedPhrase(cleanText(bold.inner));
    const after = text.slice(0, bold.from) + text.slice(bold.to);
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
 * The bold block that is the title: the first one naming a roadmap or plan («Дорожная карта…», «План
 * мероприятий…»), else the first one. A Word document's letterhead and «П Р И К А З» are bold too.
 * Blocks are «**…**» or «<b>…</b>», found with indexOf: linear in the text however many markers it has.
 */
function titleBlock(text: string): { inner: string; from: number; to: number } | null {
  let first: { inner: string; from: number; to: number } | null = null;
  const lower = text.toLowerCase();
  for (const [open, close] of [
    ['**', '**'],
    ['<b>', '</b>'],
  ] as const) {
    let at = lower.indexOf(open);
    while (at >= 0) {
      const end = lower.indexOf(close, at + open.length);
      if (end < 0) break;
      const block = { inner: text.slice(at + open.length, end), from: at, to: end + close.length };
      if (block.inner.trim() !== '') {
        if (/дорожн|план/i.test(block.inner)) return block;
        if (!first || block.from < first.from) first = block;
      }
      at = lower.indexOf(open, end + close.length);
    }
  }
  return first;
}

import { type Period, parsePeriod } from './period';
import { cleanText, dropRepeatedPhrase } from './text';

/** Title and period from the lines before the table. The title is the first bold block, else the first line. */
export function readPreamble(lines: readonly string[]): {
  title: string;
  preamble: string[];
  period: Period | null;
} {
  const text = lines.join('\n');
  const bold = /\*\*([\s\S]+?)\*\*|<b>([\s\S]+?)<\/b>/i.exec(text);
  let title = '';
  let rest = lines.map((l) => cleanText(l)).filter((l) => l.length > 0);
  if (bold) {
    title = dropRepeatedPhrase(cleanText(bold[1] ?? bold[2] ?? ''));
    const after = text.slice(0, bold.index) + text.slice(bold.index + bold[0].length);
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

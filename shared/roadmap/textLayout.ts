/** A roadmap copied from a PDF (no tabs) into stages and activities, with the deadline that ends each. */

import { MONTH_WORD } from '../text';
import type { ColumnField } from './columns';
import { parseDeadline } from './deadline';
import type { Draft } from './draft';
import { academicYear } from './period';
import { KNOWN_STAGE_NAMES } from './stages';
import { appendBroken, cleanText, isBoldMarked, isPageNumber } from './text';

/*
 * Text copied from a PDF: no tabs. A stage's number and name begin a line, its content follows over
 * many lines, and (when the table had one) the deadline ends it. The number sequence tells stages from
 * other lines that begin with a number; known stage names tell the name from the content.
 */

export interface TextLayout {
  preamble: string[];
  drafts: Draft[];
  columns: (ColumnField | null)[];
  hasDeadlineColumn: boolean;
  /** Lines of items whose stage name could not be told from the content. */
  unsplit: number[];
}

/** «1. Подготовка…», «3 Формирование…», or «2.» alone on its line with the name on the next one. */
const ITEM_START = /^\s*(\d{1,4})(?:\.\s*|\s+)(?!\d)(\S.*)?$/;
const MONTH_START = new RegExp(`^${MONTH_WORD}`, 'i');
const HEADER_LINE = /(наименование этапа|содержание деятельности|мероприяти[яе]|этап[ыа]?\s)/i;
/** Words a deadline cell begins with. */
const DEADLINE_START = new RegExp(
  `^(?:${MONTH_WORD}|(?:до|в|с|не|по|после|весь|ежегодно|ежемесячно|постоянно)(?![а-яё])|\\d)`,
  'i',
);
const ANY_PERIOD = academicYear(2000);

export function readTextItems(lines: readonly string[]): TextLayout {
  let headerLine = -1;
  let firstItem = -1;
  let last = 0;
  const starts: { line: number; number: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const clean = cleanText(line);
    if (firstItem < 0 && headerLine < 0 && HEADER_LINE.test(clean) && /^(№|n\b|no\b)/i.test(clean)) {
      headerLine = i;
      continue;
    }
    const m = ITEM_START.exec(clean);
    if (!m) continue;
    const n = Number(m[1]);
    const rest = m[2] ?? '';
    if (MONTH_START.test(rest)) continue; // «10 ноября …» is a date, not stage 10
    if (last === 0 ? n > 3 || n < 1 : n <= last || n > last + 3) continue;
    if (firstItem < 0) firstItem = i;
    starts.push({ line: i, number: n, text: rest });
    last = n;
  }
  const preambleEnd = headerLine >= 0 ? headerLine : firstItem >= 0 ? firstItem : lines.length;
  const preamble = lines.slice(0, preambleEnd) as string[];
  const header = headerLine >= 0 ? cleanText(lines[headerLine]!) : '';
  const headerHasDeadline = /срок/i.test(header);
  const columns: (ColumnField | null)[] = ['stageNumber', 'stage', 'activity'];

  const drafts: Draft[] = [];
  const unsplit: number[] = [];
  let section = '';
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]!.line : lines.length;
    // The body grows line by line: appendBroken keeps its end so the joined text is never re-read.
    const acc = { body: s.text };
    let nextSection = '';
    for (let i = s.line + 1; i < end; i++) {
      const raw = lines[i]!;
      if (raw.trim() === '' || isPageNumber(raw)) continue;
      // The table header repeated at the top of a new page.
      if (headerLine >= 0 && cleanText(raw) === header) continue;
      if (isBoldMarked(raw)) {
        // A section heading between stages belongs to the stages after it.
        nextSection = cleanText(raw);
        continue;
      }
      appendBroken(acc, 'body', cleanText(raw));
    }
    const split = splitStage(acc.body);
    if (!split.found) unsplit.push(s.line + 1);
    drafts.push({
      section,
      stageNumber: String(s.number),
      stage: split.stage,
      activity: split.rest,
      content: '',
      deadlineText: '',
      responsible: '',
      sourceRow: s.line + 1,
    });
    if (nextSection) section = nextSection;
  }

  // Deadlines end the body when the header names «Сроки»; without a header, only if most stages end with one.
  let hasDeadlineColumn = headerHasDeadline;
  if (headerHasDeadline || headerLine < 0) {
    const found = drafts.map((d) => trailingDeadline(d.activity));
    const hits = found.filter((f) => f !== null).length;
    if (headerHasDeadline || (drafts.length > 0 && hits >= Math.ceil(drafts.length / 2))) {
      hasDeadlineColumn = true;
      drafts.forEach((d, i) => {
        const f = found[i];
        if (f) {
          d.activity = f.before;
          d.deadlineText = f.deadline;
        }
      });
    }
  }
  if (hasDeadlineColumn) columns.push('deadlineText');
  return { preamble, drafts, columns, hasDeadlineColumn, unsplit };
}

function normWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^[«"(]+|[»"),.:;]+$/g, '');
}

const KNOWN_WORDS = KNOWN_STAGE_NAMES.map((n) =>
  n
    .replace(/\s*\/\s*/g, '/')
    .split(' ')
    .map(normWord),
);

/** Stage name and the rest: a known name, else the text before «1)», else the name repeated by the content. */
export function splitStage(body: string): { stage: string; rest: string; found: boolean } {
  const words = body.replace(/\s*\/\s*/g, '/').split(' ');
  const norm = words.map(normWord);
  for (const known of KNOWN_WORDS) {
    if (known.length <= norm.length && known.every((w, i) => norm[i] === w)) {
      return {
        stage: words
          .slice(0, known.length)
          .join(' ')
          .replace(/[,:;]$/, ''),
        rest: words.slice(known.length).join(' '),
        found: true,
      };
    }
  }
  const enumerated = /\s1\)\s/.exec(body);
  if (enumerated) {
    return {
      stage: body.slice(0, enumerated.index).trim(),
      rest: body.slice(enumerated.index + 1).trim(),
      found: true,
    };
  }
  // «Сбор информации о … Сбор информации о …»: the content begins by repeating the name's first words.
  if (norm.length >= 6) {
    const lead = norm.slice(0, 3).join(' ');
    for (let i = 3; i + 3 <= norm.length; i++) {
      if (norm.slice(i, i + 3).join(' ') === lead && /^[А-ЯЁ]/.test(words[i]!)) {
        return { stage: words.slice(0, i).join(' '), rest: words.slice(i).join(' '), found: true };
      }
    }
  }
  return { stage: '', rest: body, found: false };
}

/** The longest tail of the text (up to 14 words) that begins with a capital or digit and reads as a deadline. */
export function trailingDeadline(text: string): { before: string; deadline: string } | null {
  const words = text.split(' ');
  let best: { before: string; deadline: string } | null = null;
  for (let k = 1; k <= Math.min(14, words.length - 1); k++) {
    const tail = words.slice(words.length - k).join(' ');
    if (!/^[А-ЯЁ0-9]/.test(tail) || !DEADLINE_START.test(tail)) continue;
    const d = parseDeadline(tail, ANY_PERIOD);
    if (d.kind === 'none') continue;
    best = { before: words.slice(0, words.length - k).join(' '), deadline: tail };
  }
  return best;
}

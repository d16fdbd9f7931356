/** Reading a roadmap's «Сроки» cell into a deadline: dates, ranges, months, recurrence, relative deadlines, «в течение года». */
import { type Deadline, isRealDate, type Recurrence } from '../model';
import { MONTH_WORD as ANY_MONTH, monthNumber } from '../text';
import {
  academicYear,
  fullYear,
  isoDate,
  monthEnd,
  monthStart,
  type Period,
  toPeriod,
  yearOfMonth,
} from './period';
import { REASONS } from './strings';
import { cleanText } from './text';

/*
 * Reads the «Сроки» cell of a roadmap. The order of the rules matters: a recurrence word wins over
 * «в течение года» («В течение года Сентябрь ежегодно» is a yearly September), dates win over months,
 * months over «в течение года», and what is left is "none" with a reason — never a guess.
 */

/** A month word as a capturing group (its number: monthNumber, shared/text's one list of months). */
const MONTH_WORD = `(${ANY_MONTH})`;

type Token =
  | { t: 'date'; d: number; m: number; y: number | null; text: string }
  | { t: 'day'; d: number }
  | { t: 'month'; m: number; y: number | null }
  | { t: 'year'; y: number }
  | { t: 'to' }
  | { t: 'by' }
  | { t: 'and' }
  | { t: 'word'; w: string };

const TOKEN_RE = new RegExp(
  [
    /(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])/.source, // 1-3: 10.11.2022, 10.11
    `(\\d{1,2})\\s*${MONTH_WORD}(?:\\s*(\\d{4}))?`, // 4-6: 1 декабря 2022
    `${MONTH_WORD}(?:\\s*(\\d{4}))?`, // 7-8: декабрь 2022
    /(\d{4})/.source, // 9: 2023
    /(\d{1,2})/.source, // 10: a day before a dash: «1-15 сентября»
    /(-|по(?![а-я]))/.source, // 11
    /(до|не позднее|не позже)(?![а-я])/.source, // 12
    /(,|;|и(?![а-я])|\/)/.source, // 13
    /([а-я]+)/.source, // 14
  ].join('|'),
  'g',
);

function tokenize(s: string, period: Period | null): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) {
      out.push({
        t: 'date',
        d: Number(m[1]),
        m: Number(m[2]),
        y: m[3] ? fullYear(Number(m[3]), period?.startYear) : null,
        text: m[0],
      });
    } else if (m[4] !== undefined) {
      out.push({
        t: 'date',
        d: Number(m[4]),
        m: monthNumber(m[5]!),
        y: m[6] ? Number(m[6]) : null,
        text: m[0],
      });
    } else if (m[7] !== undefined) {
      out.push({ t: 'month', m: monthNumber(m[7]), y: m[8] ? Number(m[8]) : null });
    } else if (m[9] !== undefined) {
      const y = Number(m[9]);
      // Four digits that are no plausible year («0220» from «1.022023») are not a year.
      out.push(plausibleYear(y) ? { t: 'year', y } : { t: 'word', w: m[9] });
    } else if (m[10] !== undefined) out.push({ t: 'day', d: Number(m[10]) });
    else if (m[11] !== undefined) out.push({ t: 'to' });
    else if (m[12] !== undefined) out.push({ t: 'by' });
    else if (m[13] !== undefined) out.push({ t: 'and' });
    else if (m[14] !== undefined) out.push({ t: 'word', w: m[14] });
  }
  return out;
}

const GLUED_MONTHS = new RegExp(`${MONTH_WORD}(?=${MONTH_WORD})`, 'g');

/** Lower case, one kind of dash, the lost dash of «Январьапрель» restored, «г.» / «года» after years dropped. */
function prepare(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(GLUED_MONTHS, '$1 - ')
    .replace(/(\d)\s*(?:гг?\.?|года|году|год)(?![а-я])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const RELATIVE_RE =
  /(?:^|\s)(?:после|по итогам|по окончании|по завершении|по результатам|по факту|с момента|со дня)\s+(.+)$/i;
/** «в течение месяца», «в течение 2 недель», «через 10 дней» before «после …»: the length of a relative deadline. */
const LAG_RE =
  /(?:в течение|через|не позднее|не позже)\s(?:(\d{1,3})\s|(одного|одной|двух|трех|четырех|пяти|шести|семи|десяти|четырнадцати|тридцати)\s)?(?:рабочих\s|календарных\s)?(дн|день|недел|месяц)/;
const NUMBER_WORDS: Record<string, number> = {
  одного: 1,
  одной: 1,
  двух: 2,
  трех: 3,
  четырех: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  десяти: 10,
  четырнадцати: 14,
  тридцати: 30,
};
const EXTERNAL_RE =
  /(по план|по график|в соответствии|согласно|по согласованию|по запросу|по срокам|по приказу|по положению)/;
const AS_NEEDED_RE = /(по мере|по необходимости|при необходимости|при наличии)/;
const PERIOD_RE =
  /(в течение \d{4}|в течение (всего |целого )?(учебного |уч\. ?|календарного |отчетного )?(года|периода)|в течение всего|весь период|весь год|постоянно|систематически|круглогодично|на протяжении (всего )?(учебного |уч\. ?)?года|в течение реализации|в течение срока)/;
const BY_END_RE = /до (конца|окончания|завершения) (учебного |уч\. ?|календарного |текущего )?года/;
/**
 * «В конце программы», «по окончании программы», «в конце учебного года»: at the end of the period the
 * deadline is read with (a school's roadmap: its year; a pair's plan: the pair's programme, see shared/year).
 * «После окончания программы» is not this: it starts after the end, and stays relative.
 */
const PERIOD_END_RE =
  /(?:^|\s)(?:в конце|к концу|до конца|по окончании|до окончания|к окончанию|по завершении|до завершения|к завершению)\s(?:(?:реализации|срока)\s)?(?:(?:персонализированной|индивидуальной)\s)?(?:программы|(?:учебного\s|уч\.\s?)?года)(?![а-я])/;
const ACADEMIC_WORD_RE = /учебн|(?:^|[^а-я])уч\./;
/**
 * Two years joined by a dash or a slash: «2023-2024», «2023/2024», «2023-24» (after prepare, «2023–2024 гг.» is
 * «2023-2024»). Not a piece of a date: «10.11.2022 - 20.12.2022» has a dot on both sides.
 */
const YEAR_PAIR_RE = /(?<![\d.])(\d{4}) ?[-/] ?(\d{4}|\d{2})(?!\.?\d)/;
/** Words that may stand around an academic year with nothing else: «2023/2024 уч. год», «на 2023-2024 гг.». */
const YEAR_FILLER = /^(?:на|в|течение|уч|учебн[а-я]*|год[а-я]*|гг?)$/;
const WEEKLY_RE = /еженедел|ежедневн|раз в неделю/;
/** Every quarter; a school term («четверть») is read as a quarter too. Bounded repeats keep the scan linear. */
const QUARTERLY_RE =
  /ежекварт|раз в квартал|кажд[а-я]{0,3} квартал|раз в четверть|кажд[а-я]{0,3} четверт|по четвертям|ежечетверт/;
const MONTHLY_RE = /ежемесячн|кажд[а-я]{0,3} месяц|раз в месяц/;
const MONTH_DAY_RE = /(?:^| )до (\d{1,2})(?:-?г?о)? числа/;
const YEARLY_RE = /ежегодн|каждый год|раз в год/;
/** «IV квартал 2022», «II квартал», «1-й квартал», «I-II квартал»: roman numerals are Latin letters after lower-casing. */
const QUARTER_RE =
  /(?<![a-zа-я\d])(iv|iii|ii|i|[1-4])(?:-?(?:й|ый|ой|го))? ?(?:- ?(iv|iii|ii|i|[1-4])(?:-?(?:й|ый|ой|го))? ?)?квартал/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Parts {
  kind: Deadline['kind'];
  start?: string | null;
  end?: string | null;
  recurrence?: Recurrence | null;
  dependsOn?: string | null;
  after?: Deadline['after'];
  reason?: string | null;
}

/**
 * The deadline text and the document's period (a Period, or text such as «2023-2024» or «2023»)
 * → a structured deadline. What cannot be read is kind "none" with a Russian reason.
 * Linear in the length of the text: every pattern below has bounded repeats, and the points of a
 * span are filled in one pass each way (a 50,000-character cell is read in milliseconds).
 */
export function parseDeadline(text: string, context?: Period | string | null): Deadline {
  const raw = String(text ?? '');
  const period = toPeriod(context ?? null);
  // A date typed into a deadline cell is turned into a date cell by Sheets, which the row codec reads back as
  // ISO «ГГГГ-ММ-ДД» (cells.ts): that is the date itself, not the range «2023-10» a curator would mean by a dash.
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(raw);
  const parts =
    iso && isRealDate(`${iso[1]}-${iso[2]}-${iso[3]}`)
      ? {
          kind: 'date' as const,
          start: `${iso[1]}-${iso[2]}-${iso[3]}`,
          end: `${iso[1]}-${iso[2]}-${iso[3]}`,
        }
      : read(raw, period);
  return {
    kind: parts.kind,
    start: parts.start ?? null,
    end: parts.end ?? null,
    recurrence: parts.recurrence ?? null,
    dependsOn: parts.dependsOn ?? null,
    after: parts.after ?? null,
    raw,
    reason: parts.reason ?? null,
  };
}

function plausibleYear(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

function none(reason: string): Parts {
  return { kind: 'none', reason };
}

/**
 * Two years written in the cell. Consecutive years are an academic year, however written («2023-2024
 * учебного года», «2023/2024», «2023–2024 гг.»): in a school document two consecutive years name a school
 * year, never two whole calendar years. Years further apart are a span of years: academic years from
 * 1 September when the text says «учебн…», calendar years otherwise. A second year before the first is null.
 */
function yearSpan(first: number, second: string, academic: boolean): Period | null {
  const y1 = first;
  const y2 = second.length === 2 ? Math.floor(y1 / 100) * 100 + Number(second) : Number(second);
  if (!plausibleYear(y1) || !plausibleYear(y2) || y2 <= y1) return null;
  if (y2 === y1 + 1) return academicYear(y1);
  const label = `${y1}-${y2}`;
  return academic
    ? { kind: 'academic', startYear: y1, endYear: y2, start: `${y1}-09-01`, end: `${y2}-08-31`, label }
    : { kind: 'calendar', startYear: y1, endYear: y2, start: `${y1}-01-01`, end: `${y2}-12-31`, label };
}

function read(raw: string, documentPeriod: Period | null): Parts {
  const clean = cleanText(raw);
  const shown = clean || raw.trim();
  if (!clean) return none(REASONS.empty);
  // The longest deadlines of real roadmaps are relative ones of about 100 characters; a «Сроки» cell of
  // thousands is prose put in the wrong column (or a paste gone wrong), and is not read word by word.
  if (clean.length > MAX_LENGTH) return none(REASONS.tooLong(clean.length));
  let s = prepare(clean);
  // Years named in the cell are the period of what it says: «Сентябрь 2023/2024 уч. года» is September 2023.
  let period = documentPeriod;
  let named: Period | null = null;
  const pair = YEAR_PAIR_RE.exec(s);
  if (pair) {
    named = yearSpan(Number(pair[1]), pair[2]!, ACADEMIC_WORD_RE.test(s));
    if (!named) return none(REASONS.endBeforeStart(shown));
    period = named;
    s = `${s.slice(0, pair.index)} ${s.slice(pair.index + pair[0].length)}`.trim();
  }
  const tokens = tokenize(s, period);
  const dated = tokens.filter((t) => t.t === 'date' || t.t === 'month');

  if (WEEKLY_RE.test(s)) return none(REASONS.weekly(shown));
  if (QUARTERLY_RE.test(s)) return every({ every: 'quarter', months: [] }, period);
  if (MONTHLY_RE.test(s)) {
    const day = MONTH_DAY_RE.exec(s);
    const d = day ? Number(day[1]) : 0;
    if (day && (d < 1 || d > 31)) return none(REASONS.unrecognized(shown));
    return every(d ? { every: 'month', months: [], day: d } : { every: 'month', months: [] }, period);
  }
  if (YEARLY_RE.test(s)) return yearly(tokens, period);

  if (dated.length === 0 && PERIOD_END_RE.test(s)) {
    if (!period) return none(REASONS.noPeriod(shown));
    return { kind: 'by', end: period.end };
  }
  if (dated.length === 0) {
    const rel = RELATIVE_RE.exec(clean);
    if (rel) {
      const dependsOn = rel[1]!.replace(/[.;,]+$/, '').trim();
      return { kind: 'relative', dependsOn, after: lag(s), reason: REASONS.relative(dependsOn) };
    }
  }
  if (BY_END_RE.test(s)) {
    if (!period) return none(REASONS.noPeriod(shown));
    return { kind: 'by', end: period.end };
  }
  const quarter = QUARTER_RE.exec(s);
  if (quarter) return quarterSpan(quarter, s, tokens, period, shown);
  if (dated.length > 0) return readDated(tokens, period, shown);
  if (PERIOD_RE.test(s)) {
    const year = tokens.find((t) => t.t === 'year');
    if (year && year.t === 'year') {
      // «в течение 2023 учебного года» is the school year from September 2023, as «на 2023 учебный год» is.
      const p = ACADEMIC_WORD_RE.test(s) ? academicYear(year.y) : null;
      return { kind: 'period', start: p?.start ?? `${year.y}-01-01`, end: p?.end ?? `${year.y}-12-31` };
    }
    if (!period) return { kind: 'period' };
    return { kind: 'period', start: period.start, end: period.end };
  }
  if (AS_NEEDED_RE.test(s)) return none(REASONS.asNeeded(shown));
  if (EXTERNAL_RE.test(s)) return none(REASONS.external(shown));
  const words = tokens.filter((t) => t.t !== 'and');
  if (named && words.every((t) => t.t === 'word' && YEAR_FILLER.test(t.w))) {
    return { kind: 'period', start: named.start, end: named.end };
  }
  if (words.length === 1 && words[0]!.t === 'year') {
    const y = words[0]!.y;
    return { kind: 'period', start: `${y}-01-01`, end: `${y}-12-31` };
  }
  return none(REASONS.unrecognized(shown));
}

/** A recurrence with no month of its own («Ежемесячно», «Ежеквартально»): its window is the whole period. */
function every(recurrence: Recurrence, period: Period | null): Parts {
  return { kind: 'recurring', recurrence, start: period?.start ?? null, end: period?.end ?? null };
}

/** «в течение месяца после …» → 1 month; «в течение 10 дней после …» → 10 days; no length → null. */
function lag(s: string): Deadline['after'] {
  const m = LAG_RE.exec(s);
  if (!m) return null;
  const count = m[1] ? Number(m[1]) : m[2] ? NUMBER_WORDS[m[2]]! : 1;
  if (count < 1) return null;
  const unit = m[3] === 'недел' ? 'week' : m[3] === 'месяц' ? 'month' : 'day';
  return { count, unit };
}

/**
 * «IV квартал 2022» → October–December 2022; «II квартал» takes the year of April from the period;
 * «до конца II квартала» is «by» its last day. Quarters are calendar quarters, as in every plan of work.
 */
function quarterSpan(
  m: RegExpExecArray,
  s: string,
  tokens: Token[],
  period: Period | null,
  shown: string,
): Parts {
  // «II квартал, IV квартал» is two deadlines, not a span.
  if (s.includes('квартал', m.index + m[0].length)) return none(REASONS.unrecognized(shown));
  const q1 = QUARTERS[m[1]!]!;
  const q2 = m[2] ? QUARTERS[m[2]]! : q1;
  if (q2 < q1) return none(REASONS.endBeforeStart(shown));
  const first = (q1 - 1) * 3 + 1;
  const last = q2 * 3;
  const years = tokens.filter((t) => t.t === 'year');
  if (years.length > 1) return none(REASONS.unrecognized(shown));
  const y = years[0]?.t === 'year' ? years[0].y : period ? yearOfMonth(period, first) : null;
  if (y === null) return none(REASONS.noYear(shown));
  const end = monthEnd(y, last);
  const before = s.slice(0, m.index);
  if (/(?:^| )до (?:конца|окончания|завершения) ?$/.test(before)) return { kind: 'by', end };
  // «до IV квартала»: before its first day or its last? Not guessed.
  if (/(?:^| )(?:до|не позднее|не позже) ?$/.test(before)) return none(REASONS.unrecognized(shown));
  return { kind: 'month', start: monthStart(y, first), end };
}

/**
 * «Июнь ежегодно», «Ноябрь, апрель ежегодно», «Ежегодно». The window is the named months inside the period:
 * from the first day of the earliest to the last day of the latest (November 2023 – April 2024 in 2023-2024).
 */
function yearly(tokens: Token[], period: Period | null): Parts {
  const months: number[] = [];
  for (const t of tokens) {
    if ((t.t === 'month' || t.t === 'date') && t.m >= 1 && t.m <= 12 && !months.includes(t.m))
      months.push(t.m);
  }
  const recurrence: Recurrence = months.length > 1 ? { every: 'months', months } : { every: 'year', months };
  if (months.length === 0 || !period) return { kind: 'recurring', recurrence };
  let start = '';
  let end = '';
  for (const m of months) {
    const y = yearOfMonth(period, m);
    const s = monthStart(y, m);
    const e = monthEnd(y, m);
    if (!start || s < start) start = s;
    if (!end || e > end) end = e;
  }
  return { kind: 'recurring', recurrence, start, end };
}

const MAX_POINTS = 24;
/** Characters of a «Сроки» cell read at most (see read). */
const MAX_LENGTH = 1000;

type Point = { y: number | null; m: number; d: number | null; text: string };

function readDated(tokens: Token[], period: Period | null, shown: string): Parts {
  // Group into points (a date, a day waiting for its month, a month) and the joints between them.
  const points: Point[] = [];
  const joints: ('to' | 'and')[] = [];
  let by = false;
  for (const t of tokens) {
    if (t.t === 'by' && points.length === 0) by = true;
    else if (t.t === 'date') points.push({ y: t.y, m: t.m, d: t.d, text: t.text });
    else if (t.t === 'month') points.push({ y: t.y, m: t.m, d: null, text: '' });
    // A bare day takes its month from the next point: «1-15 сентября», «с 1 по 15 сентября».
    else if (t.t === 'day' && points.length === joints.length)
      points.push({ y: null, m: 0, d: t.d, text: '' });
    else if (t.t === 'year') {
      const last = points[points.length - 1];
      if (last && last.y === null) last.y = t.y;
    } else if ((t.t === 'to' || t.t === 'and') && points.length > joints.length) joints.push(t.t);
  }
  // Two years of months is the longest list a deadline can hold («Сентябрь, октябрь, … май»); a cell with more
  // dates is no deadline, and stopping here keeps a 50,000-character cell of «1.1.1.» from being filled point by point.
  if (points.length > MAX_POINTS) return none(REASONS.unrecognized(shown));
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.m !== 0) continue;
    const next = points[i + 1];
    if (!next || next.m === 0) return none(REASONS.unrecognized(shown));
    p.m = next.m;
    p.y = next.y;
    p.text = `${p.d}.${p.m}`;
  }
  if (points.length === 0) return none(REASONS.unrecognized(shown));
  const dayPoints = points.filter((p) => p.d !== null);
  if (dayPoints.length > 0 && dayPoints.length < points.length) return none(REASONS.unrecognized(shown));

  const isRange = joints.length > 0 && joints.every((j) => j === 'to');
  const filled = fillYears(points, period, isRange);
  if (!filled) return none(REASONS.noYear(shown));
  if (filled.some((p) => !plausibleYear(p.y))) return none(REASONS.unrecognized(shown));
  for (const p of filled) {
    if (p.d !== null && !isRealDate(isoDate(p.y, p.m, p.d))) {
      return none(REASONS.badDate(p.text || `${p.d}.${p.m}.${p.y}`));
    }
  }
  const first = filled[0]!;
  const last = filled[filled.length - 1]!;

  if (dayPoints.length > 0) {
    if (filled.length === 1) {
      const iso = isoDate(first.y, first.m, first.d!);
      return by ? { kind: 'by', end: iso } : { kind: 'date', start: iso, end: iso };
    }
    if (filled.length === 2 && isRange && !by) {
      const start = isoDate(first.y, first.m, first.d!);
      const end = isoDate(last.y, last.m, last.d!);
      if (end < start) return none(REASONS.endBeforeStart(shown));
      return { kind: 'range', start, end };
    }
    return none(REASONS.severalDates(shown));
  }
  // Months only.
  if (by) {
    // «до декабря» = «до 1 декабря».
    if (filled.length !== 1) return none(REASONS.unrecognized(shown));
    return { kind: 'by', end: monthStart(first.y, first.m) };
  }
  if (filled.length > 2 && isRange) return none(REASONS.unrecognized(shown));
  let start = monthStart(first.y, first.m);
  let end = monthEnd(last.y, last.m);
  for (const p of filled) {
    const s = monthStart(p.y, p.m);
    const e = monthEnd(p.y, p.m);
    if (s < start) start = s;
    if (e > end) end = e;
  }
  if (isRange && monthEnd(last.y, last.m) < monthStart(first.y, first.m)) {
    return none(REASONS.endBeforeStart(shown));
  }
  if (!isRange && filled.length > 1) {
    // «Сентябрь, октябрь» is one span; «Декабрь, май» is two separate deadlines, not December to May.
    const idx = filled.map((p) => p.y * 12 + p.m).sort((a, b) => a - b);
    if (idx.some((v, i) => i > 0 && v - idx[i - 1]! > 1)) return none(REASONS.severalMonths(shown));
  }
  return { kind: 'month', start, end };
}

/**
 * Years for points written without one. An explicit year on a later point carries back (a month after it
 * in the calendar is of the year before: «ноябрь – февраль 2023»), an explicit year on an earlier point
 * carries forward (across New Year when the month is earlier), otherwise the document's period decides;
 * with no period there is no year, and the deadline stays unread.
 */
function fillYears(
  points: Point[],
  period: Period | null,
  isRange: boolean,
): { y: number; m: number; d: number | null; text: string }[] | null {
  const out = points.map((p) => ({ ...p, explicit: p.y !== null }));
  // The nearest explicit point before each point, found in one pass (a cell may hold thousands of months).
  const prevExplicit: (number | null)[] = [];
  let lastExplicit: number | null = null;
  for (let i = 0; i < out.length; i++) {
    prevExplicit.push(lastExplicit);
    if (out[i]!.explicit) lastExplicit = i;
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i]!;
    if (p.y !== null) continue;
    // Every point after this one already has its year: the next one is the only candidate to carry back.
    const next = out[i + 1];
    const prevAt = prevExplicit[i];
    const prev = prevAt === null || prevAt === undefined ? undefined : out[prevAt];
    if (prev && prev.y !== null) p.y = before(prev, p) ? prev.y : prev.y + 1;
    else if (next && next.y !== null && next.explicit) p.y = before(p, next) ? next.y : next.y - 1;
    else if (period) p.y = yearOfMonth(period, p.m);
    else return null;
  }
  // A range read from the period that runs backwards crosses New Year: «ноябрь – февраль» in a calendar year.
  // Only to an earlier month: «15-1 сентября» (the same month backwards) is a slip of the pen, not a range of
  // a year, and is refused as «конец раньше начала» by the caller.
  if (isRange) {
    for (let i = 1; i < out.length; i++) {
      const p = out[i]!;
      const q = out[i - 1]!;
      if (p.explicit || !before(p, q) || same(p, q)) continue;
      if (p.m < q.m) p.y = q.y! + 1;
      else if (p.m > q.m) p.y = q.y!;
    }
  }
  return out.map((p) => ({ y: p.y!, m: p.m, d: p.d, text: p.text }));
}

function before(
  a: { y: number | null; m: number; d: number | null },
  b: { y: number | null; m: number; d: number | null },
): boolean {
  const ya = a.y ?? b.y ?? 0;
  const yb = b.y ?? a.y ?? 0;
  if (ya !== yb) return ya < yb;
  if (a.m !== b.m) return a.m < b.m;
  return (a.d ?? 1) <= (b.d ?? 31);
}

function same(a: { m: number; d: number | null }, b: { m: number; d: number | null }): boolean {
  return a.m === b.m && a.d === b.d;
}

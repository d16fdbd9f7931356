import { type Deadline, isRealDate, type Recurrence } from '../model';
import { fullYear, isoDate, monthEnd, monthStart, type Period, toPeriod, yearOfMonth } from './period';
import { REASONS } from './strings';
import { cleanText } from './text';

/*
 * Reads the «Сроки» cell of a roadmap. The order of the rules matters: a recurrence word wins over
 * «в течение года» («В течение года Сентябрь ежегодно» is a yearly September), dates win over months,
 * months over «в течение года», and what is left is "none" with a reason — never a guess.
 */

const MONTH_WORD =
  '(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  // «ма» is a prefix of «март»: test the longer stems first.
  for (let i = MONTH_STEMS.length - 1; i >= 0; i--) {
    if (i === 4) continue;
    if (w.startsWith(MONTH_STEMS[i]!)) return i + 1;
  }
  return w.startsWith('ма') ? 5 : 0;
}

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

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) {
      out.push({
        t: 'date',
        d: Number(m[1]),
        m: Number(m[2]),
        y: m[3] ? fullYear(Number(m[3])) : null,
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
const EXTERNAL_RE =
  /(по план|по график|в соответствии|согласно|по согласованию|по запросу|по срокам|по приказу|по положению)/;
const AS_NEEDED_RE = /(по мере|по необходимости|при необходимости|при наличии)/;
const PERIOD_RE =
  /(в течение \d{4}|в течение (всего |целого )?(учебного |календарного |отчетного )?(года|периода)|в течение всего|весь период|весь год|постоянно|систематически|круглогодично|на протяжении (всего )?(учебного )?года|в течение реализации|в течение срока)/;
const BY_END_RE = /до (конца|окончания|завершения) (учебного |календарного |текущего )?года/;

interface Parts {
  kind: Deadline['kind'];
  start?: string | null;
  end?: string | null;
  recurrence?: Recurrence | null;
  dependsOn?: string | null;
  reason?: string | null;
}

/**
 * The deadline text and the document's period (a Period, or text such as «2023-2024» or «2023»)
 * → a structured deadline. What cannot be read is kind "none" with a Russian reason.
 */
export function parseDeadline(text: string, context?: Period | string | null): Deadline {
  const raw = String(text ?? '');
  const period = toPeriod(context ?? null);
  const parts = read(raw, period);
  return {
    kind: parts.kind,
    start: parts.start ?? null,
    end: parts.end ?? null,
    recurrence: parts.recurrence ?? null,
    dependsOn: parts.dependsOn ?? null,
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

function read(raw: string, period: Period | null): Parts {
  const clean = cleanText(raw);
  const shown = clean || raw.trim();
  if (!clean) return none(REASONS.empty);
  const s = prepare(clean);
  const tokens = tokenize(s);
  const dated = tokens.filter((t) => t.t === 'date' || t.t === 'month');

  if (/еженедел|ежедневн|раз в неделю/.test(s)) return none(REASONS.weekly(shown));
  if (/ежекварт|раз в квартал/.test(s)) return none(REASONS.quarterly(shown));
  if (/ежемесячн|каждый месяц|раз в месяц/.test(s)) {
    return {
      kind: 'recurring',
      recurrence: { every: 'month', months: [] },
      start: period?.start ?? null,
      end: period?.end ?? null,
    };
  }
  if (/ежегодн|каждый год|раз в год/.test(s)) return yearly(tokens, period);

  if (dated.length === 0) {
    const rel = RELATIVE_RE.exec(clean);
    if (rel) return { kind: 'relative', dependsOn: rel[1]!.replace(/[.;,]+$/, '').trim() };
  }
  if (BY_END_RE.test(s)) {
    if (!period) return none(REASONS.noPeriod(shown));
    return { kind: 'by', end: period.end };
  }
  if (dated.length > 0) return readDated(tokens, period, shown);
  if (PERIOD_RE.test(s)) {
    const year = tokens.find((t) => t.t === 'year');
    if (year && year.t === 'year')
      return { kind: 'period', start: `${year.y}-01-01`, end: `${year.y}-12-31` };
    if (!period) return { kind: 'period' };
    return { kind: 'period', start: period.start, end: period.end };
  }
  if (AS_NEEDED_RE.test(s)) return none(REASONS.asNeeded(shown));
  if (EXTERNAL_RE.test(s)) return none(REASONS.external(shown));
  const words = tokens.filter((t) => t.t !== 'and');
  if (words.length === 1 && words[0]!.t === 'year') {
    const y = words[0]!.y;
    return { kind: 'period', start: `${y}-01-01`, end: `${y}-12-31` };
  }
  return none(REASONS.unrecognized(shown));
}

/** «Июнь ежегодно», «Ноябрь, апрель ежегодно», «Ежегодно». The first occurrence in the period gives start/end. */
function yearly(tokens: Token[], period: Period | null): Parts {
  const months: number[] = [];
  for (const t of tokens) {
    if ((t.t === 'month' || t.t === 'date') && t.m >= 1 && t.m <= 12 && !months.includes(t.m))
      months.push(t.m);
  }
  const recurrence: Recurrence = months.length > 1 ? { every: 'months', months } : { every: 'year', months };
  if (months.length === 0 || !period) return { kind: 'recurring', recurrence };
  let first: { start: string; end: string } | null = null;
  for (const m of months) {
    const y = yearOfMonth(period, m);
    const occ = { start: monthStart(y, m), end: monthEnd(y, m) };
    if (!first || occ.start < first.start) first = occ;
  }
  return { kind: 'recurring', recurrence, start: first!.start, end: first!.end };
}

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
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i]!;
    if (p.y !== null) continue;
    const next = out.slice(i + 1).find((q) => q.y !== null);
    const prev = [...out.slice(0, i)].reverse().find((q) => q.explicit);
    if (prev && prev.y !== null) p.y = before(prev, p) ? prev.y : prev.y + 1;
    else if (next && next.y !== null && next.explicit) p.y = before(p, next) ? next.y : next.y - 1;
    else if (period) p.y = yearOfMonth(period, p.m);
    else return null;
  }
  // A range read from the period that runs backwards crosses New Year: «ноябрь – февраль» in a calendar year.
  if (isRange) {
    for (let i = 1; i < out.length; i++) {
      const p = out[i]!;
      const q = out[i - 1]!;
      if (p.explicit || !before(p, q) || same(p, q)) continue;
      p.y = p.m < q.m || (p.m === q.m && (p.d ?? 1) < (q.d ?? 1)) ? q.y! + 1 : q.y!;
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

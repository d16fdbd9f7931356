/** The period a roadmap covers (an academic or a calendar year) and the year a month without one belongs to. */
import { daysInMonth } from '../model';

/**
 * The period a roadmap covers: an academic year (September–August) or a calendar year.
 * A month written without a year takes its year from here.
 */
export interface Period {
  kind: 'academic' | 'calendar';
  /** First calendar year: 2023 for «2023-2024 учебный год» and for «2023 год». */
  startYear: number;
  /** Last calendar year: 2024 for «2023-2024 учебный год», 2023 for «2023 год». */
  endYear: number;
  /** First and last day, ISO. */
  start: string;
  end: string;
  /** As shown to the curator: «2023-2024 учебный год», «2023 год». */
  label: string;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function academicYear(startYear: number): Period {
  return {
    kind: 'academic',
    startYear,
    endYear: startYear + 1,
    start: `${startYear}-09-01`,
    end: `${startYear + 1}-08-31`,
    label: `${startYear}-${startYear + 1} учебный год`,
  };
}

export function calendarYear(year: number): Period {
  return {
    kind: 'calendar',
    startYear: year,
    endYear: year,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    label: `${year} год`,
  };
}

/** The academic year a day belongs to: from 1 September to 31 August. */
export function academicYearOf(today: string): Period {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return academicYear(m >= 9 ? y : y - 1);
}

/** The year of a month (1–12) written without a year, inside the period. */
export function yearOfMonth(period: Period, month: number): number {
  if (period.kind === 'calendar') return period.startYear;
  return month >= 9 ? period.startYear : period.endYear;
}

export function monthStart(year: number, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

export function monthEnd(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/**
 * A two-digit year («10.11.22») is the year with those last two digits nearest to `near` (the document
 * period's first year): «22» is 2022 in a 2023 document, and «99» is 1999 in a 2000 one. Without a period
 * it is this century's, 20YY: roadmaps of the target model exist only since 2020. Four digits stay as written.
 */
export function fullYear(y: number, near?: number): number {
  if (y >= 100) return y;
  if (near === undefined) return 2000 + y;
  const base = Math.floor(near / 100) * 100 + y;
  // Of the candidates a century apart, the nearest; a tie (exactly 50 years either way) goes to the later one.
  return [base - 100, base, base + 100].reduce((best, c) =>
    Math.abs(c - near) < Math.abs(best - near) || (Math.abs(c - near) === Math.abs(best - near) && c > best)
      ? c
      : best,
  );
}

/**
 * Reads a period from a title or a short text: «на 2023 - 2024 учебный год», «на 2022-23 учебный год»,
 * «2023/2024 уч. год», «на 2023год», «2023-2024». Returns null when there is none or it is not one
 * (a second year that is not the next one, a year out of range).
 */
export function parsePeriod(text: string): Period | null {
  // No whitespace collapsing first: a global replace over a long line is the slow part; «\s*» after a year
  // scans only the whitespace that follows it.
  // Two years joined by a dash or slash, not part of a longer number (an order «№ 148-02» is not a period).
  const pair = /(?<![\d№])(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/.exec(text);
  if (pair) {
    const first = Number(pair[1]);
    const raw2 = pair[2]!;
    const second = raw2.length === 2 ? Math.floor(first / 100) * 100 + Number(raw2) : Number(raw2);
    if (validYear(first) && second === first + 1) return academicYear(first);
    // Two years that are not consecutive: not an academic year, and not to be read as one of them.
    if (validYear(first)) return null;
  }
  // «учебный год» after a single year: «на 2023 учебный год» means the year starting in September 2023.
  // Bounded word endings: «учебн\S*» would rescan a long run of letters from every year before it.
  const academic = /(?<!\d)(\d{4})\s*(?:уч\.?|учебн[а-яё]{0,6})\s*(?:г\.?|год[а-яё]{0,3})/i.exec(text);
  if (academic && validYear(Number(academic[1]))) return academicYear(Number(academic[1]));
  const single = /(?<![\d.№])(\d{4})\s*(?:г\.|год[а-яё]{0,3}|г(?![а-яё]))/i.exec(text);
  if (single && validYear(Number(single[1]))) return calendarYear(Number(single[1]));
  return null;
}

/** Accepts a Period, or text such as «2023-2024» / «2023» for callers that keep the period as a string. */
export function toPeriod(context: Period | string | null | undefined): Period | null {
  if (!context) return null;
  if (typeof context !== 'string') return context;
  const bare = /^\s*(\d{4})\s*$/.exec(context);
  if (bare && validYear(Number(bare[1]))) return calendarYear(Number(bare[1]));
  return parsePeriod(context);
}

/** Reading one cell by its column's type (text, numbers, dates, yes/no, options, lists) into a value or a Russian message. */
import { ageOn, daysInMonth, MAX_PERSON_AGE, MIN_PERSON_AGE } from '../model';
import { monthNumber, normalizeText } from '../text';
import { SHEET_STRINGS as T } from './strings';
import type { ColumnDef, ColumnType, DateKind } from './types';

/** What `Range.getValues()` gives: strings, numbers, booleans, Date objects, empty strings. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

export interface CellOptions {
  /**
   * Today (ISO date, the spreadsheet's calendar): what a two-digit year and a birth date are judged against.
   * Required, so no reader of dates can forget it (see parseDate).
   */
  today: string;
  /** Turns a Date cell into an ISO date. Default: the Date's local calendar date (the script's time zone). */
  dateToIso?: (d: Date) => string;
}

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const TRUE_WORDS = new Set([
  'да',
  'есть',
  'yes',
  'y',
  'true',
  'истина',
  '1',
  'v',
  'x',
  'д',
  'имеется',
  'получено',
  'пройдено',
  'пройден',
  'дано',
]);
const FALSE_WORDS = new Set([
  'нет',
  'no',
  'n',
  'false',
  'ложь',
  '0',
  'н',
  'отсутствует',
  'не пройдено',
  'не дано',
]);
const TRUE_MARKS = new Set(['+', '✓', '✔', '☑', '✅']);
const FALSE_MARKS = new Set(['-', '–', '—', '✗', '✘', '☐', '❌']);

export function parseBoolean(v: CellValue): CellResult {
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number')
    return v === 1 ? ok(true) : v === 0 ? ok(false) : fail(`ожидается «да» или «нет», а не «${v}»`);
  const s = String(v).trim();
  if (TRUE_MARKS.has(s)) return ok(true);
  if (FALSE_MARKS.has(s)) return ok(false);
  const n = normalizeText(s);
  if (TRUE_WORDS.has(n)) return ok(true);
  if (FALSE_WORDS.has(n)) return ok(false);
  // «да, 01.09.2023» — a consent cell with its date.
  if (/^(да|есть)( |$)/.test(n)) return ok(true);
  if (/^нет( |$)/.test(n)) return ok(false);
  return fail(`ожидается «да» или «нет», а не «${s}»`);
}

const NUMBER_RE = /^[-+]?\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?$/;
/** Units curators append to a number: «5 лет», «2 чел.». */
const UNIT_RE = /\s*(лет|год|года|г|чел|человек|мес|месяцев)\.?$/i;

export function parseNumber(v: CellValue, integer: boolean): CellResult {
  const what = integer ? 'целое число' : 'число';
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'boolean' || v instanceof Date) return fail(`ожидается ${what}, а не «${String(v)}»`);
  else {
    const s = String(v).trim().replace(UNIT_RE, '');
    if (!NUMBER_RE.test(s)) return fail(`ожидается ${what}, а не «${String(v).trim()}»`);
    n = Number(s.replace(/[ \u00a0]/g, '').replace(',', '.'));
  }
  if (!Number.isFinite(n)) return fail(`ожидается ${what}, а не «${String(v)}»`);
  if (integer && !Number.isInteger(n)) return fail(`ожидается целое число, а не «${String(v)}»`);
  return ok(n);
}

const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function shiftYears(isoDate: string, years: number): string {
  return `${pad(Number(isoDate.slice(0, 4)) + years, 4)}${isoDate.slice(4)}`;
}

/**
 * The rule for two-digit years («14.03.65»), decided against `today`:
 * - a birth date is never in the future: the year is the latest one ending in those two digits that puts the date
 *   on or before today (14.03.65 → 1965; on 2025-11-20, 01.11.25 → 2025 and 01.12.25 → 1925);
 * - any other date (consent, a pair's start, an order, a meeting) falls in the hundred years from 80 years
 *   before today (included) to 20 years after it (excluded), the window of ICU and Java's SimpleDateFormat: on
 *   2025-11-20, 19.11.45 is 2045 and 20.11.45 is 1945. These dates are recent or planned, never far ahead.
 */
export function fullYear(yy: number, m: number, d: number, today: string, kind: DateKind): number {
  const base = Math.floor(Number(today.slice(0, 4)) / 100) * 100 + yy;
  if (kind === 'birth') return iso(base, m, d) <= today ? base : base - 100;
  const from = shiftYears(today, -80);
  const until = shiftYears(today, 20);
  for (const y of [base - 100, base, base + 100]) {
    const date = iso(y, m, d);
    if (date >= from && date < until) return y;
  }
  return base;
}

/** A birth date is real only in the past, within a participant's ages (MIN_PERSON_AGE–MAX_PERSON_AGE). */
function checkBirth(isoDate: string, raw: string, today: string): CellResult {
  if (isoDate > today) return fail(T.birthInFuture(raw));
  const age = ageOn(isoDate, today);
  if (age < MIN_PERSON_AGE) return fail(T.birthTooYoung(raw, MIN_PERSON_AGE));
  if (age > MAX_PERSON_AGE) return fail(T.birthTooOld(raw, MAX_PERSON_AGE));
  return ok(isoDate);
}

function isoFromParts(y: number, m: number, d: number, raw: string): CellResult {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail(T.noSuchDate(raw));
  if (y < 1900 || y > 2100) return fail(T.yearOutOfRange(raw));
  return ok(iso(y, m, d));
}

function ruDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('.');
}

/**
 * Reads a date cell: a Date object, a spreadsheet serial number, or text («01.09.2023», «1.9.23», «2023-09-01»,
 * «5 марта 2024»). Impossible dates are refused; a birth date (`kind` 'birth') also when it is in the future or
 * gives an age outside MIN_PERSON_AGE–MAX_PERSON_AGE, whatever form it came in.
 */
export function parseDate(v: CellValue, options: CellOptions, kind: DateKind = 'event'): CellResult {
  const res = readDate(v, options, kind);
  if (!res.ok || kind !== 'birth') return res;
  const value = res.value as string;
  return checkBirth(
    value,
    v instanceof Date || typeof v === 'number' ? ruDate(value) : String(v).trim(),
    options.today,
  );
}

function readDate(v: CellValue, options: CellOptions, kind: DateKind): CellResult {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(T.badDate);
    return ok((options.dateToIso ?? localIsoDate)(v));
  }
  if (typeof v === 'number') {
    // A spreadsheet serial date (days since 1899-12-30), as some CSV exports give it.
    if (Number.isInteger(v) && v > 1 && v < 80000) {
      const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
      return ok(d.toISOString().slice(0, 10));
    }
    return fail(T.notADateValue(v));
  }
  const raw = String(v).trim();
  const s = raw.replace(/\s*(г\.?|года)$/i, '').trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3]!.length === 2 ? fullYear(Number(m[3]), month, day, options.today, kind) : Number(m[3]);
    return isoFromParts(year, month, day, raw);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = /^(\d{1,2})\s+([а-яё]+\.?)\s+(\d{4})$/i.exec(s);
  if (m) {
    // «1 января 2025», «1 янв 2025»: a word naming a month, by shared/text's one list of months.
    const month = monthNumber(m[2]!);
    if (month > 0) return isoFromParts(Number(m[3]), month, Number(m[1]), raw);
  }
  return fail(T.notADate(raw));
}

export function parseDateTime(v: CellValue): CellResult {
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? fail('неверные дата и время') : ok(v.toISOString());
  const s = String(v).trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const d = new Date(
      Number(m[3]),
      Number(m[2]) - 1,
      Number(m[1]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
    if (!Number.isNaN(d.getTime())) return ok(d.toISOString());
  }
  const t = Date.parse(s);
  if (!Number.isNaN(t) && /^\d{4}-\d{2}-\d{2}/.test(s)) return ok(new Date(t).toISOString());
  return fail(`ожидаются дата и время, а не «${s}»`);
}

/** Lists as curators type them: commas, semicolons, line breaks or bullets between items. */
export function splitList(v: CellValue): string[] {
  if (isBlank(v)) return [];
  return String(v)
    .split(/[,;\n\r•]+/)
    .map((s) => s.replace(/^\s*[-–—]\s+/, '').trim())
    .filter((s) => s.length > 0);
}

const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function parseEmail(v: CellValue): CellResult {
  const s = String(v)
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  if (!EMAIL_RE.test(s)) return fail(`неверный адрес электронной почты «${String(v).trim()}»`);
  return ok(s);
}

export function parseEnum(v: CellValue, col: ColumnDef): CellResult {
  const options = col.options ?? {};
  const n = normalizeText(String(v));
  for (const [code, label] of Object.entries(options)) {
    if (normalizeText(label) === n || normalizeText(code) === n) return ok(code);
  }
  const alias = col.optionAliases?.[n];
  if (alias !== undefined) return ok(alias);
  const allowed = Object.values(options)
    .map((l) => `«${l}»`)
    .join(', ');
  return fail(`неизвестное значение «${String(v).trim()}»; допустимо: ${allowed}`);
}

/** What a cell is written as: numbers, booleans, Date cells and text, as `setValues` takes them. */
export type CellWrite = string | number | boolean | Date;

export interface EncodeOptions {
  /** How dates are written: as Date objects for a sheet (real dates), or as «ДД.ММ.ГГГГ» text for CSV. */
  dates?: 'date' | 'text';
}

/**
 * One column type's way both ways: `decode` reads a non-blank cell into the record's value (or says why it
 * cannot), `encode` writes a non-null value back as the cell the sheet keeps. encode(decode(cell)) gives the
 * cell in its canonical form and decode(encode(value)) the value (test/shared/sheets/cellCodec.test.ts).
 */
export interface CellCodec {
  decode(v: CellValue, col: ColumnDef, options: CellOptions): CellResult;
  encode(value: unknown, col: ColumnDef, options: EncodeOptions): CellWrite;
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Any value as text: a Date by its local calendar date, an object (survey answers) as JSON. */
function writeText(value: unknown): string {
  if (value instanceof Date) return localIsoDate(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const label = (code: unknown, col: ColumnDef): string => col.options?.[String(code)] ?? String(code);

const textCodec: CellCodec = {
  decode: (v) => ok(v instanceof Date ? localIsoDate(v) : String(v).trim()),
  encode: writeText,
};

const numberCodec = (integer: boolean): CellCodec => ({
  decode: (v) => parseNumber(v, integer),
  encode: (value) => (typeof value === 'number' ? value : String(value)),
});

/** The codec of each column type: the one place a cell is read and written. */
export const CELL_CODECS: Readonly<Record<ColumnType, CellCodec>> = {
  id: { decode: (v) => ok(typeof v === 'number' ? String(v) : String(v).trim()), encode: writeText },
  string: textCodec,
  text: textCodec,
  link: textCodec,
  integer: numberCodec(true),
  number: numberCodec(false),
  boolean: { decode: parseBoolean, encode: (value) => (value ? 'да' : 'нет') },
  date: {
    decode: (v, col, options) => parseDate(v, options, col.dateKind),
    encode: (value, _col, options) =>
      options.dates === 'text' ? ruDate(String(value)) : isoToDate(String(value)),
  },
  datetime: {
    decode: parseDateTime,
    encode: (value, _col, options) => (options.dates === 'text' ? String(value) : new Date(String(value))),
  },
  list: { decode: (v) => ok(splitList(v)), encode: (value) => (value as unknown[]).map(String).join(', ') },
  email: { decode: parseEmail, encode: writeText },
  enum: { decode: parseEnum, encode: label },
  enumList: {
    decode: (v, col) => {
      const codes: string[] = [];
      for (const item of splitList(v)) {
        const r = parseEnum(item, col);
        if (!r.ok) return r;
        if (!codes.includes(r.value as string)) codes.push(r.value as string);
      }
      return ok(codes);
    },
    encode: (value, col) => (value as string[]).map((c) => label(c, col)).join(', '),
  },
};

/** Reads one cell by its column's type. Blank cells give null (the schema's default applies), lists []. */
export function parseCell(v: CellValue, col: ColumnDef, options: CellOptions): CellResult {
  if (isBlank(v)) return ok(col.type === 'list' || col.type === 'enumList' ? [] : null);
  return CELL_CODECS[col.type].decode(v, col, options);
}

/**
 * One cell value from a record's field, typed as a sheet keeps it (numbers, Date cells, labels); null is a
 * blank. Not yet safe to write: every sheet write goes through toSheetValue (planWrite does it), every CSV
 * through toCsv, and each of those neutralises text that would run as a formula.
 */
export function encodeCell(value: unknown, col: ColumnDef, options: EncodeOptions = {}): CellWrite {
  if (value === null || value === undefined) return '';
  return CELL_CODECS[col.type].encode(value, col, options);
}

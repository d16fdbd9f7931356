import { daysInMonth } from '../model';
import { normalizeText } from './normalize';
import type { ColumnDef } from './types';

/** What `Range.getValues()` gives: strings, numbers, booleans, Date objects, empty strings. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

export interface CellOptions {
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

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

function isoFromParts(y: number, m: number, d: number, raw: string): CellResult {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail(`нет такой даты: «${raw}»`);
  if (y < 1900 || y > 2100) return fail(`год вне допустимых пределов: «${raw}»`);
  return ok(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}

export function parseDate(v: CellValue, options: CellOptions = {}): CellResult {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail('неверная дата');
    return ok((options.dateToIso ?? localIsoDate)(v));
  }
  if (typeof v === 'number') {
    // A spreadsheet serial date (days since 1899-12-30), as some CSV exports give it.
    if (Number.isInteger(v) && v > 1 && v < 80000) {
      const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
      return ok(d.toISOString().slice(0, 10));
    }
    return fail(`ожидается дата, а не «${v}»`);
  }
  const raw = String(v).trim();
  const s = raw.replace(/\s*(г\.?|года)$/i, '').trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]), raw);
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = MONTHS_GENITIVE.indexOf(m[2]!.toLowerCase().replace('ё', 'е')) + 1;
    if (month > 0) return isoFromParts(Number(m[3]), month, Number(m[1]), raw);
  }
  return fail(`ожидается дата в виде ДД.ММ.ГГГГ, а не «${raw}»`);
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

/** Reads one cell by its column's type. Blank cells give null (the schema's default applies). */
export function parseCell(v: CellValue, col: ColumnDef, options: CellOptions = {}): CellResult {
  if (isBlank(v)) {
    if (col.type === 'list' || col.type === 'enumList') return ok([]);
    return ok(null);
  }
  switch (col.type) {
    case 'id':
      return ok(typeof v === 'number' ? String(v) : String(v).trim());
    case 'string':
    case 'text':
    case 'link':
      return ok(v instanceof Date ? localIsoDate(v) : String(v).trim());
    case 'integer':
      return parseNumber(v, true);
    case 'number':
      return parseNumber(v, false);
    case 'boolean':
      return parseBoolean(v);
    case 'date':
      return parseDate(v, options);
    case 'datetime':
      return parseDateTime(v);
    case 'list':
      return ok(splitList(v));
    case 'email':
      return parseEmail(v);
    case 'enum':
      return parseEnum(v, col);
    case 'enumList': {
      const codes: string[] = [];
      for (const item of splitList(v)) {
        const r = parseEnum(item, col);
        if (!r.ok) return r;
        if (!codes.includes(r.value as string)) codes.push(r.value as string);
      }
      return ok(codes);
    }
  }
}

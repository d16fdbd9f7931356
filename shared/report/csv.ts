/** A report package as CSV and back (one indicator a row, re-saved by Excel or not), validated like the JSON. */
import { parseCsv, parseWrittenNumber, toCsv } from '../csv';
import {
  type IndicatorUnit,
  type IndicatorValue,
  MENTEE_STATUS_LABELS,
  MENTORING_FORM_LABELS,
  type ReportPackage,
} from '../model';
import { normalizeHeader, ruDate } from '../text';
import { indicatorDef, unitFromLabel, unitLabel } from './catalog';
import {
  checkIndicator,
  packageTextSizeProblem,
  type ValidationResult,
  validateReportPackage,
} from './package';
import { REPORT_STRINGS as S } from './strings';

/*
 * The CSV form of a package: one table «Код; Показатель; Значение; Единица».
 *   meta.*            rows carry the envelope (version, organisation, period, …); meta.school repeats per school;
 *   <indicator key>   rows carry the indicators: value as Russian Excel reads it (52,5; да/нет; empty = no value);
 *   list.mentor       Показатель = ID, Значение = ФИО, Единица = forms (comma-separated, as the sheets name them);
 *   list.mentee       Показатель = ID, Значение = ФИО, Единица = status (as the sheets name it);
 *   list.pair         Показатель = ID, Значение = mentor, Единица = form;
 *   list.pair.mentee  Показатель = pair ID, Значение = mentee (one row per mentee, after its pair).
 * What a person reads is Russian: units by what is counted («чел.», «шт.», «%», «баллы»), the kind «школа» /
 * «район», forms and statuses by their names, dates дд.мм.гггг (the time «дд.мм.гггг чч:мм:сс UTC»). The reader
 * takes these and also the codes and ISO dates files written before used. The «Код» column stays: it is what
 * the file is read back by.
 * toCsv neutralises cells starting with = + - @ (a leading apostrophe); the reader takes that apostrophe off.
 */

const META_KEYS = Object.keys(S.csvMeta);

export function packageToCsv(
  pkg: ReportPackage,
  options: { delimiter?: ',' | ';' | '\t'; bom?: boolean } = {},
): string {
  const meta = (key: string, value: unknown) => [key, S.csvMeta[key] ?? key, value ?? '', ''];
  const rows: unknown[][] = [
    [...S.csvHeaders],
    meta('meta.schemaVersion', pkg.schemaVersion),
    meta('meta.kind', S.kinds[pkg.kind] ?? pkg.kind),
    meta('meta.organisation.name', pkg.organisation.name),
    meta('meta.organisation.district', pkg.organisation.district),
    meta('meta.organisation.region', pkg.organisation.region),
    meta('meta.organisation.inn', pkg.organisation.inn),
    meta('meta.period.from', ruDate(pkg.period.from)),
    meta('meta.period.to', ruDate(pkg.period.to)),
    meta('meta.period.label', pkg.period.label),
    meta('meta.generatedAt', shownDateTime(pkg.generatedAt)),
    ...pkg.schools.map((s) => meta('meta.school', s)),
    meta('meta.lists', pkg.lists ? S.yes : S.no),
    ...pkg.indicators.map((i) => [i.key, i.label, formatValue(i), unitLabel(i)]),
  ];
  if (pkg.lists) {
    for (const m of pkg.lists.mentors)
      rows.push(['list.mentor', m.id, m.fullName, m.forms.map((f) => named(FORM_NAMES, f)).join(', ')]);
    for (const m of pkg.lists.mentees)
      rows.push(['list.mentee', m.id, m.fullName, named(STATUS_NAMES, m.status)]);
    for (const p of pkg.lists.pairs) {
      rows.push(['list.pair', p.id, p.mentor, named(FORM_NAMES, p.form)]);
      for (const name of p.mentees) rows.push(['list.pair.mentee', p.id, name, '']);
    }
  }
  return toCsv(rows, options);
}

const FORM_NAMES: Record<string, string> = MENTORING_FORM_LABELS;
const STATUS_NAMES: Record<string, string> = MENTEE_STATUS_LABELS;

/** A code's Russian name (an unknown code as it is). */
function named(names: Record<string, string>, code: string): string {
  return names[code] ?? code;
}

/** A Russian name (or the code older files wrote) → the code. */
function coded(names: Record<string, string>, text: string): string {
  const t = text.trim();
  const key = normalizeHeader(t);
  return Object.keys(names).find((code) => normalizeHeader(names[code]) === key) ?? t;
}

function formatValue(i: IndicatorValue): string {
  if (i.value === null) return '';
  if (typeof i.value === 'boolean') return i.value ? S.yes : S.no;
  // Russian Excel reads «52,5» as a number and «52.5» as text or a date.
  if (typeof i.value === 'number') return String(i.value).replace('.', ',');
  if (i.unit === 'date') return ruDate(i.value);
  return i.value;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})$/;
const SHOWN_DATE_TIME =
  /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::(\d{2})(?:,(\d+))?)? UTC([+-]\d{2}:\d{2})?$/;

/** «2026-12-11T08:30:05.120Z» → «11.12.2026 08:30:05,120 UTC» (the offset kept, so it reads back the same). */
function shownDateTime(iso: string): string {
  const m = ISO_DATE_TIME.exec(iso);
  if (!m) return iso;
  const seconds = m[6] === undefined ? '' : `:${m[6]}${m[7] === undefined ? '' : `,${m[7]}`}`;
  return `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}${seconds} UTC${m[8] === 'Z' ? '' : m[8]}`;
}

/** Back from shownDateTime; ISO (older files) as it is. */
function isoDateTime(text: string): string {
  const m = SHOWN_DATE_TIME.exec(text.trim());
  if (!m) return text;
  const seconds = m[6] === undefined ? '' : `:${m[6]}${m[7] === undefined ? '' : `.${m[7]}`}`;
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}${seconds}${m[8] ?? 'Z'}`;
}

/** «01.09.2025» → «2025-09-01»; ISO (older files) or anything else as it is (the schema names what is wrong). */
function isoDate(text: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text;
}

/** Undo toCsv's formula guard: an apostrophe put before = + - @ tab or CR. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** CSV text (as packageToCsv writes it, re-saved by Excel or not) → a validated package. */
export function packageFromCsv(text: string): ValidationResult<ReportPackage> {
  // Size first: a wrong 48 MB file would otherwise be parsed for half a minute before being refused.
  const tooLarge = packageTextSizeProblem(text);
  if (tooLarge) return { ok: false, error: tooLarge, errors: [tooLarge] };
  const parsed = parseCsv(text);
  const warnings: string[] = [];
  const errors = parsed.errors.map((e) => S.csvRow(e.row, e.message));
  const [header, ...rows] = parsed.rows;
  const [, ...lines] = parsed.lines;
  if (!header) return { ok: false, error: S.csvEmpty, errors: [S.csvEmpty] };
  const expected = S.csvHeaders.map(normalizeHeader);
  if (expected.some((h, i) => normalizeHeader(header[i]) !== h)) {
    const msg = S.csvHeader(S.csvHeaders.join('; '));
    return { ok: false, error: msg, errors: [msg] };
  }

  const envelope: Record<string, string> = {};
  const schools: string[] = [];
  const indicators: IndicatorValue[] = [];
  const lists = {
    mentors: [] as unknown[],
    mentees: [] as unknown[],
    pairs: [] as { id: string; mentees: string[] }[],
  };
  rows.forEach((raw, index) => {
    // The line as the file has it (blank lines and multi-line cells counted), not the row's index.
    const line = lines[index] ?? index + 2;
    const [key = '', label = '', value = '', unit = ''] = raw.map((c) => unguard(c ?? ''));
    const k = key.trim();
    if (k === '') return;
    if (k === 'meta.school') schools.push(value);
    else if (k.startsWith('meta.')) {
      if (META_KEYS.includes(k)) envelope[k] = value;
      else errors.push(S.csvRow(line, S.csvUnknownMeta(k)));
    } else if (k === 'list.mentor') {
      lists.mentors.push({
        id: label,
        fullName: value,
        forms: splitList(unit).map((f) => coded(FORM_NAMES, f)),
      });
    } else if (k === 'list.mentee') {
      lists.mentees.push({ id: label, fullName: value, status: coded(STATUS_NAMES, unit) });
    } else if (k === 'list.pair') {
      lists.pairs.push({ id: label, mentor: value, form: coded(FORM_NAMES, unit), mentees: [] } as {
        id: string;
        mentees: string[];
      });
    } else if (k === 'list.pair.mentee') {
      const pair = [...lists.pairs].reverse().find((p) => p.id === label);
      if (pair) pair.mentees.push(value);
      else errors.push(S.csvRow(line, S.csvPairWithoutRow(label)));
    } else {
      // A key this version does not know is dropped whatever its unit and value (see checkIndicator).
      if (!indicatorDef(k)) {
        warnings.push(S.csvRow(line, S.unknownKey(k)));
        return;
      }
      const u = unitFromLabel(unit);
      if (u === null) {
        errors.push(S.csvRow(line, S.csvUnknownUnit(unit.trim())));
        return;
      }
      const v = parseValue(value, u);
      if (!v.ok) {
        errors.push(S.csvRow(line, v.error));
        return;
      }
      // Checked here too, so the message names the file's line rather than indicators[n].
      const indicator = { key: k, label, unit: u, value: v.value };
      const check = checkIndicator(indicator);
      if (check.kind === 'error') errors.push(S.csvRow(line, check.message));
      else indicators.push(indicator);
    }
  });
  if (errors.length > 0) return { ok: false, error: errors[0] ?? '', errors };

  const version = envelope['meta.schemaVersion'] ?? '';
  const res = validateReportPackage({
    schemaVersion: /^\d+$/.test(version.trim()) ? Number(version) : version,
    kind: envelope['meta.kind'] === undefined ? undefined : coded(S.kinds, envelope['meta.kind']),
    organisation: {
      name: envelope['meta.organisation.name'] ?? '',
      district: envelope['meta.organisation.district'] ?? '',
      region: envelope['meta.organisation.region'] ?? '',
      inn: envelope['meta.organisation.inn'] ?? '',
    },
    period: {
      from: isoDate(envelope['meta.period.from'] ?? ''),
      to: isoDate(envelope['meta.period.to'] ?? ''),
      label: envelope['meta.period.label'] ?? '',
    },
    generatedAt: isoDateTime(envelope['meta.generatedAt'] ?? ''),
    indicators,
    schools,
    lists: envelope['meta.lists'] === S.yes ? lists : null,
  });
  return res.ok ? { ...res, warnings: [...warnings, ...res.warnings] } : res;
}

function splitList(cell: string): string[] {
  return cell
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseValue(
  text: string,
  unit: IndicatorUnit,
): { ok: true; value: IndicatorValue['value'] } | { ok: false; error: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (unit === 'count' || unit === 'percent' || unit === 'score') {
    // Excel may leave «52,5 %» in a percent cell; the number itself only as a person writes it.
    const n = parseWrittenNumber(unit === 'percent' ? t.replace(/\s*%$/, '') : t);
    return n === null ? { ok: false, error: S.csvBadNumber(t) } : { ok: true, value: n };
  }
  if (unit === 'boolean') {
    const b = t.toLowerCase();
    if (b === S.yes || b === 'true' || b === '1') return { ok: true, value: true };
    if (b === S.no || b === 'false' || b === '0') return { ok: true, value: false };
    return { ok: false, error: S.csvBadBoolean(t) };
  }
  // Excel re-saves an ISO date as the locale writes it: «16.12.2024» is read back as 2024-12-16.
  const ru = unit === 'date' ? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t) : null;
  if (ru) return { ok: true, value: `${ru[3]}-${ru[2]}-${ru[1]}` };
  return { ok: true, value: text };
}

/** Building and validating report packages (the one validator both sides use): size limits, indicator values checked against their units. */
import type { z } from 'zod';
import {
  type IndicatorValue,
  IsoDate,
  type Organisation,
  READABLE_SCHEMA_VERSIONS,
  REPORT_SCHEMA_VERSION,
  type ReportLists,
  ReportPackage,
  type ReportPeriod,
} from '../model';
import { indicatorDef } from './catalog';
import { REPORT_STRINGS as S } from './strings';

/**
 * A checked package. `warnings` are what was dropped on the way (indicators this version does not know); the
 * person importing must see them.
 */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: string[] }
  | { ok: false; error: string; errors: string[] };

/**
 * The largest count a package may hold. No school or district has anywhere near ten million people (Russia
 * has about 18 million pupils and 1 million teachers in all; its largest region, a few million): a bigger
 * number is a typo or a broken file. It also keeps every district sum an exact integer.
 */
export const MAX_COUNT = 10_000_000;

/**
 * The largest package text or file the readers accept, in bytes (UTF-8). The sample school's package is
 * 11 KB (16 KB with lists, pretty-printed), a district of 300 schools 35 KB; a school of 10 000 people with
 * every name listed stays under 2 MB. Parsing took 24 s for 48 MB, so the limit keeps a wrong file from
 * freezing the page while leaving the largest real package ample room.
 */
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;

/** The size in UTF-8 bytes of a text, without TextEncoder (Apps Script's V8 has none). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** «4,8 МБ» / «512 КБ». */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return S.megabytes((bytes / 1024 / 1024).toFixed(1).replace('.', ','));
  return S.kilobytes(Math.ceil(bytes / 1024));
}

/** A Russian message when `bytes` is over the limit, else null. Check before reading or parsing. */
export function packageSizeProblem(bytes: number, max = MAX_PACKAGE_BYTES): string | null {
  return bytes > max ? S.tooLarge(formatSize(bytes), formatSize(max)) : null;
}

/** The same for a text already in memory; a text longer in characters than the limit is over it in bytes. */
export function packageTextSizeProblem(text: string, max = MAX_PACKAGE_BYTES): string | null {
  return packageSizeProblem(text.length > max ? text.length : utf8Bytes(text), max);
}

/** Thrown by buildReportPackage when its input cannot make a valid package; the message is Russian. */
export class ReportPackageError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('; '));
    this.name = 'ReportPackageError';
  }
}

export interface BuildReportPackageInput {
  organisation: z.input<typeof Organisation>;
  period: z.input<typeof ReportPeriod>;
  indicators: readonly IndicatorValue[];
  /** ISO 8601 date-time with offset, e.g. new Date().toISOString(). */
  generatedAt: string;
  /** The curator's «включить списки»: without it no names leave the spreadsheet. */
  includeLists: boolean;
  lists?: z.input<typeof ReportLists> | null;
}

/** A school package, checked by the same validator the extension uses. Throws ReportPackageError when invalid. */
export function buildReportPackage(input: BuildReportPackageInput): ReportPackage {
  const result = validateReportPackage({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'school',
    organisation: input.organisation,
    period: input.period,
    generatedAt: input.generatedAt,
    indicators: input.indicators,
    schools: [],
    lists: input.includeLists ? (input.lists ?? {}) : null,
  });
  if (!result.ok) throw new ReportPackageError(result.errors);
  return result.value;
}

/** «indicators[3].value» from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || S.wholePackage;
}

/**
 * Check anything (a parsed object or JSON text) as a report package: the version first (so an old or new
 * format gets one clear message, not a list of field errors), then the zod schema with Russian messages, then
 * each known indicator's unit and value type against the catalog. Every error names the field path.
 */
export function validateReportPackage(json: unknown): ValidationResult<ReportPackage> {
  let data = json;
  if (typeof data === 'string') {
    const tooLarge = packageTextSizeProblem(data);
    if (tooLarge) return fail([tooLarge]);
    try {
      data = JSON.parse(data);
    } catch (e) {
      return fail([S.notJson(e instanceof Error ? e.message : String(e))]);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([S.notObject]);
  const version = (data as Record<string, unknown>).schemaVersion;
  if (version === undefined || version === null || version === '') return fail([S.noVersion]);
  if (typeof version !== 'number' || !READABLE_SCHEMA_VERSIONS.includes(version))
    return fail([S.badVersion(version, READABLE_SCHEMA_VERSIONS.join(S.or))]);
  // An older package holds only keys and units the current version has, with the same meanings: it is read
  // as the current version (what it lacks is simply absent, and a district merge notes it school by school).
  if (version !== REPORT_SCHEMA_VERSION) data = { ...(data as object), schemaVersion: REPORT_SCHEMA_VERSION };

  // zod's own messages are Russian through the project-wide config in shared/model/common.ts.
  const parsed = ReportPackage.safeParse(data);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => S.field(formatPath(i.path), i.message)));
  }
  const { kept, errors, warnings } = checkIndicators(parsed.data.indicators);
  if (errors.length > 0) return fail(errors);
  return { ok: true, value: { ...parsed.data, indicators: kept }, warnings };
}

/** One indicator against the catalog: fine, unknown (to be dropped with a warning), or wrong in a field. */
export type IndicatorCheck =
  | { kind: 'ok' }
  | { kind: 'unknown'; warning: string }
  | { kind: 'error'; field: 'unit' | 'value'; message: string };

/**
 * The catalog decides what an indicator may hold: its unit must be the catalog's, a count is an integer
 * 0…MAX_COUNT, a share 0…100 %. A key the catalog lacks is dropped with a warning rather than refused: a
 * newer add-on of the same format version may add indicators, and one new figure should not block a whole
 * school's package — but neither can this version vouch for a value whose meaning and bounds it does not know.
 */
export function checkIndicator(ind: Pick<IndicatorValue, 'key' | 'unit' | 'value'>): IndicatorCheck {
  const def = indicatorDef(ind.key);
  if (!def) return { kind: 'unknown', warning: S.unknownKey(ind.key) };
  if (def.unit !== ind.unit)
    return { kind: 'error', field: 'unit', message: S.wrongUnit(ind.key, def.unit, ind.unit) };
  const problem = valueProblem(def.unit, ind.value);
  return problem ? { kind: 'error', field: 'value', message: problem } : { kind: 'ok' };
}

function checkIndicators(indicators: readonly IndicatorValue[]): {
  kept: IndicatorValue[];
  errors: string[];
  warnings: string[];
} {
  const kept: IndicatorValue[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) errors.push(S.field(`indicators[${i}].key`, S.duplicateKey(ind.key)));
    seen.add(ind.key);
    const check = checkIndicator(ind);
    if (check.kind === 'unknown') warnings.push(S.field(`indicators[${i}].key`, check.warning));
    else if (check.kind === 'error') errors.push(S.field(`indicators[${i}].${check.field}`, check.message));
    else kept.push(ind);
  });
  return { kept, errors, warnings };
}

const shown = (value: unknown) => (typeof value === 'string' ? `«${value}»` : String(value));

function valueProblem(unit: IndicatorValue['unit'], value: IndicatorValue['value']): string | null {
  if (value === null) return null;
  switch (unit) {
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT
        ? null
        : S.notCount(String(MAX_COUNT).replace(/\B(?=(\d{3})+$)/g, ' '), shown(value));
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100 ? null : S.notPercent(shown(value));
    case 'score':
      return typeof value === 'number' && value >= 1 && value <= 5 ? null : S.notScore(shown(value));
    case 'date':
      return typeof value === 'string' && IsoDate.safeParse(value).success ? null : S.notDate(shown(value));
    case 'boolean':
      return typeof value === 'boolean' ? null : S.notBoolean;
    default:
      return typeof value === 'string' ? null : S.notText;
  }
}

function fail<T>(errors: string[]): ValidationResult<T> {
  return { ok: false, error: errors[0] ?? '', errors };
}

/** The value of one indicator in a package, or undefined when the package lacks it. */
export function indicatorValue(
  pkg: Pick<ReportPackage, 'indicators'>,
  key: string,
): IndicatorValue['value'] | undefined {
  return pkg.indicators.find((i) => i.key === key)?.value;
}

import type { z } from 'zod';
import {
  type IndicatorValue,
  type Organisation,
  REPORT_SCHEMA_VERSION,
  type ReportLists,
  ReportPackage,
  type ReportPeriod,
} from '../model';
import { indicatorDef } from './catalog';
import { REPORT_STRINGS as S } from './strings';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string; errors: string[] };

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
  return out || '(пакет)';
}

/**
 * Check anything (a parsed object or JSON text) as a report package: the version first (so an old or new
 * format gets one clear message, not a list of field errors), then the zod schema with Russian messages, then
 * each known indicator's unit and value type against the catalog. Every error names the field path.
 */
export function validateReportPackage(json: unknown): ValidationResult<ReportPackage> {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (e) {
      return fail([S.notJson(e instanceof Error ? e.message : String(e))]);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([S.notObject]);
  const version = (data as Record<string, unknown>).schemaVersion;
  if (version === undefined || version === null || version === '') return fail([S.noVersion]);
  if (version !== REPORT_SCHEMA_VERSION) return fail([S.badVersion(version, REPORT_SCHEMA_VERSION)]);

  // zod's own messages are Russian through the project-wide config in shared/model/common.ts.
  const parsed = ReportPackage.safeParse(data);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => S.field(formatPath(i.path), i.message)));
  }
  const errors = checkIndicators(parsed.data.indicators);
  if (errors.length > 0) return fail(errors);
  return { ok: true, value: parsed.data };
}

function checkIndicators(indicators: readonly IndicatorValue[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) errors.push(S.field(`indicators[${i}].key`, S.duplicateKey(ind.key)));
    seen.add(ind.key);
    const def = indicatorDef(ind.key);
    // Keys the catalog does not know are kept: a newer add-on of the same format version may add indicators.
    if (!def) return;
    if (def.unit !== ind.unit) {
      errors.push(S.field(`indicators[${i}].unit`, S.wrongUnit(ind.key, def.unit, ind.unit)));
      return;
    }
    const problem = valueProblem(def.unit, ind.value);
    if (problem) errors.push(S.field(`indicators[${i}].value`, problem));
  });
  return errors;
}

function valueProblem(unit: IndicatorValue['unit'], value: IndicatorValue['value']): string | null {
  if (value === null) return null;
  switch (unit) {
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : S.notCount;
    case 'percent':
      return typeof value === 'number' && value >= 0 ? null : S.notPercent;
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

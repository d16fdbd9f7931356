import type { z } from 'zod';
import { parseCsv, parseCsvBytes } from '../../shared/csv';
import { INDICATOR_UNITS, type IndicatorUnit, ReportPackage } from '../../shared/model/report';
import { indicatorDef } from '../../shared/report/catalog';
import { normalizeHeader } from '../../shared/sheets/normalize';
import { ru } from '../strings';

export type ImportResult = { ok: true; pkg: ReportPackage } | { ok: false; error: string };

const t = ru.errors;

/** `indicators[3].value` from a zod path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );
}

/** Validates an object as a report package; the first problem is named by its field. */
export function validatePackage(data: unknown): ImportResult {
  const res = ReportPackage.safeParse(data);
  if (res.success) return { ok: true, pkg: res.data };
  const issue = (res.error as z.ZodError).issues[0]!;
  return { ok: false, error: t.field(pathText(issue.path) || 'пакет', issue.message) };
}

export function parsePackageJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t.notJson };
  }
  return validatePackage(data);
}

const HEADERS: Record<string, 'key' | 'label' | 'unit' | 'value'> = {
  key: 'key',
  ключ: 'key',
  код: 'key',
  label: 'label',
  показатель: 'label',
  название: 'label',
  unit: 'unit',
  единица: 'unit',
  тип: 'unit',
  value: 'value',
  значение: 'value',
};

function csvValue(raw: string, unit: IndicatorUnit): number | string | boolean | null | Error {
  const v = raw.trim();
  if (v === '') return null;
  if (unit === 'count' || unit === 'percent') {
    const n = Number(v.replace(/\s/g, '').replace(',', '.').replace(/%$/, ''));
    return Number.isFinite(n) ? n : new Error(t.csvNumber(v));
  }
  if (unit === 'boolean') {
    const low = v.toLowerCase();
    if (['да', 'есть', 'true', '1', 'yes'].includes(low)) return true;
    if (['нет', 'false', '0', 'no'].includes(low)) return false;
    return new Error(t.csvBoolean(v));
  }
  return v;
}

/**
 * The CSV form of a package: a header row with «Ключ; Показатель; Единица; Значение» (or key, label, unit,
 * value), one row per indicator, and `meta.*` rows for the package's own fields (meta.organisation.name,
 * meta.period.from, meta.period.to, meta.period.label, meta.kind, meta.generatedAt, meta.schools).
 */
export function parsePackageCsvRows(
  rows: string[][],
  errors: { row: number; message: string }[] = [],
): ImportResult {
  if (errors.length) return { ok: false, error: t.csvRow(errors[0]!.row, errors[0]!.message) };
  if (!rows.length) return { ok: false, error: t.empty };
  const header = rows[0]!.map((h) => HEADERS[normalizeHeader(h)]);
  const col = (name: 'key' | 'label' | 'unit' | 'value') => header.indexOf(name);
  if (col('key') < 0 || col('value') < 0) return { ok: false, error: t.csvHeader };
  const meta: Record<string, string> = {};
  const indicators: { key: string; label: string; unit: IndicatorUnit; value: unknown }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const key = (row[col('key')] ?? '').trim();
    const raw = row[col('value')] ?? '';
    if (!key) continue;
    if (key.startsWith('meta.')) {
      meta[key.slice(5)] = raw.trim();
      continue;
    }
    const def = indicatorDef(key);
    const unitRaw = col('unit') >= 0 ? (row[col('unit')] ?? '').trim() : '';
    const unit = (unitRaw || def?.unit || 'text') as IndicatorUnit;
    if (!(INDICATOR_UNITS as readonly string[]).includes(unit))
      return { ok: false, error: t.csvRow(i + 1, t.csvUnit(unitRaw)) };
    const value = csvValue(raw, unit);
    if (value instanceof Error) return { ok: false, error: t.csvRow(i + 1, value.message) };
    const label = (col('label') >= 0 ? (row[col('label')] ?? '').trim() : '') || def?.label || key;
    indicators.push({ key, label, unit, value });
  }
  return validatePackage({
    schemaVersion: meta['schemaVersion'] ? Number(meta['schemaVersion']) : 1,
    kind: meta['kind'] || 'school',
    organisation: {
      name: meta['organisation.name'] ?? '',
      district: meta['organisation.district'] ?? '',
      region: meta['organisation.region'] ?? '',
      inn: meta['organisation.inn'] ?? '',
    },
    period: {
      from: meta['period.from'] ?? '',
      to: meta['period.to'] ?? '',
      label: meta['period.label'] ?? '',
    },
    generatedAt: meta['generatedAt'] ?? '',
    indicators,
    schools: meta['schools'] ? meta['schools'].split(/\s*[;|]\s*/).filter(Boolean) : [],
  });
}

export function parsePackageCsv(text: string): ImportResult {
  const { rows, errors } = parseCsv(text);
  return parsePackageCsvRows(rows, errors);
}

/** Pasted text: JSON if it looks like JSON, CSV otherwise. */
export function parsePackageText(text: string): ImportResult {
  const s = text.replace(/^\uFEFF/, '').trim();
  if (!s) return { ok: false, error: t.empty };
  return s.startsWith('{') ? parsePackageJson(s) : parsePackageCsv(s);
}

/** A file's bytes: JSON (UTF-8) or CSV (UTF-8 or Windows-1251, as Excel saves it). */
export function parsePackageBytes(bytes: Uint8Array, fileName = ''): ImportResult {
  if (!bytes.length) return { ok: false, error: t.empty };
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/\.json$/i.test(fileName) || head.startsWith('{'))
    return parsePackageJson(new TextDecoder('utf-8').decode(bytes));
  const { rows, errors } = parseCsvBytes(bytes);
  return parsePackageCsvRows(rows, errors);
}

/** The add-on's web-app URL with its token: `…/exec?token=…`. Only https (or a local test server). */
export function packageUrl(url: string, token: string): URL | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const local = u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  if (u.protocol !== 'https:' && !local) return null;
  if (token.trim()) u.searchParams.set('token', token.trim());
  return u;
}

export async function fetchPackage(
  url: string,
  token: string,
  fetchFn: typeof fetch = fetch,
): Promise<ImportResult> {
  const u = packageUrl(url, token);
  if (!u) return { ok: false, error: t.badUrl };
  let res: Response;
  try {
    res = await fetchFn(u.toString(), { credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    return { ok: false, error: t.network(e instanceof Error ? e.message : String(e)) };
  }
  if (!res.ok) return { ok: false, error: t.network(`HTTP ${res.status}`) };
  return parsePackageText(await res.text());
}

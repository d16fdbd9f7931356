/** Summing school packages into a district package by each indicator's merge rule, with a report of what was included, missing, repeated or inconsistent. */
import { type IndicatorValue, REPORT_SCHEMA_VERSION, ReportPackage } from '../model';
import { normalizeText } from '../text';
import { INDICATORS, type IndicatorDef, type IndicatorKey } from './catalog';
import { checkPackageConsistency } from './consistency';
import { percent } from './indicators';
import { validateReportPackage } from './package';
import { REPORT_STRINGS as S } from './strings';

export interface MergeOptions {
  districtName: string;
  period: { from: string; to: string; label?: string };
  /** Names (or INNs) of the schools the district expects; those not received are reported missing. */
  expectedSchools?: readonly string[];
  /** Defaults to the latest generatedAt of the packages merged (the function stays pure). */
  generatedAt?: string;
  region?: string;
}

export interface MergeIssue {
  school: string;
  /** The indicator concerned, when there is one. */
  indicator?: string;
  message: string;
}

export interface MergeReport {
  /** Schools summed into the district package, in the order received. */
  included: string[];
  /** Expected schools whose package did not come. */
  missing: string[];
  /** A school's second package (the earlier one is dropped). */
  duplicates: MergeIssue[];
  /** Packages not summed: unreadable, another period, another kind. */
  excluded: MergeIssue[];
  /** Summed packages that contradict themselves; the specialist should call the school. */
  inconsistent: MergeIssue[];
  /** Everything else worth knowing: missing values, unexpected schools, targets that differ. */
  notes: MergeIssue[];
}

export interface MergeResult {
  package: ReportPackage;
  report: MergeReport;
}

/** INN when the school gave one, otherwise its name with case, ё and punctuation ignored. */
function schoolKey(org: { name: string; inn: string }): string {
  return org.inn !== '' ? `inn:${org.inn}` : `name:${normalizeText(org.name)}`;
}

/**
 * Sums school packages into a district package. Counts are added; shares are recomputed from the summed
 * counts (never averaged); satisfaction is weighted by the number of answers; texts are listed by school.
 * Accepts raw JSON (each element is validated) so one broken file is reported, not fatal.
 */
export function mergePackages(packages: readonly unknown[], options: MergeOptions): MergeResult {
  const report: MergeReport = {
    included: [],
    missing: [],
    duplicates: [],
    excluded: [],
    inconsistent: [],
    notes: [],
  };

  // Validate, keep school packages of the period, keep the latest of duplicates.
  const bySchool = new Map<string, ReportPackage>();
  packages.forEach((raw, index) => {
    const res = validateReportPackage(raw);
    if (!res.ok) {
      report.excluded.push({
        school: S.packageNo(index + 1),
        message: S.invalidPackage(index + 1, res.error),
      });
      return;
    }
    const pkg = res.value;
    const name = pkg.organisation.name;
    // Indicators the catalog does not know were dropped by the validator; the specialist sees which.
    for (const w of res.warnings) report.notes.push({ school: name, message: S.mergeWarning(name, w) });
    if (pkg.kind !== 'school') {
      report.excluded.push({ school: name, message: S.mergeNotSchool(name) });
      return;
    }
    if (pkg.period.from !== options.period.from || pkg.period.to !== options.period.to) {
      const got = `${pkg.period.from} – ${pkg.period.to}`;
      const expected = `${options.period.from} – ${options.period.to}`;
      report.excluded.push({ school: name, message: S.mergeOtherPeriod(name, got, expected) });
      return;
    }
    const key = schoolKey(pkg.organisation);
    const earlier = bySchool.get(key);
    if (earlier) {
      report.duplicates.push({ school: name, message: S.mergeDuplicate(name) });
      if (earlier.generatedAt > pkg.generatedAt) return;
    }
    bySchool.set(key, pkg);
  });
  const schools = [...bySchool.values()];
  report.included = schools.map((p) => p.organisation.name);

  // Expected schools: matched by name (normalised) or INN.
  if (options.expectedSchools) {
    const received = new Set<string>();
    for (const p of schools) {
      received.add(normalizeText(p.organisation.name));
      if (p.organisation.inn !== '') received.add(normalizeText(p.organisation.inn));
    }
    const expected = new Set(options.expectedSchools.map(normalizeText));
    for (const name of options.expectedSchools) {
      if (!received.has(normalizeText(name))) report.missing.push(name);
    }
    for (const p of schools) {
      const known =
        expected.has(normalizeText(p.organisation.name)) ||
        (p.organisation.inn !== '' && expected.has(normalizeText(p.organisation.inn)));
      if (!known)
        report.notes.push({ school: p.organisation.name, message: S.mergeUnexpected(p.organisation.name) });
    }
  }

  for (const p of schools) {
    for (const issue of checkPackageConsistency(p)) {
      const school = p.organisation.name;
      report.inconsistent.push({
        school,
        indicator: issue.indicator,
        message: S.inconsistent(school, issue.message),
      });
    }
  }

  // Each school's values by key, once.
  const tables = schools.map((p) => ({
    school: p.organisation.name,
    values: new Map(p.indicators.map((i) => [i.key, i.value])),
  }));
  const generatedAt =
    options.generatedAt ??
    schools
      .map((p) => p.generatedAt)
      .sort()
      .at(-1) ??
    `${options.period.to}T00:00:00Z`;
  // The district's own name, period and date: what a regional form asks of the district itself.
  const own = new Map<IndicatorKey, IndicatorValue['value']>([
    ['organisation.name', options.districtName],
    ['report.date', generatedAt.slice(0, 10)],
    ['report.period', options.period.label || `${options.period.from} – ${options.period.to}`],
  ]);
  const indicators: IndicatorValue[] = INDICATORS.map((def) => ({
    key: def.key,
    label: def.label,
    unit: def.unit,
    value: own.has(def.key) ? (own.get(def.key) ?? null) : mergeValue(def, tables, report),
  }));

  const regions = new Set(schools.map((p) => p.organisation.region).filter((r) => r !== ''));
  const pkg = ReportPackage.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'district',
    organisation: {
      name: options.districtName,
      district: options.districtName,
      region: options.region ?? (regions.size === 1 ? [...regions][0] : ''),
    },
    period: { label: '', ...options.period },
    generatedAt,
    indicators,
    schools: report.included,
    lists: null,
  });
  return { package: pkg, report };
}

type Table = { school: string; values: Map<string, IndicatorValue['value']> };

function num(t: Table, key: string): number | null {
  const v = t.values.get(key);
  return typeof v === 'number' ? v : null;
}

function mergeValue(
  def: IndicatorDef,
  tables: readonly Table[],
  report: MergeReport,
): IndicatorValue['value'] {
  switch (def.merge) {
    case 'sum': {
      let sum = 0;
      let any = false;
      for (const t of tables) {
        const v = num(t, def.key);
        if (v === null) {
          report.notes.push({
            school: t.school,
            indicator: def.key,
            message: S.mergeNoValue(t.school, def.key, def.label),
          });
        } else {
          sum += v;
          any = true;
        }
      }
      return any ? sum : null;
    }
    case 'share': {
      // Only schools that know both parts of the ratio count toward it.
      const ratio = def.ratio;
      if (!ratio) return null;
      let n = 0;
      let d = 0;
      for (const t of tables) {
        const a = num(t, ratio.numerator);
        const bs = ratio.denominator.map((k) => num(t, k));
        if (a === null || bs.some((b) => b === null)) continue;
        n += a;
        d += (bs as number[]).reduce((x, y) => x + y, 0);
      }
      return percent(n, d);
    }
    case 'mean': {
      if (!def.weight) return null;
      let total = 0;
      let weight = 0;
      for (const t of tables) {
        const v = num(t, def.key);
        const w = num(t, def.weight);
        if (v === null || w === null || w <= 0) continue;
        total += v * w;
        weight += w;
      }
      return weight > 0 ? Math.round((total / weight) * 10) / 10 : null;
    }
    case 'same': {
      const values = new Set(tables.map((t) => t.values.get(def.key) ?? null).filter((v) => v !== null));
      if (values.size === 1) return [...values][0] ?? null;
      if (values.size > 1)
        report.notes.push({
          school: '',
          indicator: def.key,
          message: S.mergeTargetsDiffer(def.key, def.label),
        });
      return null;
    }
    case 'any': {
      const values = tables.map((t) => t.values.get(def.key)).filter((v) => typeof v === 'boolean');
      return values.length === 0 ? null : values.some((v) => v);
    }
    case 'concat': {
      const texts = tables.flatMap((t) => {
        const v = t.values.get(def.key);
        return typeof v === 'string' && v.trim() !== '' ? [`${t.school}: ${v.trim()}`] : [];
      });
      return texts.length > 0 ? texts.join('\n\n') : null;
    }
    default:
      return null;
  }
}

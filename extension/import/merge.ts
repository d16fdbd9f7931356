/**
 * The district specialist's merge: several stored school packages → one district package (shared/report's
 * mergePackages does the sums and checks) and the merge report as Russian lines for the options page.
 */
import type { ReportPackage } from '../../shared/model';
import { type MergeReport, mergePackages } from '../../shared/report';
import { ru, type Strings } from '../strings';

export type DistrictMerge =
  | { ok: true; pkg: ReportPackage; report: MergeReport; lines: string[] }
  | { ok: false; error: string };

export interface DistrictMergeOptions {
  /** As typed; empty → the schools' common district, else a default name. */
  districtName?: string;
  /** Schools the district expects, one per line (names or INNs); those not selected are reported missing. */
  expected?: string;
}

/** The value most packages share (ties: the first seen), or null when the list is empty. */
function mostCommon<T>(items: readonly T[], key: (x: T) => string): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const x of items) {
    const k = key(x);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { item: x, n: 1 });
  }
  let best: { item: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.item ?? null;
}

/** The one value every package has, or '' when they differ. */
function common(values: readonly string[]): string {
  const set = new Set(values.map((v) => v.trim()));
  return set.size === 1 ? [...set][0]! : '';
}

export function mergeSelected(
  selected: readonly ReportPackage[],
  options: DistrictMergeOptions = {},
  t: Strings = ru,
): DistrictMerge {
  const m = t.merge;
  const schools = selected.filter((p) => p.kind === 'school');
  if (schools.length === 0) return { ok: false, error: m.noneSelected };
  // The period most selected packages share; packages of other periods are reported as excluded.
  const period = mostCommon(schools, (p) => `${p.period.from}|${p.period.to}`)!.period;
  const districtName =
    options.districtName?.trim() || common(schools.map((p) => p.organisation.district)) || m.defaultDistrict;
  const expected = (options.expected ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const res = mergePackages(schools, {
    districtName,
    period,
    region: common(schools.map((p) => p.organisation.region)),
    ...(expected.length > 0 ? { expectedSchools: expected } : {}),
  });
  const r = res.report;
  const lines = [m.included(r.included.length, r.included)];
  if (selected.length > schools.length) lines.push(m.districtSkipped(selected.length - schools.length));
  const section = (title: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(title, ...items.map((i) => `• ${i}`));
  };
  section(m.missing(r.missing.length), r.missing);
  section(
    m.duplicates(r.duplicates.length),
    r.duplicates.map((i) => i.message),
  );
  section(
    m.excluded(r.excluded.length),
    r.excluded.map((i) => i.message),
  );
  section(
    m.inconsistent(r.inconsistent.length),
    r.inconsistent.map((i) => i.message),
  );
  section(
    m.notes(r.notes.length),
    r.notes.map((i) => i.message),
  );
  if (r.included.length === 0) return { ok: false, error: lines.join('\n') };
  return { ok: true, pkg: res.package, report: r, lines };
}

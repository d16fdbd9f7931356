/** Checks between a package's indicators (parts sum to their total, a part never above its whole), as warnings naming the indicator. */
import { MENTORING_FORMS, type ReportPackage } from '../model';
import { INDICATORS, type IndicatorKey } from './catalog';
import { REPORT_STRINGS as S } from './strings';

export interface ConsistencyIssue {
  /** The indicator the problem is reported on. */
  indicator: string;
  message: string;
}

/** `sum`: the key equals its parts' sum; `le`: the key is at most the sum of `max` (one key or several). */
type Rule =
  | { kind: 'sum'; key: IndicatorKey; parts: readonly IndicatorKey[] }
  | { kind: 'le'; key: IndicatorKey; max: IndicatorKey | readonly IndicatorKey[] };

/** Relations a correct package always satisfies; a package that breaks one has an error at the school. */
const RULES: readonly Rule[] = [
  { kind: 'sum', key: 'pairs.total', parts: MENTORING_FORMS.map((f): IndicatorKey => `pairs.byForm.${f}`) },
  { kind: 'sum', key: 'pairs.total', parts: ['pairs.pairs', 'pairs.groups'] },
  { kind: 'sum', key: 'mentees.total', parts: ['mentees.teachers', 'mentees.students'] },
  {
    kind: 'sum',
    key: 'pairs.pairs',
    parts: MENTORING_FORMS.map((f): IndicatorKey => `pairs.pairs.byForm.${f}`),
  },
  {
    kind: 'sum',
    key: 'pairs.groups',
    parts: MENTORING_FORMS.map((f): IndicatorKey => `pairs.groups.byForm.${f}`),
  },
  ...MENTORING_FORMS.map(
    (f): Rule => ({
      kind: 'sum',
      key: `pairs.byForm.${f}`,
      parts: [`pairs.pairs.byForm.${f}`, `pairs.groups.byForm.${f}`],
    }),
  ),
  { kind: 'le', key: 'pairs.withOrder', max: 'pairs.total' },
  { kind: 'le', key: 'pairs.terminated', max: 'pairs.total' },
  { kind: 'le', key: 'mentors.inPairs', max: 'mentors.total' },
  { kind: 'le', key: 'mentors.teachers', max: 'mentors.total' },
  { kind: 'le', key: 'mentors.trained', max: 'mentors.total' },
  { kind: 'le', key: 'mentees.inPairs', max: 'mentees.total' },
  { kind: 'le', key: 'mentees.unpaired', max: 'mentees.total' },
  { kind: 'le', key: 'young.inMentoring', max: 'young.total' },
  { kind: 'le', key: 'coverage.participants', max: ['school.teachers', 'school.pupils'] },
  { kind: 'le', key: 'coverage.teachers', max: 'school.teachers' },
  { kind: 'le', key: 'coverage.pupils', max: 'school.pupils' },
  { kind: 'le', key: 'mentors.rewarded', max: 'mentors.total' },
  { kind: 'le', key: 'programmes.completed', max: 'programmes.written' },
  { kind: 'le', key: 'roadmap.done', max: 'roadmap.total' },
  { kind: 'le', key: 'roadmap.overdue', max: 'roadmap.total' },
];

const PERCENT_KEYS = INDICATORS.filter((d) => d.unit === 'percent').map((d) => d.key);

/** Internal contradictions of one package (sums that do not add up, parts bigger than wholes, shares over 100%). */
export function checkPackageConsistency(pkg: Pick<ReportPackage, 'indicators'>): ConsistencyIssue[] {
  const values = new Map<string, number>();
  for (const i of pkg.indicators) if (typeof i.value === 'number') values.set(i.key, i.value);
  const issues: ConsistencyIssue[] = [];
  for (const rule of RULES) {
    const value = values.get(rule.key);
    if (value === undefined) continue;
    if (rule.kind === 'sum') {
      const parts = rule.parts.map((k) => values.get(k));
      if (parts.some((p) => p === undefined)) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== value) {
        issues.push({
          indicator: rule.key,
          message: S.notEqualSum(rule.key, value, rule.parts.join(' + '), sum),
        });
      }
    } else {
      const keys = typeof rule.max === 'string' ? [rule.max] : rule.max;
      const parts = keys.map((k) => values.get(k));
      if (parts.some((p) => p === undefined)) continue;
      const max = (parts as number[]).reduce((a, b) => a + b, 0);
      if (value > max) {
        issues.push({ indicator: rule.key, message: S.greaterThan(rule.key, value, keys.join(' + '), max) });
      }
    }
  }
  for (const key of PERCENT_KEYS) {
    const value = values.get(key);
    if (value !== undefined && value > 100) issues.push({ indicator: key, message: S.over100(key, value) });
  }
  return issues;
}

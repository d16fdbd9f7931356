// Indicator keys are a type derived from the catalog: a key that names no indicator does not compile. The
// `@ts-expect-error` lines are checked by `npm run typecheck` (drop one and it fails).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  INDICATORS,
  type IndicatorKey,
  IndicatorMappingEntries,
  indicatorDef,
  isIndicatorKey,
} from '../../../shared/report';

describe('IndicatorKey', () => {
  it('is the union of the catalog keys, templates included', () => {
    expectTypeOf<'mentors.total'>().toExtend<IndicatorKey>();
    expectTypeOf<'pairs.byForm.teacher-student'>().toExtend<IndicatorKey>();
    expectTypeOf<'documents.regulation.link'>().toExtend<IndicatorKey>();
    const role = (n: number): 'mentor' | 'mentee' => (n > 0 ? 'mentor' : 'mentee');
    const score: IndicatorKey = `satisfaction.${role(1)}s.score`;
    expect(indicatorDef(score)?.unit).toBe('score');
    // @ts-expect-error a typo names no indicator
    const typo: IndicatorKey = 'mentors.totl';
    // @ts-expect-error the template without its «s» names no indicator
    const template: IndicatorKey = `satisfaction.${role(1)}`;
    // @ts-expect-error «other» documents have no indicators of their own
    const other: IndicatorKey = 'documents.other.link';
    expect([typo, template, other].map(isIndicatorKey)).toEqual([false, false, false]);
  });

  it('every catalog entry is a key, and isIndicatorKey knows exactly those', () => {
    for (const d of INDICATORS) expect(isIndicatorKey(d.key), d.key).toBe(true);
    expect(new Set(INDICATORS.map((d) => d.key)).size).toBe(INDICATORS.length);
    expect(isIndicatorKey('pairs.byForm.teacher-teacher')).toBe(true);
    expect(isIndicatorKey('pairs.byForm.somebody')).toBe(false);
  });

  it("a stored mapping keeps the catalog's keys and «do not fill», and drops a key this version does not know", () => {
    const entries = IndicatorMappingEntries.parse({
      'text:всего': 'mentors.total',
      'text:прочее': null,
      'text:новое': 'mentors.fromTheFuture',
    });
    expect(entries).toEqual({ 'text:всего': 'mentors.total', 'text:прочее': null });
    expectTypeOf(entries).toEqualTypeOf<Record<string, IndicatorKey | null>>();
  });
});

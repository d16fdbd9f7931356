import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, MENTORING_FORMS } from '../../../shared/model';
import { INDICATORS, indicatorDef, parseReportSettings } from '../../../shared/report';

describe('indicator catalog', () => {
  it('has unique keys, Russian labels and synonyms for every indicator', () => {
    const keys = INDICATORS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of INDICATORS) {
      expect(d.label, d.key).toMatch(/[А-Яа-яЁё]/);
      expect(d.synonyms.length, d.key).toBeGreaterThan(0);
      for (const s of d.synonyms) expect(s, d.key).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('keeps the keys other parts rely on', () => {
    for (const key of [
      'mentors.total',
      'mentees.total',
      'pairs.total',
      'pairs.withOrder',
      'young.share',
      'young.unknown',
      'coverage.share',
      'roadmap.overdue',
      'satisfaction.mentees',
      'bestPractices',
    ]) {
      expect(indicatorDef(key), key).toBeDefined();
    }
    for (const f of MENTORING_FORMS) expect(indicatorDef(`pairs.byForm.${f}`)?.unit).toBe('count');
    for (const k of DOCUMENT_KINDS.filter((k) => k !== 'other')) {
      expect(indicatorDef(`documents.${k}.exists`)?.unit).toBe('boolean');
      expect(indicatorDef(`documents.${k}.link`)?.unit).toBe('link');
    }
  });

  it('words the regional form «Наличие … (ссылка)» and «… в соответствии с приказом»', () => {
    expect(indicatorDef('documents.regulation.link')?.synonyms).toContain(
      'Наличие положения о наставничестве (ссылка)',
    );
    expect(indicatorDef('pairs.withOrder')?.label).toBe(
      'Количество наставнических пар/групп в соответствии с приказом',
    );
  });

  it('gives every share a ratio of counts and every mean a weight, all in the catalog', () => {
    for (const d of INDICATORS) {
      if (d.merge === 'share') {
        expect(d.ratio, d.key).toBeDefined();
        for (const k of [d.ratio!.numerator, ...d.ratio!.denominator])
          expect(indicatorDef(k)?.unit, k).toBe('count');
      }
      if (d.merge === 'mean') expect(indicatorDef(d.weight ?? '')?.unit, d.key).toBe('count');
    }
  });
});

describe('report settings', () => {
  it('defaults to the district 50% and federal 70% targets and names a wrong field', () => {
    expect(parseReportSettings({})).toMatchObject({
      ok: true,
      value: { youngShareTarget: 50, coverageShareTarget: 70 },
    });
    expect(parseReportSettings({ teachersTotal: -3 })).toEqual({
      ok: false,
      errors: ['поле teachersTotal: количество не может быть отрицательным'],
    });
  });
});

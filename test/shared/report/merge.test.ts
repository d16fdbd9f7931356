import { describe, expect, it } from 'vitest';
import type { ReportPackage } from '../../../shared/model';
import { indicatorValue, mergePackages, validateReportPackage } from '../../../shared/report';
import { schoolPackage } from './packages';

const PERIOD = { from: '2025-09-01', to: '2025-12-31', label: 'I полугодие 2025/26' };
const names = (n: number) => Array.from({ length: n }, (_, i) => `МБОУ СОШ № ${i + 1}`);
const clone = (p: ReportPackage): ReportPackage => JSON.parse(JSON.stringify(p));
function setValue(p: ReportPackage, key: string, value: number | string | null) {
  const ind = p.indicators.find((i) => i.key === key);
  if (!ind) throw new Error(key);
  ind.value = value;
}

describe('mergePackages: 30 schools', () => {
  // School i knows 3, 4 or 5 young teachers in turn; each has 3 of them in mentoring (edge-case school).
  const packages = names(30).map((name, i) =>
    schoolPackage(name, { youngTeachersTotal: 3 + (i % 3), teachersTotal: 40, pupilsTotal: 360 }),
  );
  const { package: district, report } = mergePackages(packages, {
    districtName: 'Заречный район',
    period: PERIOD,
    expectedSchools: names(31),
  });
  const v = (key: string) => indicatorValue(district, key);

  it('sums the counts', () => {
    expect(v('pairs.total')).toBe(120); // 4 × 30
    expect(v('pairs.groups')).toBe(30);
    expect(v('pairs.byForm.teacher-teacher')).toBe(90);
    expect(v('mentors.total')).toBe(120);
    expect(v('mentees.total')).toBe(180);
    expect(v('programmes.completed')).toBe(30);
    expect(v('young.total')).toBe(120); // 10 × (3 + 4 + 5)
    expect(v('young.inMentoring')).toBe(90);
    expect(v('roadmap.overdue')).toBe(30);
  });

  it('recomputes shares from the summed counts, not by averaging percents', () => {
    // Averaging the schools' 100%, 75% and 60% would give 78.3.
    expect(v('young.share')).toBe(75);
    expect(v('coverage.share')).toBe(2); // 240 of 12 000
    expect(v('young.target')).toBe(50);
    expect(v('satisfaction.mentors')).toBe(85);
    expect(v('satisfaction.mentors.responses')).toBe(60);
  });

  it('sums the per-form and any-role counts and recomputes their shares', () => {
    expect(v('pairs.pairs.byForm.teacher-teacher')).toBe(60); // 2 × 30
    expect(v('pairs.groups.byForm.teacher-teacher')).toBe(30);
    expect(v('mentees.byForm.teacher-teacher')).toBe(120);
    expect(v('coverage.teachers')).toBe(240); // 8 × 30
    expect(v('coverage.teachers.share')).toBe(20); // 240 of 1 200
    expect(v('coverage.pupils')).toBe(60);
    expect(v('coverage.pupils.share')).toBe(0.6); // 60 of 10 800
    expect(v('satisfaction.mentors.score')).toBe(4.3);
    // Nothing kept meetings or rewards at any school: the district has no figure, not 0.
    expect(v('meetings.held')).toBeNull();
    expect(v('mentors.rewarded')).toBeNull();
  });

  it('names the district itself, its period and date; the schools’ curators stay school-level', () => {
    expect(v('organisation.name')).toBe('Заречный район');
    expect(v('report.period')).toBe('I полугодие 2025/26');
    expect(v('report.date')).toBe('2025-12-20');
    expect(v('organisation.inn')).toBeNull();
    expect(v('curator.name')).toBeNull();
  });

  it('is a valid district package listing its schools, and names the school that did not send one', () => {
    expect(district.kind).toBe('district');
    expect(district.schools).toHaveLength(30);
    expect(district.organisation.region).toBe('Красноярский край');
    expect(validateReportPackage(JSON.parse(JSON.stringify(district))).ok).toBe(true);
    expect(report.missing).toEqual(['МБОУ СОШ № 31']);
    expect(report.inconsistent).toEqual([]);
    expect(v('documents.order-pairs.exists')).toBeNull();
  });
});

describe('mergePackages: what goes wrong', () => {
  it('sums a format-1 package with the current ones: the figures it lacks are noted, not invented', () => {
    const old = clone(schoolPackage('Школа А'));
    const added =
      /^(organisation|curator|report|coverage\.(teachers|pupils)|meetings|mentors\.rewarded)|byForm\.|score$/;
    const v1 = {
      ...old,
      schemaVersion: 1,
      indicators: old.indicators.filter((i) => !added.test(i.key) || i.key.startsWith('pairs.byForm.')),
    };
    const b = clone(schoolPackage('Школа Б'));
    setValue(b, 'meetings.held', 12);
    const { package: d, report } = mergePackages([v1, b], { districtName: 'Район', period: PERIOD });
    expect(report.included).toEqual(['Школа А', 'Школа Б']);
    // pairs.byForm meant pairs and groups together in format 1 too: summed as it is.
    expect(indicatorValue(d, 'pairs.byForm.teacher-teacher')).toBe(6);
    expect(indicatorValue(d, 'pairs.pairs.byForm.teacher-teacher')).toBe(2);
    expect(indicatorValue(d, 'meetings.held')).toBe(12);
    const notes = report.notes.map((n) => n.message);
    expect(notes).toContain(
      'Школа А: нет значения показателя pairs.pairs.byForm.teacher-teacher («Количество наставнических пар (без групп) по форме «Учитель – учитель»») — сумма района без него',
    );
    expect(report.inconsistent).toEqual([]);
  });

  it('weights satisfaction by the number of answers', () => {
    const a = clone(schoolPackage('Школа А'));
    setValue(a, 'satisfaction.mentees', 80);
    setValue(a, 'satisfaction.mentees.responses', 1);
    const b = clone(schoolPackage('Школа Б'));
    setValue(b, 'satisfaction.mentees', 50);
    setValue(b, 'satisfaction.mentees.responses', 3);
    const { package: d } = mergePackages([a, b], { districtName: 'Район', period: PERIOD });
    expect(indicatorValue(d, 'satisfaction.mentees')).toBe(57.5);
  });

  it('keeps the later of two packages from one school and says so', () => {
    const early = schoolPackage('СОШ № 5', {}, { generatedAt: '2025-12-01T09:00:00Z' });
    const late = clone(schoolPackage('сош №5', {}, { generatedAt: '2025-12-02T09:00:00Z' }));
    setValue(late, 'pairs.total', 4);
    const { package: d, report } = mergePackages([late, early], { districtName: 'Район', period: PERIOD });
    expect(report.included).toEqual(['сош №5']);
    expect(report.duplicates.map((i) => i.message)).toEqual([
      'СОШ № 5: пакет получен дважды — учтён более поздний по времени формирования',
    ]);
    expect(indicatorValue(d, 'pairs.total')).toBe(4);
  });

  it('recognises one school by INN under two spellings', () => {
    const a = schoolPackage('МБОУ «СОШ № 7»', {}, { inn: '2401000001' });
    const b = schoolPackage('Школа 7', {}, { inn: '2401000001', generatedAt: '2025-12-21T09:00:00Z' });
    const { report } = mergePackages([a, b], {
      districtName: 'Район',
      period: PERIOD,
      expectedSchools: ['2401000001'],
    });
    expect(report.included).toEqual(['Школа 7']);
    expect(report.missing).toEqual([]);
  });

  it('leaves out a package of another period, a district package and a broken one, naming each', () => {
    const other = schoolPackage('СОШ № 2', {}, { period: { from: '2025-01-01', to: '2025-06-30' } });
    const district = { ...clone(schoolPackage('Соседний район')), kind: 'district' };
    const broken = clone(schoolPackage('СОШ № 3')) as unknown as { indicators: { value: unknown }[] };
    broken.indicators[7]!.value = -1;
    const v2 = { ...clone(schoolPackage('СОШ № 4')), schemaVersion: 3 };
    const { report } = mergePackages([schoolPackage('СОШ № 1'), other, district, broken, v2], {
      districtName: 'Район',
      period: PERIOD,
    });
    expect(report.included).toEqual(['СОШ № 1']);
    expect(report.excluded.map((i) => i.message)).toEqual([
      'СОШ № 2: пакет за другой период (2025-01-01 – 2025-06-30, ожидался 2025-09-01 – 2025-12-31) — не учтён',
      'Соседний район: это пакет района, а не школы — не учтён',
      'пакет №4: поле indicators[7].value: ожидается целое число от 0 до 10 000 000 или пусто, указано -1',
      'пакет №5: версия формата 3 не поддерживается: ожидается версия 1 или 2',
    ]);
  });

  it('reports a package that contradicts itself, naming the school and the indicator, and still sums it', () => {
    const p = clone(schoolPackage('СОШ № 9'));
    setValue(p, 'pairs.total', 5);
    setValue(p, 'young.inMentoring', 7);
    const { package: d, report } = mergePackages([p], { districtName: 'Район', period: PERIOD });
    expect(report.inconsistent.map((i) => [i.school, i.indicator])).toEqual([
      ['СОШ № 9', 'pairs.total'],
      ['СОШ № 9', 'pairs.total'],
      ['СОШ № 9', 'young.inMentoring'],
    ]);
    expect(report.inconsistent[0]?.message).toBe(
      'СОШ № 9: pairs.total = 5, а сумма pairs.byForm.teacher-teacher + pairs.byForm.teacher-student + ' +
        'pairs.byForm.student-student + pairs.byForm.university-student + pairs.byForm.employer-student = 4',
    );
    expect(report.inconsistent[2]?.message).toBe(
      'СОШ № 9: young.inMentoring = 7 больше, чем young.total = 3',
    );
    expect(indicatorValue(d, 'pairs.total')).toBe(5);
  });

  it('lists best practices school by school, notes missing values and targets that differ', () => {
    const a = schoolPackage('Школа А', { bestPractices: 'Клуб молодого педагога', youngShareTarget: 50 });
    const b = clone(schoolPackage('Школа Б', { youngShareTarget: 60 }));
    b.indicators = b.indicators.filter((i) => i.key !== 'roadmap.total');
    const { package: d, report } = mergePackages([a, b], { districtName: 'Район', period: PERIOD });
    expect(indicatorValue(d, 'bestPractices')).toBe('Школа А: Клуб молодого педагога');
    expect(indicatorValue(d, 'young.target')).toBeNull();
    expect(indicatorValue(d, 'roadmap.total')).toBe(4);
    const notes = report.notes.map((n) => n.message);
    expect(notes).toContain(
      'Школа Б: нет значения показателя roadmap.total («Количество мероприятий дорожной карты») — сумма района без него',
    );
    expect(notes).toContain(
      'показатель young.target («Целевое значение доли молодых педагогов в наставничестве, %»): целевые значения школ различаются — в пакете района не указан',
    );
  });
});

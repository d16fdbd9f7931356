// The portals' vocabulary (sample-report.json of the portal fixtures) read into a report package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  indicatorDef,
  indicatorValue,
  packageFromVocabulary,
  ReportPackageError,
  readVocabularyReport,
  VOCABULARY_KEYS,
  validateReportPackage,
  vocabularyIndicator,
} from '../../../shared/report';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SAMPLE = path.resolve(repoRoot, '../shared/fixtures/portals/sample-report.json');
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;

/** The sample's vocabulary keys as dot paths with their values. */
function leaves(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? leaves(v as Record<string, unknown>, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('packageFromVocabulary', () => {
  it('maps every key of the sample report onto a catalog indicator, value for value', () => {
    const warnings: string[] = [];
    const pkg = packageFromVocabulary(sample(), '2024-12-16', warnings);
    expect(warnings).toEqual([]);
    expect(validateReportPackage(JSON.parse(JSON.stringify(pkg)))).toMatchObject({ ok: true, warnings: [] });
    const pairs = leaves(sample());
    expect(pairs.length).toBe(60);
    for (const [key, value] of pairs) {
      const target = vocabularyIndicator(key);
      expect(target, key).not.toBeNull();
      expect(indicatorDef(target!), key).toBeDefined();
      expect(indicatorValue(pkg, target!), key).toEqual(value === '' ? null : value);
    }
    // Every vocabulary key the table knows is in the sample, and the other way round.
    expect(new Set(pairs.map(([k]) => k))).toEqual(new Set(VOCABULARY_KEYS));
  });

  it('reads the figures portals ask by hand-checked key', () => {
    const pkg = packageFromVocabulary(sample(), '2024-12-16');
    expect(pkg.organisation).toMatchObject({ name: 'МАОУ «Гимназия № 3» г. Северогорск', inn: '8603012346' });
    expect(pkg.period).toEqual({ from: '2024-09-01', to: '2025-08-31', label: '2024/2025 учебный год' });
    expect(pkg.generatedAt).toBe('2024-12-16T00:00:00Z');
    const v = (key: string) => indicatorValue(pkg, key);
    expect(v('curator.name')).toBe('Ковалёва Ирина Сергеевна');
    expect(v('report.date')).toBe('2024-12-16');
    expect(v('pairs.pairs')).toBe(22);
    expect(v('pairs.groups')).toBe(12);
    expect(v('pairs.total')).toBe(34);
    // «пар и групп всего (в соответствии с приказом)»: the vocabulary's total is the count by order too.
    expect(v('pairs.withOrder')).toBe(34);
    expect(v('pairs.pairs.byForm.teacher-teacher')).toBe(12);
    expect(v('pairs.groups.byForm.university-student')).toBe(2);
    expect(v('mentees.byForm.employer-student')).toBe(8);
    expect(v('coverage.teachers.share')).toBe(45.6);
    expect(v('satisfaction.mentors.score')).toBe(4);
    expect(v('documents.rewarding.link')).toMatch(/polozhenie-o-pooshchrenii\.pdf$/);
    expect(v('documents.rewarding.exists')).toBe(true);
    // best_practices is "" in the sample: no link, and the paper is not there.
    expect(v('documents.best-cases.link')).toBeNull();
    expect(v('documents.best-cases.exists')).toBe(false);
    // pairs.byForm keeps its meaning (pairs and groups together): the vocabulary does not give it.
    expect(v('pairs.byForm.teacher-teacher')).toBeNull();
  });

  it('skips keys the vocabulary lacks with a warning naming each', () => {
    const warnings: string[] = [];
    const pkg = packageFromVocabulary(
      { ...sample(), okpo: '12345678', pairs_by_form: { teacher_teacher: 12, robot_student: 3 } },
      '2024-12-16',
      warnings,
    );
    expect(warnings.sort()).toEqual([
      'поле okpo: такого показателя в словаре порталов нет — пропущено',
      'поле pairs_by_form.robot_student: такого показателя в словаре порталов нет — пропущено',
    ]);
    expect(indicatorValue(pkg, 'pairs.pairs.byForm.teacher-teacher')).toBe(12);
    expect(indicatorValue(pkg, 'pairs.pairs.byForm.teacher-student')).toBeNull();
  });

  it('accepts the per-form keys as dot paths too', () => {
    const pkg = packageFromVocabulary(
      { school_name: 'СОШ № 1', 'groups_by_form.student_student': 3 },
      '2024-12-16',
    );
    expect(indicatorValue(pkg, 'pairs.groups.byForm.student-student')).toBe(3);
  });

  it('refuses bad values, naming the vocabulary key', () => {
    const res = readVocabularyReport(
      {
        ...sample(),
        mentors_total: 'двадцать',
        young_teachers_share_pct: 187.5,
        report_date: '16.12.2024',
        satisfaction_mentors: 9,
        pairs_by_form: { teacher_teacher: -1 },
        school_name: '',
      },
      '2024-12-16',
    );
    expect(res.ok).toBe(false);
    expect(!res.ok && [...res.errors].sort()).toEqual(
      [
        'поле report_date: ожидается дата в виде ГГГГ-ММ-ДД или пусто, указано «16.12.2024»',
        'поле mentors_total: ожидается целое число от 0 до 10 000 000 или пусто, указано «двадцать»',
        'поле young_teachers_share_pct: ожидается доля от 0 до 100 % или пусто, указано 187.5',
        'поле satisfaction_mentors: ожидается средний балл от 1 до 5 или пусто, указано 9',
        'поле pairs_by_form.teacher_teacher: ожидается целое число от 0 до 10 000 000 или пусто, указано -1',
        'поле school_name: не указано наименование образовательной организации',
      ].sort(),
    );
    expect(() => packageFromVocabulary({ school_name: 'СОШ', mentors_total: [1] }, '2024-12-16')).toThrow(
      ReportPackageError,
    );
  });

  it('takes the academic year of today when the period cannot be read', () => {
    const pkg = packageFromVocabulary({ school_name: 'СОШ № 1', period: 'отчёт' }, '2025-03-10');
    expect(pkg.period).toEqual({ from: '2024-09-01', to: '2025-08-31', label: 'отчёт' });
  });
});

import { type ReportPackage, ReportPackage as ReportPackageSchema } from '../../../shared/model/report';
import { INDICATORS } from '../../../shared/report/catalog';

/** Values the fixture tests check by hand; every other indicator gets a generated value of its unit. */
export const SAMPLE_VALUES: Record<string, number | string | boolean | null> = {
  'mentors.total': 24,
  'mentors.teachers': 19,
  'mentors.trained': 17,
  'mentees.total': 61,
  'mentees.students': 48,
  'mentees.teachers': 13,
  'mentees.inPairs': 55,
  'pairs.total': 30,
  'pairs.withOrder': 28,
  'pairs.pairs': 26,
  'pairs.groups': 4,
  'programmes.written': 22,
  'programmes.completed': 9,
  'young.total': 11,
  'young.inMentoring': 7,
  'young.share': 63.6,
  'coverage.share': 41.25,
  'satisfaction.mentors': 87.5,
  'satisfaction.mentees': 91,
  'roadmap.total': 12,
  'roadmap.done': 8,
  'roadmap.overdue': 2,
  bestPractices: 'Пара Ивановой М. П. и Петрова С. А.: проект «Читаем вместе»',
  'pairs.byForm.teacher-teacher': 14,
  'pairs.byForm.teacher-student': 6,
  'pairs.byForm.student-student': 5,
  'pairs.byForm.university-student': 3,
  'pairs.byForm.employer-student': 2,
  'documents.regulation.exists': true,
  'documents.regulation.link': 'https://school.example/nastavnik/polozhenie.pdf',
  'documents.roadmap.exists': true,
  'documents.site-section.exists': true,
  'documents.best-cases.exists': false,
  'documents.order-introduction.exists': true,
  'documents.order-introduction.link': 'https://school.example/nastavnik/prikaz.pdf',
  'documents.programme.exists': false,
  'documents.order-curator.exists': true,
  'documents.bank.link': 'https://school.example/nastavnik/bank.xlsx',
};

/** A valid school package with a value for every catalog indicator. */
export function samplePackage(overrides: Partial<ReportPackage> = {}): ReportPackage {
  let n = 100;
  const indicators = INDICATORS.map((def) => {
    let value = SAMPLE_VALUES[def.key];
    if (value === undefined) {
      value =
        def.unit === 'count'
          ? n++
          : def.unit === 'percent'
            ? 50
            : def.unit === 'boolean'
              ? true
              : def.unit === 'link'
                ? `https://school.example/${def.key}`
                : `Текст ${def.key}`;
    }
    return { key: def.key, label: def.label, unit: def.unit, value };
  });
  return ReportPackageSchema.parse({
    schemaVersion: 1,
    kind: 'school',
    organisation: { name: 'МБОУ СОШ № 5', district: 'Богучанский район', region: 'Красноярский край' },
    period: { from: '2023-09-01', to: '2024-05-31', label: '2023/2024 учебный год' },
    generatedAt: '2024-06-01T10:00:00+07:00',
    indicators,
    ...overrides,
  });
}

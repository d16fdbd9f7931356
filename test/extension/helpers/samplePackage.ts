import {
  REPORT_SCHEMA_VERSION,
  type ReportPackage,
  ReportPackage as ReportPackageSchema,
} from '../../../shared/model/report';
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
  // per-form pairs and groups that add up to pairs.byForm, pairs.pairs and pairs.groups.
  'pairs.pairs.byForm.teacher-teacher': 13,
  'pairs.pairs.byForm.teacher-student': 5,
  'pairs.pairs.byForm.student-student': 4,
  'pairs.pairs.byForm.university-student': 2,
  'pairs.pairs.byForm.employer-student': 2,
  'pairs.groups.byForm.teacher-teacher': 1,
  'pairs.groups.byForm.teacher-student': 1,
  'pairs.groups.byForm.student-student': 1,
  'pairs.groups.byForm.university-student': 1,
  'pairs.groups.byForm.employer-student': 0,
  'mentees.byForm.teacher-teacher': 15,
  'mentees.byForm.teacher-student': 14,
  'mentees.byForm.student-student': 12,
  'mentees.byForm.university-student': 6,
  'mentees.byForm.employer-student': 4,
  'school.teachers': 80,
  'school.pupils': 400,
  'coverage.teachers': 32,
  'coverage.teachers.share': 40,
  'coverage.pupils': 60,
  'coverage.pupils.share': 15,
  'mentors.rewarded': 5,
  'meetings.held': 140,
  'satisfaction.mentors.score': 4.5,
  'satisfaction.mentees.score': 4.6,
  'organisation.name': 'МБОУ СОШ № 5',
  'organisation.inn': '2404001234',
  'curator.name': 'Иванова Мария Петровна',
  'curator.position': 'заместитель директора',
  'curator.email': 'ivanova@school.example',
  'curator.phone': '+7 (391) 123-45-67',
  'report.date': '2024-05-31',
  'report.period': '2023/2024 учебный год',
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
            : def.unit === 'score'
              ? 4.2
              : def.unit === 'date'
                ? '2024-05-31'
                : def.unit === 'boolean'
                  ? true
                  : def.unit === 'link'
                    ? `https://school.example/${def.key}`
                    : `Текст ${def.key}`;
    }
    return { key: def.key, label: def.label, unit: def.unit, value };
  });
  return ReportPackageSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'school',
    organisation: { name: 'МБОУ СОШ № 5', district: 'Богучанский район', region: 'Красноярский край' },
    period: { from: '2023-09-01', to: '2024-05-31', label: '2023/2024 учебный год' },
    generatedAt: '2024-06-01T10:00:00+07:00',
    indicators,
    ...overrides,
  });
}

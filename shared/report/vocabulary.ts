/** The portals' report vocabulary (school_name, pairs_by_form.F, …) read into a report package of catalog keys. */
import {
  type DocumentKind,
  type IndicatorValue,
  type MentoringForm,
  REPORT_SCHEMA_VERSION,
  type ReportPackage,
} from '../model';
import { academicYearOf, toPeriod } from '../roadmap/period';
import { INDICATORS, type IndicatorKey, indicatorDef } from './catalog';
import { checkIndicator, ReportPackageError, type ValidationResult, validateReportPackage } from './package';
import { REPORT_STRINGS as S } from './strings';

/*
 * The one table from the vocabulary that district portals ask in (../shared/fixtures/portals/README.md,
 * «The report package and the vocabulary») to the indicator catalog (catalog.ts).
 */

/** Plain keys → one indicator each. */
const PLAIN: Readonly<Record<string, IndicatorKey>> = {
  school_name: 'organisation.name',
  school_inn: 'organisation.inn',
  curator_name: 'curator.name',
  curator_position: 'curator.position',
  curator_email: 'curator.email',
  curator_phone: 'curator.phone',
  report_date: 'report.date',
  period: 'report.period',
  mentors_total: 'mentors.total',
  mentors_trained: 'mentors.trained',
  mentors_teachers: 'mentors.teachers',
  mentors_rewarded: 'mentors.rewarded',
  mentees_total: 'mentees.total',
  mentees_teachers: 'mentees.teachers',
  mentees_students: 'mentees.students',
  young_teachers_total: 'young.total',
  young_teachers_in_mentoring: 'young.inMentoring',
  young_teachers_share_pct: 'young.share',
  teachers_total: 'school.teachers',
  teachers_in_mentoring: 'coverage.teachers',
  teachers_in_mentoring_share_pct: 'coverage.teachers.share',
  students_total: 'school.pupils',
  students_in_mentoring: 'coverage.pupils',
  students_in_mentoring_share_pct: 'coverage.pupils.share',
  // «пар (без учёта групп)» is pairs alone; «пар и групп» is the catalog's pairs.total.
  pairs_total: 'pairs.pairs',
  groups_total: 'pairs.groups',
  pairs_and_groups_total: 'pairs.total',
  programmes_written: 'programmes.written',
  programmes_completed: 'programmes.completed',
  roadmap_total: 'roadmap.total',
  roadmap_done: 'roadmap.done',
  roadmap_overdue: 'roadmap.overdue',
  meetings_held: 'meetings.held',
  // The vocabulary's satisfaction is a mean score on 1–5, not the questionnaires' percent.
  satisfaction_mentors: 'satisfaction.mentors.score',
  satisfaction_mentees: 'satisfaction.mentees.score',
};

/** `<key>.<form>` → the per-form indicator. */
const BY_FORM: Readonly<Record<string, (form: MentoringForm) => IndicatorKey>> = {
  pairs_by_form: (f) => `pairs.pairs.byForm.${f}`,
  groups_by_form: (f) => `pairs.groups.byForm.${f}`,
  mentees_by_form: (f) => `mentees.byForm.${f}`,
};

/** The vocabulary's form names → the model's form codes. */
const FORMS: Readonly<Record<string, MentoringForm>> = {
  teacher_teacher: 'teacher-teacher',
  teacher_student: 'teacher-student',
  student_student: 'student-student',
  college_student_pupil: 'university-student',
  employer_student: 'employer-student',
};

/**
 * Document links → documents.<kind>.link, and documents.<kind>.exists (the vocabulary's own rule: a paper
 * exists when its link is non-empty).
 */
const DOCUMENTS: Readonly<Record<string, Exclude<DocumentKind, 'other'>>> = {
  doc_intro_order: 'order-introduction',
  doc_regulation: 'regulation',
  doc_roadmap: 'roadmap',
  doc_programme: 'programme',
  doc_curator_order: 'order-curator',
  doc_pairs_order: 'order-pairs',
  doc_reward: 'rewarding',
  site_section: 'site-section',
  bank_link: 'bank',
  best_practices: 'best-cases',
};

/** Every vocabulary key this table reads, dot paths for the per-form ones (for tests and docs). */
export const VOCABULARY_KEYS: readonly string[] = [
  ...Object.keys(PLAIN),
  ...Object.keys(BY_FORM).flatMap((k) => Object.keys(FORMS).map((f) => `${k}.${f}`)),
  ...Object.keys(DOCUMENTS),
];

/** The catalog key a vocabulary key (dot path) fills, or null when the vocabulary has no such key. */
export function vocabularyIndicator(path: string): IndicatorKey | null {
  if (PLAIN[path]) return PLAIN[path];
  const kind = DOCUMENTS[path];
  if (kind) return `documents.${kind}.link`;
  const [head = '', form = '', ...rest] = path.split('.');
  const toKey = BY_FORM[head];
  const code = FORMS[form];
  return toKey && code && rest.length === 0 ? toKey(code) : null;
}

/** Nested objects flattened to dot paths: { pairs_by_form: { teacher_teacher: 12 } } → pairs_by_form.teacher_teacher. */
function flatten(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? flatten(v as Record<string, unknown>, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/**
 * A report in the portals' vocabulary → a checked package, or Russian errors naming each vocabulary key.
 * Keys the vocabulary lacks are skipped with a warning; a value of the wrong kind (text for a count, a share
 * over 100 %, a date that is not ГГГГ-ММ-ДД) is an error. Empty text and null are «no value».
 * The package's organisation comes from school_name / school_inn, its period from `period` (the academic
 * year containing `today` when there is none or it cannot be read), its generation time from `today`.
 */
export function readVocabularyReport(
  report: Record<string, unknown>,
  today: string,
): ValidationResult<ReportPackage> {
  const values = new Map<IndicatorKey, IndicatorValue['value']>();
  const errors: string[] = [];
  const warnings: string[] = [];

  const put = (path: string, key: IndicatorKey, raw: unknown) => {
    const def = indicatorDef(key);
    if (!def) throw new Error(`vocabulary maps ${path} to ${key}, which the catalog lacks`);
    const value =
      raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') ? null : raw;
    if (
      (value !== null && typeof value === 'object') ||
      typeof value === 'function' ||
      typeof value === 'bigint'
    ) {
      errors.push(S.field(path, S.notText));
      return;
    }
    const check = checkIndicator({ key, unit: def.unit, value: value as IndicatorValue['value'] });
    if (check.kind === 'error') errors.push(S.field(path, check.message));
    else values.set(key, typeof value === 'string' ? value.trim() : (value as IndicatorValue['value']));
  };

  for (const [path, raw] of flatten(report)) {
    const kind = DOCUMENTS[path];
    const key = vocabularyIndicator(path);
    if (!key) {
      warnings.push(S.vocabularyUnknown(path));
      continue;
    }
    put(path, key, raw);
    if (kind && values.has(key)) values.set(`documents.${kind}.exists`, values.get(key) !== null);
  }

  // The vocabulary defines pairs_and_groups_total as «пар и групп всего (в соответствии с приказом)»: the same
  // figure answers a portal's «пар/групп в соответствии с приказом» (pairs.withOrder).
  if (values.has('pairs.total') && !values.has('pairs.withOrder'))
    values.set('pairs.withOrder', values.get('pairs.total') ?? null);

  const text = (key: IndicatorKey) => {
    const v = values.get(key);
    return typeof v === 'string' ? v : '';
  };
  const periodText = text('report.period');
  const period = toPeriod(periodText) ?? academicYearOf(today);
  if (text('organisation.name') === '') errors.push(S.field('school_name', S.vocabularyNoSchool));
  if (errors.length > 0) return { ok: false, error: errors[0] ?? '', errors };

  const res = validateReportPackage({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'school',
    organisation: { name: text('organisation.name'), inn: text('organisation.inn') },
    period: { from: period.start, to: period.end, label: periodText || period.label },
    generatedAt: `${today}T00:00:00Z`,
    // Every catalog indicator, in catalog order, as the add-on writes a package; what the report lacks is empty.
    indicators: INDICATORS.map((d) => ({
      key: d.key,
      label: d.label,
      unit: d.unit,
      value: values.get(d.key) ?? null,
    })),
    schools: [],
    lists: null,
  });
  return res.ok ? { ...res, warnings: [...warnings, ...res.warnings] } : res;
}

/**
 * The same, for callers that want the package itself: throws ReportPackageError (Russian messages) on bad
 * values; the skipped keys' warnings go to `warnings` when given.
 */
export function packageFromVocabulary(
  report: Record<string, unknown>,
  today: string,
  warnings?: string[],
): ReportPackage {
  const res = readVocabularyReport(report, today);
  if (!res.ok) throw new ReportPackageError(res.errors);
  warnings?.push(...res.warnings);
  return res.value;
}

/** Computing the catalog's indicators from the sheets' records on a given day (empty, not 0, where there is no source). */
import {
  DOCUMENT_KINDS,
  type IndicatorValue,
  isGroup,
  isYoungSpecialist,
  MENTORING_FORMS,
  type Mentee,
  type MenteeRole,
  type Mentor,
  type MentoringForm,
  type Pair,
  type ProgrammeDocument,
  type RoadmapItem,
} from '../model';
import { heldRepeats } from '../people/identity';
import { type ResponseFigures, summariseSatisfaction } from '../surveys';
import { planProgress, plansCompleted } from '../year/plans';
import { satisfactionByForm } from '../year/satisfaction';
import { INDICATORS, type IndicatorKey } from './catalog';
import { dateOf, pairInPeriod, roadmapItemInPeriod, roadmapItemOverdue } from './period';
import { ReportSettings, type ReportSettingsInput } from './settings';

export interface IndicatorInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly Pair[];
  roadmap: readonly RoadmapItem[];
  documents: readonly ProgrammeDocument[];
  /** «Анкеты» as the report reads them: figures only (the raw answers are not needed). */
  responses: readonly ResponseFigures[];
  /** Steps of the pairs' plans: a pair whose plan has steps, all done, completed its programme. */
  plans?: readonly { pairId: string; done?: boolean }[];
  period: { from: string; to: string; label?: string };
  /** ISO `YYYY-MM-DD`: the reference date for ages and overdue deadlines, and the report's date. */
  today: string;
  /** The school as the report settings name it: its name and INN travel as fillable indicators too. */
  organisation?: { name: string; inn: string };
  /**
   * Meetings of the period's pairs, counted by whoever keeps them (the sheet «Встречи»); null or absent when
   * nothing keeps them, and the indicator is then empty, never 0.
   */
  meetingsHeld?: number | null;
  /** Active pairs needing the curator's attention (shared/year's pairsHealth); null: not known. */
  pairsNeedingAttention?: number | null;
}

type Value = IndicatorValue['value'];

/** Forms in which the mentor is a teacher of the school. */
const TEACHER_MENTOR_FORMS: ReadonlySet<MentoringForm> = new Set(['teacher-teacher', 'teacher-student']);
/** Forms in which the mentor is a teacher or a pupil of the school (counts toward coverage). */
const SCHOOL_MENTOR_FORMS: ReadonlySet<MentoringForm> = new Set([
  'teacher-teacher',
  'teacher-student',
  'student-student',
]);

/**
 * Percent with one decimal; null when the denominator is zero or unknown, or smaller than the numerator: a
 * share over 100 % means the total the curator entered is out of date, and an empty figure (with the
 * consistency check's message on the part bigger than the whole) is better than a wrong one sent upward.
 */
export function percent(numerator: number, denominator: number | null): number | null {
  if (denominator === null || denominator <= 0 || numerator > denominator) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/**
 * The report's indicators for a period, one per catalog entry, in catalog order.
 * The counting rules are written out in docs/report.md («Как считаются показатели»); in short:
 * - pairs count when their dates overlap the period; a pair finished early counts as a pair, never as a
 *   completed programme;
 * - people are counted once by ID, whatever the number of their forms and pairs; counted are those who worked
 *   in a pair of the period plus those still in the bank (mentor not «Выбыл», mentee not «Завершил»);
 * - people without consent are counted too: aggregate counts carry no personal data (names travel only in
 *   the optional lists, and only with consent — see lists.ts);
 * - a mentee whose age or experience is unknown is reported in young.unknown, never guessed.
 */
export function computeIndicators(
  input: IndicatorInput,
  settingsInput: ReportSettingsInput = {},
): IndicatorValue[] {
  const settings = ReportSettings.parse(settingsInput);
  const values = new Map<IndicatorKey, Value>();
  const set = (key: IndicatorKey, value: Value) => values.set(key, value);

  // A person entered twice (same ФИО and e-mail, which the codec warns about) is one person: later rows
  // and pairs pointing at them are read as the first row.
  const mentorAlias = repeatedRows(input.mentors);
  const menteeAlias = repeatedRows(input.mentees);
  const mentors = input.mentors.filter((m) => !mentorAlias.has(m.id));
  const mentees = input.mentees.filter((m) => !menteeAlias.has(m.id));
  const periodPairs = input.pairs
    .filter((p) => pairInPeriod(p, input.period))
    .map((p) => ({
      ...p,
      mentorId: mentorAlias.get(p.mentorId) ?? p.mentorId,
      menteeIds: [...new Set(p.menteeIds.map((id) => menteeAlias.get(id) ?? id))],
    }));
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));

  // Forms each mentor works in during the period, and the role each mentee has in a pair.
  const pairFormsByMentor = new Map<string, Set<MentoringForm>>();
  const pairRoleByMentee = new Map<string, MenteeRole>();
  for (const p of periodPairs) {
    const forms = pairFormsByMentor.get(p.mentorId) ?? new Set<MentoringForm>();
    forms.add(p.form);
    pairFormsByMentor.set(p.mentorId, forms);
    for (const id of p.menteeIds) {
      if (!pairRoleByMentee.has(id))
        pairRoleByMentee.set(id, p.form === 'teacher-teacher' ? 'teacher' : 'student');
    }
  }

  // Mentors.
  const countedMentors = new Set<string>(pairFormsByMentor.keys());
  for (const m of mentors) if (m.status !== 'left') countedMentors.add(m.id);
  const teacherMentors: string[] = [];
  const pupilMentors: string[] = [];
  let mentorsTrained = 0;
  let mentorsRewarded = 0;
  let rewardKnown = false;
  for (const id of countedMentors) {
    const m = mentorById.get(id);
    const forms = new Set<MentoringForm>([...(m?.forms ?? []), ...(pairFormsByMentor.get(id) ?? [])]);
    // A mentor with no form named anywhere is taken as a teacher: pupils, students and employers who mentor
    // come with their form («Ученик – ученик», …). A mentor of «ученик – ученик» only is a pupil.
    if (forms.size === 0 || [...forms].some((f) => TEACHER_MENTOR_FORMS.has(f))) teacherMentors.push(id);
    else if (forms.has('student-student')) pupilMentors.push(id);
    if (m?.trained) mentorsTrained++;
    if (m && m.rewarded !== null) {
      rewardKnown = true;
      if (m.rewarded) mentorsRewarded++;
    }
  }
  set('mentors.total', countedMentors.size);
  set('mentors.inPairs', pairFormsByMentor.size);
  set('mentors.teachers', teacherMentors.length);
  set('mentors.trained', mentorsTrained);
  // Empty, not 0, when no counted mentor's row says either way (no «Поощрён» column, or all blank).
  set('mentors.rewarded', rewardKnown ? mentorsRewarded : null);

  // Mentees.
  const countedMentees = new Set<string>(pairRoleByMentee.keys());
  for (const m of mentees) if (m.status !== 'finished') countedMentees.add(m.id);
  const teacherMentees: string[] = [];
  const pupilMentees: string[] = [];
  let young = 0;
  let youngInMentoring = 0;
  let youngUnknown = 0;
  for (const id of countedMentees) {
    const m = menteeById.get(id);
    const role = m?.role ?? pairRoleByMentee.get(id) ?? 'teacher';
    if (role === 'teacher') teacherMentees.push(id);
    else pupilMentees.push(id);
    // A mentee missing from the bank has no age to judge: unknown when a teacher, otherwise a pupil.
    const isYoung = m ? isYoungSpecialist(m, input.today) : role === 'teacher' ? null : false;
    if (isYoung === null) youngUnknown++;
    else if (isYoung) {
      young++;
      if (pairRoleByMentee.has(id)) youngInMentoring++;
    }
  }
  set('mentees.total', countedMentees.size);
  set('mentees.teachers', teacherMentees.length);
  set('mentees.students', pupilMentees.length);
  set('mentees.inPairs', pairRoleByMentee.size);
  set('mentees.unpaired', countedMentees.size - pairRoleByMentee.size);

  // Pairs and groups: each pair or group once, under its own form; mentees once per form they are mentored in.
  const byForm = new Map<MentoringForm, number>(MENTORING_FORMS.map((f) => [f, 0]));
  const groupsByForm = new Map<MentoringForm, number>(MENTORING_FORMS.map((f) => [f, 0]));
  const menteesByForm = new Map<MentoringForm, Set<string>>(MENTORING_FORMS.map((f) => [f, new Set()]));
  let groups = 0;
  let withOrder = 0;
  let terminated = 0;
  let written = 0;
  let completed = 0;
  const planDone = plansCompleted(input.plans ?? []);
  const planned = new Set((input.plans ?? []).map((s) => s.pairId));
  for (const p of periodPairs) {
    byForm.set(p.form, (byForm.get(p.form) ?? 0) + 1);
    for (const id of p.menteeIds) menteesByForm.get(p.form)?.add(id);
    if (isGroup(p)) {
      groups++;
      groupsByForm.set(p.form, (groupsByForm.get(p.form) ?? 0) + 1);
    }
    if (p.orderNumber !== '' || p.orderDate !== null) withOrder++;
    if (p.status === 'terminated') terminated++;
    // Finished early is never "completed", whatever the checkbox says; a completed programme was written.
    // A plan on «Планы пар» with every step done is a completed programme too.
    const done =
      p.status !== 'terminated' && (p.programmeCompleted || p.status === 'completed' || planDone.has(p.id));
    if (done) completed++;
    // A plan on «Планы пар» is a written programme, as a link to its Doc is.
    if (done || p.programmeLink !== '' || planned.has(p.id)) written++;
  }
  set('pairs.total', periodPairs.length);
  set('pairs.withOrder', withOrder);
  set('pairs.pairs', periodPairs.length - groups);
  set('pairs.groups', groups);
  set('pairs.terminated', terminated);
  for (const [form, n] of byForm) {
    const g = groupsByForm.get(form) ?? 0;
    set(`pairs.byForm.${form}`, n);
    set(`pairs.pairs.byForm.${form}`, n - g);
    set(`pairs.groups.byForm.${form}`, g);
    set(`mentees.byForm.${form}`, menteesByForm.get(form)?.size ?? 0);
  }
  set('pairs.needAttention', input.pairsNeedingAttention ?? null);
  set('programmes.written', written);
  set('programmes.completed', completed);

  // Plans on «Планы пар» of the period's pairs: empty (unknown) when none of them has a plan there.
  const progress = planProgress(input.plans ?? []);
  const withPlan = periodPairs.filter((p) => (progress.get(p.id)?.total ?? 0) > 0);
  const planSum = (f: (x: { total: number; done: number }) => number) =>
    withPlan.reduce((n, p) => n + f(progress.get(p.id)!), 0);
  const planItems = withPlan.length === 0 ? null : planSum((x) => x.total);
  const itemsDone = withPlan.length === 0 ? null : planSum((x) => x.done);
  set('plans.completed', withPlan.length === 0 ? null : withPlan.filter((p) => planDone.has(p.id)).length);
  set('plans.items', planItems);
  set('plans.itemsDone', itemsDone);
  set(
    'plans.itemsDone.share',
    planItems === null || itemsDone === null ? null : percent(itemsDone, planItems),
  );

  // Young specialists.
  const youngTotal = settings.youngTeachersTotal ?? young;
  set('young.total', youngTotal);
  set('young.inMentoring', youngInMentoring);
  set('young.unknown', youngUnknown);
  set('young.share', percent(youngInMentoring, youngTotal));
  set('young.target', settings.youngShareTarget);

  // Coverage: teachers and pupils of the school working in a pair of the period, as mentor or mentee.
  const participants = coverageParticipants(periodPairs, pairFormsByMentor, mentorById, menteeById);
  const base =
    settings.teachersTotal !== null && settings.pupilsTotal !== null
      ? settings.teachersTotal + settings.pupilsTotal
      : null;
  set('school.teachers', settings.teachersTotal);
  set('school.pupils', settings.pupilsTotal);
  set('coverage.participants', participants);
  set('coverage.share', percent(participants, base));
  set('coverage.target', settings.coverageShareTarget);

  // Teachers and pupils in mentoring in any role: the counted mentors and mentees of each kind, a person who
  // is both mentor and mentee (the same e-mail in both banks) once.
  const teachersIn = onceByEmail(teacherMentors, teacherMentees, mentorById, menteeById);
  const pupilsIn = onceByEmail(pupilMentors, pupilMentees, mentorById, menteeById);
  set('coverage.teachers', teachersIn);
  set('coverage.teachers.share', percent(teachersIn, settings.teachersTotal));
  set('coverage.pupils', pupilsIn);
  set('coverage.pupils.share', percent(pupilsIn, settings.pupilsTotal));

  set('meetings.held', input.meetingsHeld ?? null);

  // Roadmap.
  const items = input.roadmap.filter((i) => roadmapItemInPeriod(i, input.period));
  set('roadmap.total', items.length);
  set('roadmap.done', items.filter((i) => i.done).length);
  set('roadmap.overdue', items.filter((i) => roadmapItemOverdue(i, input.today)).length);

  // Satisfaction: the questionnaires' summary (mean of 1–10 as percent of 10) over the period's answers.
  for (const sum of summariseSatisfaction(periodAnswers(input, mentorById, menteeById))) {
    set(`satisfaction.${sum.role}s`, sum.percent);
    set(`satisfaction.${sum.role}s.responses`, sum.count);
    set(`satisfaction.${sum.role}s.score`, scoreOfFive(sum.percent === null ? null : sum.percent / 10));
  }

  // Satisfaction by form: every scored answer of the period tied to a pair of the period (interim and final).
  const answered = periodAnswers(input, mentorById, menteeById).filter((r) => r.satisfaction !== null);
  const byFormSat = satisfactionByForm(periodPairs, answered);
  for (const form of MENTORING_FORMS) {
    const f = byFormSat[form];
    set(`satisfaction.byForm.${form}`, f.percent);
    // No scored answer at all: the school runs no questionnaire, unknown rather than 0.
    set(`satisfaction.byForm.${form}.responses`, answered.length === 0 ? null : f.count);
  }

  set('bestPractices', settings.bestPractices.trim() || null);

  // Who reports and when: texts a portal asks as fields of their own.
  const text = (v: string | undefined) => v?.trim() || null;
  set('organisation.name', text(input.organisation?.name));
  set('organisation.inn', text(input.organisation?.inn));
  set('curator.name', text(settings.curatorName));
  set('curator.position', text(settings.curatorPosition));
  set('curator.email', text(settings.curatorEmail));
  set('curator.phone', text(settings.curatorPhone));
  set('report.date', input.today);
  set(
    'report.period',
    text(input.period.label) ?? `${ruDate(input.period.from)} – ${ruDate(input.period.to)}`,
  );

  for (const [key, value] of documentIndicators(input.documents)) set(key, value);

  return INDICATORS.map((def) => ({
    key: def.key,
    label: def.label,
    unit: def.unit,
    value: values.get(def.key) ?? null,
  }));
}

/** A meeting as the sheet «Встречи» keeps it: only what the count needs. */
export interface MeetingRecord {
  /** Null for an answer kept aside (no pair named): never counted. */
  pairId: string | null;
  date: string;
}

/**
 * meetings.held from the meetings kept for the pairs: those of a pair counted in the period, dated inside the
 * period. Null when nothing keeps meetings (no «Встречи» sheet), so the indicator stays empty rather than 0.
 */
export function countMeetings(
  meetings: readonly MeetingRecord[] | null | undefined,
  pairs: readonly Pair[],
  period: { from: string; to: string },
): number | null {
  if (!meetings) return null;
  const ids = new Set(pairs.filter((p) => pairInPeriod(p, period)).map((p) => p.id));
  return meetings.filter(
    (m) => m.pairId !== null && ids.has(m.pairId) && m.date >= period.from && m.date <= period.to,
  ).length;
}

/**
 * A 1–10 mean on the 1–5 scale portals ask («средний балл»): the linear map that keeps both ends
 * (1 → 1, 10 → 5), one decimal.
 */
export function scoreOfFive(meanOfTen: number | null): number | null {
  if (meanOfTen === null) return null;
  return Math.round((1 + ((meanOfTen - 1) * 4) / 9) * 10) / 10;
}

const ruDate = (iso: string) => iso.split('-').reverse().join('.');

/** Mentors plus mentees, less the mentees who are one of those mentors (the same e-mail, as in coverage). */
function onceByEmail(
  mentorIds: readonly string[],
  menteeIds: readonly string[],
  mentorById: ReadonlyMap<string, Mentor>,
  menteeById: ReadonlyMap<string, Mentee>,
): number {
  const emails = new Set(mentorIds.map((id) => mentorById.get(id)?.email).filter((e) => !!e));
  const both = menteeIds.filter((id) => {
    const email = menteeById.get(id)?.email;
    return !!email && emails.has(email);
  }).length;
  return mentorIds.length + menteeIds.length - both;
}

/** Rows that are the same person as an earlier row (the same e-mail, identity.ts) → the earlier row's ID. */
function repeatedRows(people: readonly (Mentor | Mentee)[]): Map<string, string> {
  const alias = new Map<string, string>();
  for (const [i, held] of heldRepeats(people, (p) => p)) {
    const first = people[held.of];
    if (held.sameness === 'same' && first && first.id !== people[i]!.id) alias.set(people[i]!.id, first.id);
  }
  return alias;
}

function coverageParticipants(
  periodPairs: readonly Pair[],
  pairFormsByMentor: ReadonlyMap<string, ReadonlySet<MentoringForm>>,
  mentorById: ReadonlyMap<string, Mentor>,
  menteeById: ReadonlyMap<string, Mentee>,
): number {
  // Mentor and mentee banks have their own IDs; one person in both (a mentor who is also mentored) is
  // recognised by the same e-mail and counted once.
  const emails = new Set<string>();
  let n = 0;
  for (const [id, forms] of pairFormsByMentor) {
    if (![...forms].some((f) => SCHOOL_MENTOR_FORMS.has(f))) continue;
    n++;
    const email = mentorById.get(id)?.email;
    if (email) emails.add(email);
  }
  const mentees = new Set(periodPairs.flatMap((p) => p.menteeIds));
  for (const id of mentees) {
    const email = menteeById.get(id)?.email;
    if (email && emails.has(email)) continue;
    n++;
  }
  return n;
}

/**
 * The period's answers with the respondent's role filled in where the form did not ask it (the respondent's
 * bank tells), ready for the questionnaires' own summary.
 */
function periodAnswers(
  input: IndicatorInput,
  mentorById: ReadonlyMap<string, Mentor>,
  menteeById: ReadonlyMap<string, Mentee>,
): ResponseFigures[] {
  return input.responses
    .filter((r) => {
      const day = dateOf(r.submittedAt);
      return day >= input.period.from && day <= input.period.to;
    })
    .map((r) => {
      if (r.respondentRole !== null || r.personId === null) return r;
      const role = mentorById.has(r.personId) ? 'mentor' : menteeById.has(r.personId) ? 'mentee' : null;
      return role ? { ...r, respondentRole: role } : r;
    });
}

/**
 * «Документы» → documents.<kind>.exists / .link / .details. A row counts as the paper existing when it has a
 * number, a date or a link (an empty placeholder row does not). The link is the latest-dated one that has a
 * link; the details list every such paper («№ 12 от 01.09.2023; № 30 от 15.01.2024»).
 */
function documentIndicators(docs: readonly ProgrammeDocument[]): Map<IndicatorKey, Value> {
  const out = new Map<IndicatorKey, Value>();
  for (const kind of DOCUMENT_KINDS) {
    if (kind === 'other') continue;
    const present = docs
      .filter((d) => d.kind === kind && (d.number !== '' || d.date !== null || d.link !== ''))
      .sort(byDateDesc);
    out.set(`documents.${kind}.exists`, present.length > 0);
    out.set(`documents.${kind}.link`, present.find((d) => d.link !== '')?.link ?? null);
    const details = present.map(documentDetails).filter((s) => s !== '');
    out.set(`documents.${kind}.details`, details.length > 0 ? details.join('; ') : null);
  }
  return out;
}

function byDateDesc(a: ProgrammeDocument, b: ProgrammeDocument): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}

function documentDetails(d: ProgrammeDocument): string {
  const parts: string[] = [];
  if (d.number !== '') parts.push(`№ ${d.number}`);
  if (d.date !== null) parts.push(`от ${d.date.slice(8, 10)}.${d.date.slice(5, 7)}.${d.date.slice(0, 4)}`);
  return parts.join(' ');
}

/** Filing one form answer: the person found or added in the bank, only changed answers written, conflicts kept as notes. */
import type { z } from 'zod';
import { Mentee, Mentor, type Pair, type SurveyKind, SurveyResponse } from '../model';
import { findIdentity } from '../people/identity';
import { type ColumnDef, mapHeaderRow, nextId, type ParsedRow, parseCell, type SheetDef } from '../sheets';
import { normalizeText } from '../text';
import { SURVEYS } from './definitions';
import { SURVEY_STRINGS as S } from './strings';

/** Questions Google adds to every response sheet; not part of the questionnaire. */
const FORM_SERVICE_QUESTIONS = new Set(['отметкавремени', 'timestamp']);

export interface FilingInput {
  kind: SurveyKind;
  /** Question title → answers (a form response's item responses, or `e.namedValues`). */
  namedValues: Readonly<Record<string, readonly string[] | string>>;
  /** When the answer was given (ISO date-time). */
  submittedAt: string;
  /** The local calendar date of the submission (the consent date of a new person). */
  today: string;
  /** The ID the response row gets. */
  responseId: string;
  mentors: readonly ParsedRow<Mentor>[];
  mentees: readonly ParsedRow<Mentee>[];
  pairs: readonly Pair[];
  /** The person an earlier version of this answer was filed to (an edited response): found first by ID. */
  personId?: string | null;
  /**
   * What this person answered when last filed: the earlier version of this response (an edit), or their
   * latest filed answer to this questionnaire. Only answers changed since then are applied to the bank.
   */
  baselineOf?: (personId: string) => Readonly<Record<string, unknown>> | null;
  /** IDs already used in the target bank, so a new person's ID never collides; updated in place. */
  takenIds: Set<string>;
}

/** A bank cell the curator changed since the last filing, which the respondent's answer also changed. */
export interface FilingConflict {
  field: string;
  /** The bank column's header as the dictionary names it. */
  column: string;
  curatorValue: string;
  answerValue: string;
}

export interface BankWrite {
  bank: 'mentors' | 'mentees';
  /** The person's sheet row, or null for a new person (appended). */
  row: number | null;
  /** The person's record as the bank holds it after the write. */
  record: Mentor | Mentee;
  /** The fields to write: all of a new person; of a known person only what the answer changes. */
  fields: string[];
  created: boolean;
  /** Curator's corrections kept against the answer; each also a problem on the response. */
  conflicts: FilingConflict[];
}

export interface FilingResult {
  response: SurveyResponse;
  bankWrite: BankWrite | null;
}

function asSheet(columns: readonly ColumnDef[]): SheetDef {
  return { key: 'responses', title: 'Анкета', titleAliases: [], idPrefix: 'AN', columns };
}

const joinAnswer = (v: readonly string[] | string | undefined): string =>
  Array.isArray(v) ? v.join(', ') : String(v ?? '');

/**
 * Reads a form's answers by its dictionary (a questionnaire's, or the meeting report's): each question title
 * maps to its column by header or alias, each answer is read by the row codec; every odd answer becomes a
 * problem, none is dropped.
 */
export function readFormAnswers(
  columns: readonly ColumnDef[],
  namedValues: FilingInput['namedValues'],
  today: string,
) {
  const titles = Object.keys(namedValues);
  const header = mapHeaderRow(titles, asSheet(columns));
  const fields: Record<string, unknown> = {};
  const problems: string[] = [];
  const answers: Record<string, string> = {};
  const titleOf = new Map<string, string>();
  titles.forEach((title, index) => {
    const text = joinAnswer(namedValues[title]).trim();
    answers[title] = text;
    const field = [...header.columns.entries()].find(([, i]) => i === index)?.[0];
    if (field !== undefined) titleOf.set(field, title);
    if (field === undefined) {
      if (!FORM_SERVICE_QUESTIONS.has(normalizeText(title).replace(/ /g, '')) && text !== '') {
        problems.push(S.problemUnknownQuestion(title));
      }
      return;
    }
    const col = columns.find((c) => c.field === field)!;
    // Dates follow the row codec's rules against the submission's day (a birth date is never in the future).
    const res = parseCell(text, col, { today });
    if (!res.ok) problems.push(S.problemCell(title, res.message));
    else if (res.value !== null && !(Array.isArray(res.value) && res.value.length === 0))
      fields[field] = res.value;
  });
  return { fields, problems, answers, titleOf };
}

/** Reads the answers by the survey's dictionary. */
const readAnswers = (kind: SurveyKind, namedValues: FilingInput['namedValues'], today: string) =>
  readFormAnswers(SURVEYS[kind].columns, namedValues, today);

type Person = Mentor | Mentee;

const personRef = (r: ParsedRow<Person>) => r.record;

/** A cell value as the curator and the respondent compare it: blank, list or text. */
function shown(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (typeof v === 'boolean') return v ? S.yes : S.no;
  return String(v).trim();
}

/** The value an answer text had under a column (as it was filed); undefined where it did not read. */
function answerValue(text: unknown, col: ColumnDef, today: string): unknown {
  if (text === undefined || text === null || String(text).trim() === '') return null;
  const res = parseCell(String(text), col, { today });
  return res.ok ? res.value : undefined;
}

/**
 * The bank fields an answer sets on a known person. The rule: an answer the respondent did not change since
 * the last filing is not applied (so a partial edit never reverts the curator's other corrections); a changed
 * answer is applied where the bank still holds what was last filed, or nothing; where the curator changed the
 * cell since, the curator's value stays and the conflict is returned. Consent is the person's own decision
 * and is always applied.
 */
function changedFields(
  kind: 'mentor' | 'mentee',
  existing: Person,
  fields: Record<string, unknown>,
  titleOf: ReadonlyMap<string, string>,
  answers: Readonly<Record<string, unknown>>,
  baseline: Readonly<Record<string, unknown>> | null,
  today: string,
): { set: Record<string, unknown>; conflicts: FilingConflict[] } {
  const survey = SURVEYS[kind];
  const bankColumns = survey.bank!.columns;
  const set: Record<string, unknown> = {};
  const conflicts: FilingConflict[] = [];
  const current = existing as unknown as Record<string, unknown>;
  for (const q of survey.questions) {
    const field = q.field;
    const title = titleOf.get(field) ?? q.title;
    const col = survey.columns.find((c) => c.field === field);
    if (!col || field === 'id') continue;
    const now = fields[field];
    // Not asked in this version of the form, left blank, or an answer that did not read (its problem is listed):
    // none of these clears what the bank holds.
    if (now === undefined) continue;
    if (field === 'consent') {
      if (now !== undefined && now !== current.consent) set.consent = now;
      continue;
    }
    if (baseline && shown(answers[title]) === shown(baseline[title])) continue; // the respondent left it as it was
    const before = baseline ? answerValue(baseline[title], col, today) : undefined;
    const cur = current[field];
    if (shown(now) === shown(cur)) continue;
    if (shown(cur) === '' || (before !== undefined && shown(before) === shown(cur))) {
      set[field] = now ?? null;
      continue;
    }
    conflicts.push({
      field,
      column: bankColumns.find((c) => c.field === field)?.header ?? col.header,
      curatorValue: shown(cur),
      answerValue: shown(now),
    });
  }
  return { set, conflicts };
}

function fileIntoBank<S extends typeof Mentor | typeof Mentee>(
  schema: S,
  bank: 'mentors' | 'mentees',
  rows: readonly ParsedRow<z.infer<S>>[],
  read: ReturnType<typeof readAnswers>,
  input: FilingInput,
  problems: string[],
): BankWrite | null {
  const { fields } = read;
  const kind = bank === 'mentors' ? 'mentor' : 'mentee';
  const people = rows as readonly ParsedRow<Person>[];
  const who = {
    fullName: String(fields.fullName ?? ''),
    email: (fields.email as string | undefined) ?? null,
  };
  const found = findIdentity(people, { ...who, organisation: String(fields.organisation ?? '') }, personRef);
  const existing =
    (input.personId ? people.find((r) => r.record.id === input.personId) : undefined) ?? found.same;
  const prefix = SURVEYS[kind].bank!.idPrefix;
  let merged: Record<string, unknown>;
  let written: string[];
  let conflicts: FilingConflict[] = [];
  if (existing) {
    const baseline = input.baselineOf?.(existing.record.id) ?? null;
    const change = changedFields(
      kind,
      existing.record,
      fields,
      read.titleOf,
      read.answers,
      baseline,
      input.today,
    );
    merged = { ...existing.record, ...change.set };
    if (change.set.consent === true && !existing.record.consentDate && !('consentDate' in fields))
      merged.consentDate = input.today;
    written = Object.keys(merged).filter(
      (f) => f in change.set || (f === 'consentDate' && merged[f] !== existing.record.consentDate),
    );
    conflicts = change.conflicts;
    for (const c of conflicts) problems.push(S.problemConflict(c.column, c.curatorValue, c.answerValue));
  } else {
    merged = { id: nextId(prefix, input.takenIds), ...fields };
    // Consent given in the form is dated by the submission unless the form asked for the date.
    if (!('consentDate' in fields)) merged.consentDate = input.today;
    // A namesake with another (or no) e-mail may be the same person or another one: never merged on a name,
    // filed as a new row that waits for the curator's decision (identity.ts).
    const namesakes = found.possible.filter((r) => r.record.id !== merged.id).map((r) => r.record.id);
    if (namesakes.length > 0) {
      merged.repeatOf = namesakes.join(', ');
      problems.push(S.problemPossibleRepeat(namesakes.join(', ')));
    }
    written = Object.keys(merged);
  }
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const columns = SURVEYS[kind].columns;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push(S.problemInvalid(columns.find((c) => c.field === field)?.header ?? field, issue.message));
    }
    return null;
  }
  return {
    bank,
    row: existing?.row ?? null,
    record: parsed.data as Person,
    fields: written,
    created: !existing,
    conflicts,
  };
}

/** An edited answer that now refuses consent: the person it was filed to loses the consent mark. */
function withdrawConsent(input: FilingInput): BankWrite | null {
  if (!input.personId || (input.kind !== 'mentor' && input.kind !== 'mentee')) return null;
  const bank = input.kind === 'mentor' ? 'mentors' : 'mentees';
  const rows = (input.kind === 'mentor' ? input.mentors : input.mentees) as readonly ParsedRow<Person>[];
  const existing = rows.find((r) => r.record.id === input.personId);
  if (!existing?.record.consent) return null;
  return {
    bank,
    row: existing.row,
    record: { ...existing.record, consent: false },
    fields: ['consent'],
    created: false,
    conflicts: [],
  };
}

/** Whose pair an answer belongs to: the respondent's active pair (the latest, if several). */
function findPair(pairs: readonly Pair[], personId: string): Pair | undefined {
  return pairs
    .filter((p) => p.status === 'active' && (p.mentorId === personId || p.menteeIds.includes(personId)))
    .sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0];
}

/**
 * Decides what one questionnaire answer changes: the response row (always, with every raw answer and its
 * problems) and, for the bank surveys with consent, the new or updated person. Pure: the add-on does the I/O.
 */
export function fileAnswer(input: FilingInput): FilingResult {
  const read = readAnswers(input.kind, input.namedValues, input.today);
  const { fields, problems, answers } = read;
  const consent = fields.consent === true;
  let bankWrite: BankWrite | null = null;
  let personId: string | null = null;
  let pairId: string | null = null;
  let role: 'mentor' | 'mentee' | null = null;

  if (!consent) {
    problems.unshift(S.problemNoConsent);
    bankWrite = withdrawConsent(input);
    if (bankWrite) problems.push(S.problemConsentWithdrawn);
  } else if (input.kind === 'mentor' || input.kind === 'mentee') {
    role = input.kind;
    bankWrite =
      input.kind === 'mentor'
        ? fileIntoBank(Mentor, 'mentors', input.mentors, read, input, problems)
        : fileIntoBank(Mentee, 'mentees', input.mentees, read, input, problems);
    personId = bankWrite?.record.id ?? null;
  } else {
    role = (fields.respondentRole as 'mentor' | 'mentee' | undefined) ?? null;
    const banks: readonly (readonly ParsedRow<Person>[])[] =
      role === 'mentee'
        ? [input.mentees]
        : role === 'mentor'
          ? [input.mentors]
          : [input.mentors, input.mentees];
    const who = {
      fullName: String(fields.fullName ?? ''),
      email: (fields.email as string | undefined) ?? null,
    };
    const earlier = input.personId ? banks.flat().find((r) => r.record.id === input.personId) : undefined;
    const hits = banks.map((rows) => findIdentity(rows, who, personRef));
    const person = earlier ?? hits.find((h) => h.same)?.same;
    if (!person) {
      const namesakes = hits.flatMap((h) => h.possible.map((r) => r.record.id));
      problems.push(namesakes.length > 0 ? S.problemNamesakeOnly(namesakes.join(', ')) : S.problemNoPerson);
    } else {
      personId = person.record.id;
      pairId = findPair(input.pairs, personId)?.id ?? null;
      if (!pairId) problems.push(S.problemNoPair);
    }
  }

  const satisfaction = typeof fields.satisfaction === 'number' ? fields.satisfaction : null;
  const response = SurveyResponse.parse({
    id: input.responseId,
    kind: input.kind,
    submittedAt: input.submittedAt,
    // Without consent nothing personal is kept beyond the raw answers Google already holds.
    email: consent && typeof fields.email === 'string' ? fields.email : null,
    fullName: consent && typeof fields.fullName === 'string' ? fields.fullName : '',
    respondentRole: role,
    consent,
    personId,
    pairId,
    satisfaction: satisfaction !== null && satisfaction >= 1 && satisfaction <= 10 ? satisfaction : null,
    answers: consent ? answers : {},
    problems,
  });
  return { response, bankWrite };
}

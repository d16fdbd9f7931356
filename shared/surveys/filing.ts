import type { z } from 'zod';
import { Mentee, Mentor, type Pair, type SurveyKind, SurveyResponse } from '../model';
import {
  type ColumnDef,
  mapHeaderRow,
  nextId,
  normalizeText,
  type ParsedRow,
  parseCell,
  type SheetDef,
} from '../sheets';
import { SURVEYS } from './definitions';
import { SURVEY_STRINGS as S } from './strings';

/** Questions Google adds to every response sheet; not part of the questionnaire. */
const FORM_SERVICE_QUESTIONS = new Set(['отметкавремени', 'timestamp']);

export interface FilingInput {
  kind: SurveyKind;
  /** `e.namedValues` of a form-submit event: question title → answers. */
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
  /** IDs already used in the target bank, so a new person's ID never collides; updated in place. */
  takenIds: Set<string>;
}

export interface BankWrite {
  bank: 'mentors' | 'mentees';
  /** The person's sheet row, or null for a new person (appended). */
  row: number | null;
  record: Mentor | Mentee;
  created: boolean;
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

/** Reads the answers by the survey's dictionary; every odd answer becomes a problem, none is dropped. */
function readAnswers(kind: SurveyKind, namedValues: FilingInput['namedValues'], today: string) {
  const survey = SURVEYS[kind];
  const titles = Object.keys(namedValues);
  const header = mapHeaderRow(titles, asSheet(survey.columns));
  const fields: Record<string, unknown> = {};
  const problems: string[] = [];
  const answers: Record<string, string> = {};
  titles.forEach((title, index) => {
    const text = joinAnswer(namedValues[title]).trim();
    answers[title] = text;
    const field = [...header.columns.entries()].find(([, i]) => i === index)?.[0];
    if (field === undefined) {
      if (!FORM_SERVICE_QUESTIONS.has(normalizeText(title).replace(/ /g, '')) && text !== '') {
        problems.push(S.problemUnknownQuestion(title));
      }
      return;
    }
    const col = survey.columns.find((c) => c.field === field)!;
    // Dates follow the row codec's rules against the submission's day (a birth date is never in the future).
    const res = parseCell(text, col, { today });
    if (!res.ok) problems.push(S.problemCell(title, res.message));
    else if (res.value !== null && !(Array.isArray(res.value) && res.value.length === 0))
      fields[field] = res.value;
  });
  return { fields, problems, answers };
}

function findPerson<T extends { email: string | null; fullName: string }>(
  rows: readonly ParsedRow<T>[],
  email: unknown,
  fullName: unknown,
): ParsedRow<T> | undefined {
  if (typeof email === 'string' && email !== '') {
    const byEmail = rows.find((r) => r.record.email === email);
    if (byEmail) return byEmail;
  }
  if (typeof fullName === 'string' && fullName.trim() !== '') {
    const name = normalizeText(fullName);
    return rows.find((r) => normalizeText(r.record.fullName) === name);
  }
  return undefined;
}

function fileIntoBank<S extends typeof Mentor | typeof Mentee>(
  schema: S,
  bank: 'mentors' | 'mentees',
  rows: readonly ParsedRow<z.infer<S>>[],
  fields: Record<string, unknown>,
  input: FilingInput,
  problems: string[],
): BankWrite | null {
  const existing =
    (input.personId ? rows.find((r) => r.record.id === input.personId) : undefined) ??
    findPerson(rows, fields.email, fields.fullName);
  const prefix = SURVEYS[bank === 'mentors' ? 'mentor' : 'mentee'].bank!.idPrefix;
  const base: Record<string, unknown> = existing
    ? { ...existing.record }
    : { id: nextId(prefix, input.takenIds) };
  const merged: Record<string, unknown> = { ...base, ...fields };
  // Consent given in the form is dated by the submission unless the form asked for the date.
  if (!('consentDate' in fields) && !base.consentDate) merged.consentDate = input.today;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const columns = SURVEYS[bank === 'mentors' ? 'mentor' : 'mentee'].columns;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push(S.problemInvalid(columns.find((c) => c.field === field)?.header ?? field, issue.message));
    }
    return null;
  }
  return { bank, row: existing?.row ?? null, record: parsed.data as Mentor | Mentee, created: !existing };
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
  const { fields, problems, answers } = readAnswers(input.kind, input.namedValues, input.today);
  const consent = fields.consent === true;
  let bankWrite: BankWrite | null = null;
  let personId: string | null = null;
  let pairId: string | null = null;
  let role: 'mentor' | 'mentee' | null = null;

  if (!consent) {
    problems.unshift(S.problemNoConsent);
  } else if (input.kind === 'mentor' || input.kind === 'mentee') {
    role = input.kind;
    bankWrite =
      input.kind === 'mentor'
        ? fileIntoBank(Mentor, 'mentors', input.mentors, fields, input, problems)
        : fileIntoBank(Mentee, 'mentees', input.mentees, fields, input, problems);
    personId = bankWrite?.record.id ?? null;
  } else {
    role = (fields.respondentRole as 'mentor' | 'mentee' | undefined) ?? null;
    const person =
      role === 'mentee'
        ? findPerson(input.mentees, fields.email, fields.fullName)
        : role === 'mentor'
          ? findPerson(input.mentors, fields.email, fields.fullName)
          : (findPerson(input.mentors, fields.email, fields.fullName) ??
            findPerson(input.mentees, fields.email, fields.fullName));
    if (!person) problems.push(S.problemNoPerson);
    else {
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

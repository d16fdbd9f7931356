/** The adapter for untrusted input to matching (a window's request, a test's literals): validated once, then the typed engine. */
import type { z } from 'zod';
import { IsoDate } from '../model/common';
import { Mentee, Mentor } from '../model/people';
import { MENTEES_SHEET } from '../sheets/mentees';
import { MENTORS_SHEET } from '../sheets/mentors';
import { claimId, whoOf } from './bank';
import type { CheckResult } from './check';
import { type ChosenPair, checkPairs, type LockedPair } from './check';
import { parseMatchingSettings, type ResolvedSettings } from './settings';
import { S } from './strings';
import { explainSuggestions, suggestPairs } from './suggest';
import type {
  MatchingFailure,
  PairRef,
  PairSuggestion,
  RejectedRow,
  SuggestOptions,
  SuggestResult,
  UnmatchedMentee,
} from './types';

function fieldLabel(bank: 'mentors' | 'mentees', field: string): string {
  const sheet = bank === 'mentors' ? MENTORS_SHEET : MENTEES_SHEET;
  return sheet.columns.find((c) => c.field === field)?.header ?? field;
}

/**
 * A bank's rows read by its schema: a row that is no record or does not parse is rejected with the field's
 * header and zod's message, a repeated ID too; the rest keep their order.
 */
function parseRows<T extends { id: string; fullName: string }>(
  rows: readonly unknown[],
  schema: z.ZodType<T>,
  bank: 'mentors' | 'mentees',
  rejected: RejectedRow[],
): T[] {
  const who = whoOf(bank);
  const seen = new Set<string>();
  const out: T[] = [];
  rows.forEach((row, k) => {
    const rec = row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : null;
    const id = rec && typeof rec.id === 'string' ? rec.id : null;
    const name = rec && typeof rec.fullName === 'string' ? rec.fullName : '';
    if (!rec) {
      rejected.push({ bank, index: k + 1, id, message: S.rowRejected(who, k + 1, name, '', S.notARecord) });
      return;
    }
    const parsed = schema.safeParse(rec);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? fieldLabel(bank, String(issue.path[0])) : '';
      rejected.push({
        bank,
        index: k + 1,
        id,
        message: S.rowRejected(who, k + 1, name, field, issue.message),
      });
      return;
    }
    if (claimId(seen, parsed.data.id, k, name, bank, rejected)) out.push(parsed.data);
  });
  return out;
}

/** A list of pairs from a request: each needs a mentor's and a mentee's ID; anything else is one error. */
export function pairRefs<T extends PairRef = PairRef>(list: unknown, what: string, errors: string[]): T[] {
  if (list === undefined) return [];
  if (
    !Array.isArray(list) ||
    !list.every((r) => r && typeof r.mentorId === 'string' && typeof r.menteeId === 'string')
  ) {
    errors.push(S.notAList(what));
    return [];
  }
  return list as T[];
}

/** The pair lists of a request (locked, excluded, fixed), each checked: a bad list is one error naming it. */
export function requestRefs(
  o: { locked?: unknown; excluded?: unknown; fixed?: unknown },
  errors: string[],
): { locked: LockedPair[]; excluded: PairRef[]; fixed: PairRef[] } {
  return {
    locked: pairRefs<LockedPair>(o.locked, S.lists.locked, errors),
    excluded: pairRefs(o.excluded, S.lists.excluded, errors),
    fixed: pairRefs(o.fixed, S.lists.fixed, errors),
  };
}

/** Untrusted banks, settings and options, validated: the typed engine's input, or every error in Russian. */
export interface MatchingInput {
  mentors: Mentor[];
  mentees: Mentee[];
  /** Rows left out, in the order given (mentors first): they go into the result's `rejected`. */
  rejected: RejectedRow[];
  settings: ResolvedSettings;
  options: SuggestOptions & { locked: LockedPair[]; excluded: PairRef[]; fixed: PairRef[] };
}

export function parseMatchingInput(
  mentors: unknown,
  mentees: unknown,
  settings: unknown,
  options: unknown,
  errors: string[] = [],
): MatchingInput | MatchingFailure {
  const o = (options ?? {}) as Partial<Record<keyof SuggestOptions, unknown>>;
  const parsed = parseMatchingSettings(settings);
  if (!parsed.ok) errors.push(...parsed.errors);
  if (!IsoDate.safeParse(o.today).success) errors.push(S.todayInvalid(o.today));
  if (!Array.isArray(mentors)) errors.push(S.notAList(S.lists.mentors));
  if (!Array.isArray(mentees)) errors.push(S.notAList(S.lists.mentees));
  const { locked, excluded, fixed } = requestRefs(o, errors);
  if (!parsed.ok || errors.length > 0) return { ok: false, errors };
  const rejected: RejectedRow[] = [];
  return {
    mentors: parseRows(mentors as unknown[], Mentor, 'mentors', rejected),
    mentees: parseRows(mentees as unknown[], Mentee, 'mentees', rejected),
    rejected,
    settings: parsed.settings,
    options: { ...(options as SuggestOptions), locked, excluded, fixed },
  };
}

const failed = (x: MatchingInput | MatchingFailure): x is MatchingFailure => 'ok' in x;

/** suggestPairs on untrusted input: rows that do not parse are reported in `rejected` and left out. */
export function suggestPairsFromInput(
  mentors: unknown,
  mentees: unknown,
  settings: unknown,
  options: unknown,
): SuggestResult {
  const input = parseMatchingInput(mentors, mentees, settings, options);
  if (failed(input)) return input;
  const result = suggestPairs(input.mentors, input.mentees, input.settings, input.options);
  // The adapter took the rows out before the engine saw them: they lead the engine's own (repeated IDs, none here).
  return result.ok ? { ...result, rejected: [...input.rejected, ...result.rejected] } : result;
}

/** explainSuggestions on untrusted input (the sidebar's page request). */
export function explainSuggestionsFromInput(
  mentors: unknown,
  mentees: unknown,
  settings: unknown,
  options: SuggestOptions & { assigned: unknown; mentees: unknown },
): { ok: true; pairs: PairSuggestion[]; unmatched: UnmatchedMentee[] } | MatchingFailure {
  const errors: string[] = [];
  const input = parseMatchingInput(mentors, mentees, settings, options, errors);
  const assigned = pairRefs(options?.assigned, S.lists.assigned, errors);
  const wanted = Array.isArray(options?.mentees) ? options.mentees.map(String) : [];
  if (failed(input) || errors.length > 0) return { ok: false, errors };
  return explainSuggestions(input.mentors, input.mentees, input.settings, {
    ...input.options,
    assigned,
    mentees: wanted,
  });
}

/** checkPairs on untrusted input; a row that does not parse is left out, as the engine leaves it out. */
export function checkPairsFromInput(
  mentors: unknown,
  mentees: unknown,
  settings: unknown,
  options: { today: string; locked?: readonly LockedPair[]; chosen: readonly ChosenPair[] },
): CheckResult {
  const parsed = parseMatchingSettings(settings);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const rejected: RejectedRow[] = [];
  const asList = (x: unknown) => (Array.isArray(x) ? x : []);
  return checkPairs(
    parseRows(asList(mentors), Mentor, 'mentors', rejected),
    parseRows(asList(mentees), Mentee, 'mentees', rejected),
    parsed.settings,
    options,
  );
}

/** The named lists a package may carry (consenting mentors, mentees and pairs of the period). */
import type { Mentee, Mentor, Pair, ReportLists } from '../model';
import { pairInPeriod } from './period';

export interface ListsInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly Pair[];
  period: { from: string; to: string };
}

/**
 * The optional lists of a package («включить списки»). Names leave the spreadsheet only for people who gave
 * consent; others are left out of the people lists and appear in pairs by their row ID, which names no one.
 * Listed are the period's pairs and the people in them.
 */
export function buildReportLists(input: ListsInput): ReportLists {
  const pairs = input.pairs.filter((p) => pairInPeriod(p, input.period));
  const mentorById = new Map(input.mentors.map((m) => [m.id, m]));
  const menteeById = new Map(input.mentees.map((m) => [m.id, m]));
  const name = (person: Mentor | Mentee | undefined, id: string) => (person?.consent ? person.fullName : id);

  const mentorIds = [...new Set(pairs.map((p) => p.mentorId))];
  const menteeIds = [...new Set(pairs.flatMap((p) => p.menteeIds))];
  return {
    mentors: mentorIds.flatMap((id) => {
      const m = mentorById.get(id);
      if (!m?.consent) return [];
      const forms = [...new Set(pairs.filter((p) => p.mentorId === id).map((p) => p.form))];
      return [{ id, fullName: m.fullName, forms }];
    }),
    mentees: menteeIds.flatMap((id) => {
      const m = menteeById.get(id);
      return m?.consent ? [{ id, fullName: m.fullName, status: m.status }] : [];
    }),
    pairs: pairs.map((p) => ({
      id: p.id,
      mentor: name(mentorById.get(p.mentorId), p.mentorId),
      mentees: p.menteeIds.map((id) => name(menteeById.get(id), id)),
      form: p.form,
    })),
  };
}

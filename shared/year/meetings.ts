/**
 * Filing one answer of «Отчёт о встрече» (pure: the add-on does the I/O under the lock).
 * An answer goes to the pair whose key its link carried; an unknown key or an ended pair's link is kept aside
 * on «Встречи» with no pair and a note, never counted for anyone (the report counts with countMeetings,
 * shared/report).
 */
import type { Meeting, MeetingAuthor, MeetingFormat, PairStatus } from '../model';
import { readFormAnswers } from '../surveys';
import { MEETING_FORM_COLUMNS } from './meetingForm';
import { YEAR_STRINGS as S } from './strings';
import { normaliseToken } from './tokens';

export interface MeetingPairRef {
  id: string;
  status: PairStatus;
  endDate: string | null;
}

/** A pair that no longer works on `today`: closed, or past its end date. */
export function pairEnded(pair: Pick<MeetingPairRef, 'status' | 'endDate'>, today: string): boolean {
  return pair.status !== 'active' || (pair.endDate !== null && pair.endDate < today);
}

export interface MeetingFilingInput {
  /** Question title → answer, as FormResponse.getItemResponses gives them. */
  namedValues: Readonly<Record<string, readonly string[] | string>>;
  /** ISO date-time of the response (an edit's time for an edited one). */
  submittedAt: string;
  /** The spreadsheet's calendar date of the filing. */
  today: string;
  /** The ID the «Встречи» row gets (an edited answer keeps its row's). */
  meetingId: string;
  /** The pair a key belongs to (any status), from «Пары». */
  pairOfToken: (token: string) => MeetingPairRef | undefined;
  /** The pair the row of an earlier version of this answer holds now (filed, or written by the curator). */
  pairBefore?: string | null;
}

export interface MeetingFiling {
  /** The «Встречи» row's fields (without `source`, which the caller keys the row by). */
  record: Omit<Meeting, 'source'>;
  /** Why the answer was kept aside or looks odd; empty when filed cleanly. */
  problems: string[];
}

export function fileMeeting(input: MeetingFilingInput): MeetingFiling {
  const read = readFormAnswers(MEETING_FORM_COLUMNS, input.namedValues, input.today);
  const { fields } = read;
  const problems = [...read.problems];
  const token = normaliseToken(String(fields.token ?? ''));
  const pair = token === '' ? undefined : input.pairOfToken(token);
  let pairId: string | null = null;
  if (input.pairBefore) {
    // Filed before (or placed by the curator): an edit of the answer never takes the meeting from its pair.
    pairId = input.pairBefore;
  } else if (!pair) {
    problems.unshift(S.problemUnknownToken);
  } else if (pairEnded(pair, input.today)) {
    problems.unshift(S.problemEndedPair(pair.id, pair.endDate));
  } else {
    pairId = pair.id;
  }
  const answeredOn = input.submittedAt.slice(0, 10);
  let date = typeof fields.date === 'string' ? fields.date : null;
  if (date === null) {
    problems.push(S.problemNoDate);
    date = answeredOn;
  } else if (date > answeredOn) problems.push(S.problemFutureDate(date));
  const duration = typeof fields.durationMinutes === 'number' ? fields.durationMinutes : null;
  return {
    record: {
      id: input.meetingId,
      pairId,
      date,
      format: (fields.format as MeetingFormat | undefined) ?? null,
      durationMinutes: duration !== null && duration >= 0 ? duration : null,
      topic: String(fields.topic ?? ''),
      done: String(fields.done ?? ''),
      nextStep: String(fields.nextStep ?? ''),
      filledBy: (fields.filledBy as MeetingAuthor | undefined) ?? null,
      submittedAt: input.submittedAt,
      problems: problems.join('; '),
    },
    problems,
  };
}

/** One meeting of a pair, as the sheet «Встречи» keeps it (from the form «Отчёт о встрече» or typed by the curator). */
import { z } from 'zod';
import { IsoDate, IsoDateTime, RowId } from './common';

export const MEETING_FORMATS = ['inPerson', 'online'] as const;
export const MeetingFormat = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof MeetingFormat>;
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  inPerson: 'очно',
  online: 'онлайн',
};

/** Who filled the report: a participant through the form, or the curator typing a row. */
export const MEETING_AUTHORS = ['mentor', 'mentee', 'curator'] as const;
export const MeetingAuthor = z.enum(MEETING_AUTHORS);
export type MeetingAuthor = z.infer<typeof MeetingAuthor>;
export const MEETING_AUTHOR_LABELS: Record<MeetingAuthor, string> = {
  mentor: 'наставник',
  mentee: 'наставляемый',
  curator: 'куратор',
};

export const Meeting = z.object({
  id: RowId,
  /** Null on an answer kept aside (its link named no pair, or a pair that had ended): never counted. */
  pairId: z.string().trim().nullable().default(null),
  date: IsoDate,
  format: MeetingFormat.nullable().default(null),
  durationMinutes: z.number().int().min(0).nullable().default(null),
  topic: z.string().default(''),
  done: z.string().default(''),
  nextStep: z.string().default(''),
  filledBy: MeetingAuthor.nullable().default(null),
  submittedAt: IsoDateTime.nullable().default(null),
  /** Why the answer was kept aside, for the curator; '' when filed to its pair. */
  problems: z.string().default(''),
  /** The form's response ID (FormResponse.getId()); '' for a row the curator typed. */
  source: z.string().default(''),
});
export type Meeting = z.infer<typeof Meeting>;

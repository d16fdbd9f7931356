/** A mentoring pair or group: one mentor, one or more mentees, form, dates, status, order and programme. */
import { z } from 'zod';
import { IsoDate, MentoringForm, RowId } from './common';
import { say } from './strings';

export const PAIR_STATUSES = ['active', 'completed', 'terminated'] as const;
export const PairStatus = z.enum(PAIR_STATUSES);
export type PairStatus = z.infer<typeof PairStatus>;
export const PAIR_STATUS_LABELS: Record<PairStatus, string> = {
  active: 'Действует',
  completed: 'Завершена',
  terminated: 'Прекращена досрочно',
};

/** A pair or a group: one mentor, one or more mentees. */
export const Pair = z.object({
  id: RowId,
  mentorId: RowId,
  menteeIds: z.array(RowId).min(
    1,
    say((m) => m.noMentee),
  ),
  form: MentoringForm,
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  orderNumber: z.string().trim().default(''),
  orderDate: IsoDate.nullable().default(null),
  programmeLink: z.string().trim().default(''),
  /** The personalised programme (персонализированная программа) was completed. */
  programmeCompleted: z.boolean().default(false),
  status: PairStatus.default('active'),
  results: z.string().default(''),
  /** Why the pair ended before its time (re-pairing writes it: «Пара не сложилась…»). */
  endReason: z.string().default(''),
  /** The curator marked the pair as not working: the sidebar offers «Переподобрать». */
  notWorking: z.boolean().default(false),
});
export type Pair = z.infer<typeof Pair>;

export function isGroup(pair: Pair): boolean {
  return pair.menteeIds.length > 1;
}

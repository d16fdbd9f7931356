/** A pair's personalised plan as tracked items: one row of «Планы пар» per step of the plan. */
import { z } from 'zod';
import { IsoDate, RowId } from './common';
import { DeadlineKind } from './roadmap';

export const PlanItem = z.object({
  id: RowId,
  /** The pair («ID пары» of «Пары») the step belongs to. */
  pairId: RowId,
  activity: z.string().trim().min(1, 'не указан пункт плана'),
  /** The deadline as written: a date, «ежемесячно», «в течение 2 недель после закрепления», «в конце программы». */
  deadlineText: z.string().default(''),
  done: z.boolean().default(false),
  doneDate: IsoDate.nullable().default(null),
  /** The parsed columns the add-on keeps (as on «Дорожная карта»): the sheet's highlighting reads them. */
  deadlineKind: DeadlineKind.nullable().default(null),
  deadlineStart: IsoDate.nullable().default(null),
  deadlineEnd: IsoDate.nullable().default(null),
  note: z.string().default(''),
});
export type PlanItem = z.infer<typeof PlanItem>;

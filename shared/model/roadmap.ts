/** A roadmap activity and its deadline: kinds of deadline, recurrence, dates, status. */
import { z } from 'zod';
import { IsoDate, RowId } from './common';

export const DEADLINE_KINDS = [
  'date',
  'range',
  'month',
  'by',
  'period',
  'recurring',
  'relative',
  'none',
] as const;
export const DeadlineKind = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const Recurrence = z.object({
  /**
   * 'month': every month («Ежемесячно»); 'quarter': every calendar quarter («Ежеквартально», «1 раз в
   * четверть»: a school term is near enough to a quarter for a reminder); 'year': once a year in one month;
   * 'months': every year in the named months.
   */
  every: z.enum(['year', 'month', 'months', 'quarter']),
  /** Months 1–12 for "at named months" (e.g. «Ноябрь, апрель ежегодно»). */
  months: z.array(z.number().int().min(1).max(12)).default([]),
  /** For monthly deadlines with a day: «до 25 числа каждого месяца» ends each month's occurrence on the 25th. */
  day: z.number().int().min(1).max(31).optional(),
});
export type Recurrence = z.infer<typeof Recurrence>;

/** A deadline as read from the «Сроки» cell. Never guessed: what cannot be read is kind "none" with a reason. */
export const Deadline = z.object({
  kind: DeadlineKind,
  start: IsoDate.nullable().default(null),
  end: IsoDate.nullable().default(null),
  recurrence: Recurrence.nullable().default(null),
  /** For relative deadlines: the event it depends on, as written. */
  dependsOn: z.string().nullable().default(null),
  /**
   * For relative deadlines: how long after the event («в течение месяца после …» is 1 month); null when the
   * text gives no length («После завершения анкетирования»).
   */
  after: z
    .object({ count: z.number().int().min(1), unit: z.enum(['day', 'week', 'month']) })
    .nullable()
    .default(null),
  raw: z.string(),
  reason: z.string().nullable().default(null),
});
export type Deadline = z.infer<typeof Deadline>;

export const RoadmapItem = z.object({
  id: RowId,
  section: z.string().default(''),
  stageNumber: z.string().default(''),
  stage: z.string().default(''),
  activity: z.string().trim().min(1, 'не указано мероприятие'),
  content: z.string().default(''),
  deadlineText: z.string().default(''),
  deadline: Deadline.nullable().default(null),
  responsible: z.array(z.string().trim().min(1)).default([]),
  done: z.boolean().default(false),
  doneDate: IsoDate.nullable().default(null),
  note: z.string().default(''),
});
export type RoadmapItem = z.infer<typeof RoadmapItem>;

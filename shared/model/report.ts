/** The report package the add-on makes and the extension reads: schema versions, indicator units and values, the organisation, lists. */
import { z } from 'zod';
import { IsoDate, IsoDateTime } from './common';
import { say } from './strings';

/**
 * Bump when the package changes shape; readers refuse other versions with a clear message.
 * 2: the unit `score` (a 1–5 mean) — a reader of version 1 could not check it, so it must refuse the package
 * as a whole rather than fail on one indicator. A version-1 package is still read (shared/report/package.ts):
 * every key keeps its meaning across versions, new figures are new keys.
 */
export const REPORT_SCHEMA_VERSION = 2 as const;
/** Older versions the readers still accept, as they are a subset of the current one. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, REPORT_SCHEMA_VERSION];

/** `score`: a mean on the 1–5 scale portals ask satisfaction in («средний балл»). */
export const INDICATOR_UNITS = ['count', 'percent', 'score', 'text', 'boolean', 'link', 'date'] as const;
export const IndicatorUnit = z.enum(INDICATOR_UNITS);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

export const IndicatorValue = z.object({
  /** Stable key from the indicator catalog (shared/report/catalog.ts). */
  key: z.string().min(1),
  label: z.string().min(1),
  unit: IndicatorUnit,
  value: z.union([z.number().finite(), z.string(), z.boolean(), z.null()]),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Organisation = z.object({
  name: z
    .string()
    .trim()
    .min(
      1,
      say((m) => m.noOrganisation),
    ),
  district: z.string().trim().default(''),
  region: z.string().trim().default(''),
  inn: z.string().trim().default(''),
});
export type Organisation = z.infer<typeof Organisation>;

export const ReportPeriod = z
  .object({
    from: IsoDate,
    to: IsoDate,
    label: z.string().default(''),
  })
  .refine((p) => p.from <= p.to, { ...say((m) => m.periodReversed), path: ['to'] });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** Names only travel when the curator ticked «включить списки». */
export const ReportLists = z.object({
  mentors: z
    .array(z.object({ id: z.string(), fullName: z.string(), forms: z.array(z.string()) }))
    .default([]),
  mentees: z.array(z.object({ id: z.string(), fullName: z.string(), status: z.string() })).default([]),
  pairs: z
    .array(z.object({ id: z.string(), mentor: z.string(), mentees: z.array(z.string()), form: z.string() }))
    .default([]),
});
export type ReportLists = z.infer<typeof ReportLists>;

/** The one thing that travels from the add-on to the extension. */
export const ReportPackage = z.object({
  schemaVersion: z.literal(
    REPORT_SCHEMA_VERSION,
    say((m) => m.onlyVersion(REPORT_SCHEMA_VERSION)),
  ),
  kind: z.enum(['school', 'district']).default('school'),
  organisation: Organisation,
  period: ReportPeriod,
  generatedAt: IsoDateTime,
  indicators: z.array(IndicatorValue),
  /** For a district package: the schools summed into it. */
  schools: z.array(z.string()).default([]),
  lists: ReportLists.nullable().default(null),
});
export type ReportPackage = z.infer<typeof ReportPackage>;

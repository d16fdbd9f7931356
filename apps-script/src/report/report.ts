/**
 * The district report's data: one read of each source sheet, the shared indicators for the chosen period,
 * and the school package built from them. The sheet «Отчёт» (reportSheet.ts), the export dialog
 * (reportExport.ts) and the web app (webApp.ts) all start here, so they always agree.
 */
import type { z } from 'zod';
import {
  type IndicatorValue,
  Meeting,
  Mentee,
  Mentor,
  Pair,
  PlanItem,
  ProgrammeDocument,
  type ReportPackage,
  RoadmapItem,
} from '../../../shared/model';
import {
  buildReportLists,
  buildReportPackage,
  computeIndicators,
  countMeetings,
} from '../../../shared/report';
import { parseDeadline, resolveRelative } from '../../../shared/roadmap';
import {
  DOCUMENTS_SHEET,
  MEETINGS_SHEET,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  PLANS_SHEET,
  RESPONSES_SHEET,
  ROADMAP_SHEET,
  type SheetDef,
} from '../../../shared/sheets';
import { ResponseFigures } from '../../../shared/surveys';
import { overduePlanItems, pairsHealth, readPlanDeadlines } from '../../../shared/year';
import { AddonError, findSheet, recordsOf, spreadsheet, todayIso } from '../platform';
import { roadmapPeriod } from '../roadmap';
import { R } from '../strings';
import { loadHealthSettings } from '../year';
import { loadReportSettings, type StoredReportSettings } from './reportSettings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReportSources {
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: Pair[];
  roadmap: RoadmapItem[];
  documents: ProgrammeDocument[];
  /** Figures only: the report needs no raw answers. */
  responses: ResponseFigures[];
  /** Steps of the pairs' plans («Планы пар»): a pair whose plan is all done completed its programme. */
  plans: PlanItem[];
  /** «Встречи»; null when the school keeps none (meetings.held is then empty, not 0). */
  meetings: Meeting[] | null;
  /** Rows skipped while reading, as «Лист: Строка 7, столбец …: …». */
  issues: string[];
}

export interface ReportData {
  settings: StoredReportSettings;
  today: string;
  sources: ReportSources;
  indicators: IndicatorValue[];
}

/**
 * The year room's old name for «Анкеты» as the report reads them; the one schema is ResponseFigures (derived from
 * the sheet's own in shared/surveys). Kept only until apps-script/src/year/pairYear.ts imports ResponseFigures.
 */
export const responseSchema = () => ResponseFigures;

/** One getValues per sheet; a missing sheet reads as empty (a new school has no «Анкеты» yet). */
function readRecords<T>(ss: Spreadsheet, def: SheetDef, schema: z.ZodType<T>, issues: string[]): T[] {
  return recordsOf(def, schema, { ss, issues });
}

/**
 * The meetings «Встречи» keeps; null when it keeps none at all (no sheet, or the empty sheet setup made for a
 * school that does not report meetings): then meetings.held is unknown, not 0.
 */
function keptMeetings(ss: Spreadsheet, issues: string[]): Meeting[] | null {
  if (!findSheet(ss, MEETINGS_SHEET)) return null;
  const rows = readRecords(ss, MEETINGS_SHEET, Meeting, issues);
  return rows.length > 0 ? rows : null;
}

export function readReportSources(ss: Spreadsheet): ReportSources {
  const issues: string[] = [];
  const roadmapYear = roadmapPeriod();
  const roadmap = resolveRelative(
    readRecords(ss, ROADMAP_SHEET, RoadmapItem, issues).map((item) => ({
      // The sheet keeps «Сроки» as written; the deadline is parsed exactly as the roadmap tracker parses it,
      // and a relative one takes its dates from the activity it refers to, as on the sheet.
      ...item,
      deadline: item.deadline ?? parseDeadline(item.deadlineText, roadmapYear),
    })),
  );
  return {
    mentors: readRecords(ss, MENTORS_SHEET, Mentor, issues),
    mentees: readRecords(ss, MENTEES_SHEET, Mentee, issues),
    pairs: readRecords(ss, PAIRS_SHEET, Pair, issues),
    roadmap,
    documents: readRecords(ss, DOCUMENTS_SHEET, ProgrammeDocument, issues),
    responses: readRecords(ss, RESPONSES_SHEET, ResponseFigures, issues),
    plans: readRecords(ss, PLANS_SHEET, PlanItem, issues),
    meetings: keptMeetings(ss, issues),
    issues,
  };
}

/** Everything the report needs, from the current settings and one read of each sheet. */
export function collectReport(settings = loadReportSettings(), ss = spreadsheet()): ReportData {
  const today = todayIso();
  const sources = readReportSources(ss);
  const indicators = computeIndicators(
    {
      ...sources,
      period: settings.period,
      today,
      organisation: settings.organisation,
      ...yearFigures(sources, settings.period, today),
    },
    settings.settings,
  );
  return { settings, today, sources, indicators };
}

/**
 * The pairs' year in the report: meetings held in the period (countMeetings over «Встречи»), and pairs needing
 * attention on the period's last day or today, whichever comes first (the rules of «Состояние»).
 */
function yearFigures(sources: ReportSources, period: { from: string; to: string }, today: string) {
  const asOf = period.to < today ? period.to : today;
  const health = pairsHealth({
    pairs: sources.pairs,
    meetings: sources.meetings ?? [],
    responses: sources.responses,
    overduePlanItems: overduePlanItems(readPlanDeadlines(sources.plans, sources.pairs, asOf), asOf),
    settings: loadHealthSettings(),
    today: asOf,
  });
  return {
    meetingsHeld: countMeetings(sources.meetings, sources.pairs, period),
    pairsNeedingAttention: [...health.values()].filter((h) => h.needsAttention).length,
  };
}

/** The school package (aggregates; lists only when asked, and only consenting people — shared/report). */
export function schoolPackage(data: ReportData, includeLists: boolean): ReportPackage {
  if (data.settings.organisation.name.trim() === '') throw new AddonError(R.noOrganisation);
  const { mentors, mentees, pairs } = data.sources;
  return buildReportPackage({
    organisation: data.settings.organisation,
    period: data.settings.period,
    indicators: data.indicators,
    generatedAt: new Date().toISOString(),
    includeLists,
    lists: includeLists ? buildReportLists({ mentors, mentees, pairs, period: data.settings.period }) : null,
  });
}

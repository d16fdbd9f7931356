/**
 * The «Отчёт» sheet: the indicator table (one row per indicator, found again by its key so the curator's
 * own columns beside a row stay beside it), a side block with the period, pairs by form and coverage
 * against the targets, and one column chart of pairs by form. The side block and the chart are found
 * again by developer metadata; the curator's own cells and charts are never touched.
 */
import { MENTORING_FORM_LABELS, MENTORING_FORMS } from '../../../shared/model';
import type { IndicatorKey } from '../../../shared/report';
import { REPORT_SHEET, type SheetValue, toSheetValue } from '../../../shared/sheets';
import {
  AddonError,
  openTable,
  progress,
  sheetTimeZone,
  spreadsheet,
  wholeColumn,
  withDocumentLock,
} from '../platform';
import { R, S } from '../strings';
import { collectReport, type ReportData } from './report';
import { planIndicatorBlocks } from './reportTable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Metadata keys: the side block's first column (moves with the column) and the add-on's chart ID. */
export const REPORT_BLOCK_KEY = 'nastavnik.reportBlock';
export const REPORT_CHART_KEY = 'nastavnik.reportChart';

export interface ReportSheetResult {
  indicators: number;
  period: string;
  issues: string[];
  chart: 'inserted' | 'updated';
}

function sideColumn(sheet: Sheet): number {
  const found = sheet.createDeveloperMetadataFinder().withKey(REPORT_BLOCK_KEY).find();
  for (const md of found) {
    const col = md.getLocation().getColumn();
    if (col) return col.getColumn();
  }
  // First run: two columns right of everything on the sheet, so no curator cell is under the block.
  const column = Math.max(sheet.getLastColumn(), REPORT_SHEET.columns.length) + 2;
  wholeColumn(sheet, column).addDeveloperMetadata(REPORT_BLOCK_KEY, 'side');
  return column;
}

const ruDate = (iso: string) => iso.split('-').reverse().join('.');
/** Five columns: the pairs-by-form table has form, pairs and groups, pairs, groups, mentees. */
const BLOCK_WIDTH = 5;
/** Rows of the pairs-by-form table inside the side block (header + one per form). */
const FORMS_TOP = 5;

/** The side block as one rectangle of values (one setValues), each through the sheet encoder. */
export function sideBlock(data: ReportData, generatedAt: string): SheetValue[][] {
  const v = new Map(data.indicators.map((i) => [i.key, i.value]));
  const num = (key: IndicatorKey) => {
    const x = v.get(key);
    return typeof x === 'number' ? x : null;
  };
  const p = data.settings.period;
  const gap = (fact: number | null, target: number | null) =>
    fact === null || target === null ? R.unknown : Math.round(Math.max(0, target - fact) * 10) / 10;
  const share = (key: IndicatorKey) => num(key) ?? R.unknown;
  const rows: (string | number)[][] = [
    [R.periodCaption(p.label || '—', ruDate(p.from), ruDate(p.to))],
    [R.generatedCaption(generatedAt)],
    [],
    [R.chartBlockTitle],
    // The chart draws the first two columns; the other three are what portals ask per form.
    [R.formColumn, R.pairsColumn, R.pairsOnlyColumn, R.groupsColumn, R.menteesColumn],
    ...MENTORING_FORMS.map((f) => [
      MENTORING_FORM_LABELS[f],
      num(`pairs.byForm.${f}`) ?? 0,
      num(`pairs.pairs.byForm.${f}`) ?? 0,
      num(`pairs.groups.byForm.${f}`) ?? 0,
      num(`mentees.byForm.${f}`) ?? 0,
    ]),
    [],
    [R.coverageTitle],
    [...R.coverageHeader],
    [
      R.coverageRows.young,
      share('young.share'),
      share('young.target'),
      gap(num('young.share'), num('young.target')),
    ],
    [
      R.coverageRows.coverage,
      share('coverage.share'),
      share('coverage.target'),
      gap(num('coverage.share'), num('coverage.target')),
    ],
    // No target is set for these two: the fact alone.
    [R.coverageRows.teachers, share('coverage.teachers.share'), R.noTarget, R.noTarget],
    [R.coverageRows.pupils, share('coverage.pupils.share'), R.noTarget, R.noTarget],
  ];
  return rows.map((r) => [...r, ...Array<string>(BLOCK_WIDTH - r.length).fill('')].map(toSheetValue));
}

function findOwnChart(sheet: Sheet, dataA1: string): GoogleAppsScript.Spreadsheet.EmbeddedChart | null {
  const charts = sheet.getCharts();
  const marker = sheet.createDeveloperMetadataFinder().withKey(REPORT_CHART_KEY).find()[0];
  const id = marker?.getValue();
  if (id) {
    const byId = charts.find((c) => String(c.getChartId()) === id);
    if (byId) return byId;
  }
  // The marker is lost (e.g. the sheet was copied): the add-on's chart is the one drawing exactly its range.
  return charts.find((c) => c.getRanges().some((r) => r.getA1Notation() === dataA1)) ?? null;
}

/** Inserts the pairs-by-form chart once; later runs update it in place (the curator may have moved it). */
function upsertChart(sheet: Sheet, column: number): 'inserted' | 'updated' {
  const range = sheet.getRange(FORMS_TOP, column, MENTORING_FORMS.length + 1, 2);
  const existing = findOwnChart(sheet, range.getA1Notation());
  if (existing) {
    const chart = existing
      .modify()
      .clearRanges()
      .addRange(range)
      .setOption('title', R.chartTitle)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.updateChart(chart);
    return 'updated';
  }
  const chart = sheet
    .newChart()
    .asColumnChart()
    .addRange(range)
    .setNumHeaders(1)
    .setOption('title', R.chartTitle)
    .setOption('legend', { position: 'none' })
    .setPosition(1, column + BLOCK_WIDTH + 1, 0, 0)
    .build();
  sheet.insertChart(chart);
  // The chart gets its ID once inserted: remember it to find this chart (and no other) next time.
  const a1 = range.getA1Notation();
  const mine = sheet.getCharts().filter((c) => c.getRanges().some((r) => r.getA1Notation() === a1));
  const id = mine[mine.length - 1]?.getChartId();
  if (id !== null && id !== undefined) {
    const marker = sheet.createDeveloperMetadataFinder().withKey(REPORT_CHART_KEY).find()[0];
    if (marker) marker.setValue(String(id));
    else sheet.addDeveloperMetadata(REPORT_CHART_KEY, String(id));
  }
  return 'inserted';
}

/** «Отчёт для района: обновить лист»: computes the indicators and rewrites the add-on's parts of «Отчёт». */
export function refreshReportSheet(): ReportSheetResult {
  return withDocumentLock(() => {
    progress(S.common.working);
    const ss = spreadsheet();
    const data = collectReport(undefined, ss);
    const report = openTable(REPORT_SHEET, { ss });
    const sheet = report.sheet;
    if (!report.header.columns.has('key')) throw new AddonError(S.sheets.noHeader(sheet.getName()));
    report.write(planIndicatorBlocks(report.values, report.header, data.indicators));
    // The rows are found again by the indicator's key; the key is the add-on's, not the curator's to read.
    const keyColumn = report.header.columns.get('key')! + 1;
    if (!sheet.isColumnHiddenByUser(keyColumn)) sheet.hideColumns(keyColumn);

    const column = sideColumn(sheet);
    const when = Utilities.formatDate(new Date(), sheetTimeZone(), 'dd.MM.yyyy HH:mm');
    const block = sideBlock(data, when);
    sheet.getRange(1, column, block.length, BLOCK_WIDTH).setValues(block);
    const chart = upsertChart(sheet, column);
    return {
      indicators: data.indicators.length,
      period: data.settings.period.label,
      issues: data.sources.issues,
      chart,
    };
  });
}

/** The curator's message after a refresh (skipped rows listed, at most five). */
export function refreshMessage(r: ReportSheetResult): string {
  const lines = [R.refreshed(r.period, r.indicators)];
  if (r.issues.length > 0) lines.push('', R.issues(r.issues.length), ...r.issues.slice(0, 5));
  return lines.join('\n');
}

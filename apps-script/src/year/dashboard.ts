/**
 * «Панель»: the dashboard sheet. Its data block (shared/year/dashboard.ts: pairs by state, meetings per month, plan
 * completion, satisfaction by form) is rewritten as one fixed-size block, and its four charts are rebuilt with the
 * Sheets chart builder: the add-on's charts (known by their titles) are removed first, so a refresh never leaves a
 * second copy. Service calls do not grow with the number of pairs.
 */

import { toSheetValue } from '../../../shared/sheets/safety';
import { DASHBOARD_STRINGS as D, type DashCell, dashboardData } from '../../../shared/year';
import { spreadsheet, todayIso, withDocumentLock } from '../platform';
import { S } from '../strings';
import { writeHealth } from './pairHealth';

export const DASHBOARD_TITLE = 'Панель';
const TOP = 4;
/** The longest table: twelve months of a school year. */
const MAX_ROWS = 12;
const WIDTH = 11;
const HEIGHT = TOP + 1 + MAX_ROWS;
const CHART_TITLES = [D.statesTitle, D.meetingsTitle, D.plansTitle, D.satisfactionTitle];

const ru = (iso: string) => iso.split('-').reverse().join('.');

export interface DashboardResult {
  charts: number;
  removed: number;
  message: string;
}

export function refreshDashboard(): DashboardResult {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const today = todayIso();
    const read = writeHealth(today, ss);
    const tables = dashboardData({
      today,
      health: read.health,
      pairs: read.pairs,
      meetings: read.meetings,
      plans: read.plans,
      responses: read.responses,
    });
    const sheet = ss.getSheetByName(DASHBOARD_TITLE) ?? ss.insertSheet(DASHBOARD_TITLE);
    const block: DashCell[][] = Array.from({ length: HEIGHT }, () => new Array<DashCell>(WIDTH).fill(''));
    block[0]![0] = D.title(ru(today));
    block[1]![0] = D.note;
    tables.forEach((t, i) => {
      const col = i * 3;
      block[TOP - 1]![col] = t.title;
      block[TOP]![col] = t.header[0];
      block[TOP]![col + 1] = t.header[1];
      t.rows.forEach(([label, value], k) => {
        block[TOP + 1 + k]![col] = label;
        block[TOP + 1 + k]![col + 1] = value ?? '';
      });
    });
    sheet
      .getRange(1, 1, HEIGHT, WIDTH)
      .setValues(block.map((r) => r.map((v) => (typeof v === 'string' ? toSheetValue(v) : v))) as string[][]);

    let removed = 0;
    for (const c of sheet.getCharts())
      if (CHART_TITLES.includes(String(c.getOptions().get('title') ?? ''))) {
        sheet.removeChart(c);
        removed++;
      }
    const kinds = ['pie', 'column', 'pie', 'bar'] as const;
    tables.forEach((t, i) => {
      const range = sheet.getRange(TOP + 1, i * 3 + 1, t.rows.length + 1, 2);
      const b = sheet.newChart();
      const typed =
        kinds[i] === 'pie' ? b.asPieChart() : kinds[i] === 'bar' ? b.asBarChart() : b.asColumnChart();
      sheet.insertChart(
        typed
          .addRange(range)
          .setNumHeaders(1)
          .setOption('title', t.title)
          .setOption('legend', { position: kinds[i] === 'pie' ? 'right' : 'none' })
          .setPosition(HEIGHT + 2 + Math.floor(i / 2) * 20, 1 + (i % 2) * 6, 0, 0)
          .build(),
      );
    });
    return { charts: tables.length, removed, message: S.year.dashboardDone(tables.length) };
  });
}

/**
 * «Планы пар»: a pair's personalised plan as rows (from the standard plan of its form, or the curator's own),
 * each deadline read by the roadmap engine in the pair's period (shared/year/plans.ts) into the same parsed
 * columns and the same highlighting as «Дорожная карта», kept in step on edits and by «Обновить сроки».
 */
import { Pair, PlanItem } from '../../../shared/model';
import { type CellValue, findHeader, nextId, PAIRS_SHEET, PLANS_SHEET, SHEETS } from '../../../shared/sheets';
import {
  type PlanStep,
  parseOwnPlan,
  readPlanDeadlines,
  STANDARD_PLANS,
  YEAR_STRINGS,
} from '../../../shared/year';
import {
  AddonError,
  findSheet,
  openTable,
  readRange,
  SHEET_KEY,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';
import { applyHighlighting, PARSED_FIELDS, parsedCells, tableValues } from '../roadmap';
import { S } from '../strings';
import { type HealthGiven, writeHealth } from './pairHealth';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const Y = S.year;

export interface PlanRequest {
  pairId: string;
  /** 'standard': the plan of the pair's form; 'own': `text`, one step a line «пункт; срок». */
  source: 'standard' | 'own';
  text?: string;
}

export type YearOutcome = { ok: true; message: string } | { ok: false; errors: string[] };

const readPairs = () => openTable(PAIRS_SHEET).read(Pair);

/** «Планы пар» with its legend column blanked, as the roadmap reads its own sheet. */
function readPlans() {
  const table = openTable(PLANS_SHEET, { view: tableValues });
  return { table, read: table.read(PlanItem) };
}

/** «План пары»: the standard plan of the pair's form, or the curator's own, written as rows with their deadlines. */
export function fillPairPlan(request: PlanRequest): YearOutcome {
  try {
    return withDocumentLock(() => {
      const pairId = String(request?.pairId ?? '').trim();
      const pair = readPairs().rows.find((r) => r.record.id === pairId)?.record;
      if (!pair) throw new AddonError(YEAR_STRINGS.closing.noPair(pairId));
      let steps: readonly PlanStep[];
      if (request.source === 'standard') steps = STANDARD_PLANS[pair.form];
      else if (request.source === 'own') {
        const own = parseOwnPlan(String(request.text ?? ''));
        if (!own.ok) return { ok: false, errors: own.errors };
        steps = own.steps;
      } else throw new AddonError(Y.badSource);
      const plans = readPlans();
      const existing = plans.read.rows.filter((r) => r.record.pairId === pairId).length;
      if (existing > 0) throw new AddonError(Y.planExists(pairId, existing));
      const today = todayIso();
      const read = readPlanDeadlines(
        steps.map((s) => ({ pairId, activity: s.activity, deadlineText: s.deadline })),
        [pair],
        today,
      );
      const taken = plans.table.takenIds();
      for (const r of read)
        plans.table.append({
          id: nextId(PLANS_SHEET.idPrefix, taken),
          pairId,
          activity: r.activity,
          deadlineText: r.deadlineText,
          ...parsedCells(r.deadline),
        });
      plans.table.flush();
      applyHighlighting(plans.table.sheet, plans.table.header);
      writeHealth(today); // a step already late is «Отстаёт план» at once
      const noDate = read.filter(
        (r) => r.deadline.kind === 'none' || (r.deadline.kind === 'relative' && !r.deadline.end),
      ).length;
      const lines = [Y.planFilled(pairId, read.length, noDate)];
      if (!pair.startDate) lines.push(Y.noStart(pairId));
      return { ok: true, message: lines.join('\n') };
    });
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}

/**
 * Re-reads every plan row's deadline (the pair's dates may have changed, a step was ticked off) and writes the
 * parsed columns: one read of «Пары», one of «Планы пар», one write of the parsed block. Call under the lock;
 * returns what it read, for «Состояние» (the same pairs, the same deadlines).
 */
function rereadPlanDeadlines(today: string): HealthGiven & { rows: number } {
  const plans = readPlans();
  const pairsTable = openTable(PAIRS_SHEET);
  const pairs = pairsTable.read(Pair, { today }).rows.map((r) => r.record);
  const read = readPlanDeadlines(
    plans.read.rows.map((r) => ({ ...r.record, row: r.row })),
    pairs,
    today,
  );
  for (const r of read) plans.table.put(r.row, parsedCells(r.deadline));
  plans.table.flush(PARSED_FIELDS);
  applyHighlighting(plans.table.sheet, plans.table.header);
  return { pairs: pairsTable, plans: read, rows: read.length };
}

/** «Обновить сроки» for «Планы пар»: every row's deadline read again. Null without the sheet. */
export function refreshPlanDeadlines(): { rows: number } | null {
  const ss = spreadsheet();
  if (!findSheet(ss, PLANS_SHEET)) return null;
  return withDocumentLock(() => ({ rows: rereadPlanDeadlines(todayIso()).rows }), 10000);
}

/**
 * The columns whose edit moves plan deadlines, and those whose edit may change a pair's «Состояние» (what decides
 * whether a row is a pair, a plan step or a meeting, and the dates and marks the rules read: shared/year/health.ts).
 */
const DEADLINE_FIELDS: Record<string, readonly string[]> = {
  plans: ['deadlineText', 'done', 'doneDate', 'pairId', 'activity'],
  pairs: ['startDate', 'endDate', 'id'],
};
const HEALTH_FIELDS: Record<string, readonly string[]> = {
  plans: ['id', 'pairId', 'activity', 'deadlineText', 'done', 'doneDate'],
  pairs: ['id', 'mentorId', 'menteeIds', 'form', 'startDate', 'endDate', 'orderDate', 'status'],
  meetings: ['id', 'pairId', 'date'],
};

/**
 * The simple onEdit trigger for the pairs' year: a plan's «Срок» or «Выполнено», a pair's dates → plan deadlines
 * follow; a pair typed or pasted into «Пары», its dates or status changed, a plan step ticked, re-dated or added,
 * a meeting typed in → «Состояние» of the pairs at once (not at the next opening or daily run). One lock, the
 * sheets read once between the two, one write of the column. A simple trigger may do this: it touches only this
 * spreadsheet and its document properties (the double refuses anything more, test/double/README.md).
 */
export function onYearEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet: Sheet = e.range.getSheet();
  const key = sheet.createDeveloperMetadataFinder().withKey(SHEET_KEY).find()[0]?.getValue();
  if (!key || !(key in HEALTH_FIELDS)) return;
  const def = SHEETS.find((d) => d.key === key)!;
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return;
  const head: CellValue[][] = readRange(
    sheet.getRange(1, 1, Math.min(10, Math.max(1, sheet.getLastRow())), lastColumn),
  );
  const header = findHeader(head, def);
  if (!header || e.range.getLastRow() <= header.headerRow) return;
  const touched = (fields: readonly string[] | undefined) =>
    (fields ?? []).some((f) => {
      const i = header.columns.get(f);
      return i !== undefined && i + 1 >= e.range.getColumn() && i + 1 <= e.range.getLastColumn();
    });
  const deadlines = touched(DEADLINE_FIELDS[key]) && findSheet(spreadsheet(), PLANS_SHEET) !== null;
  const health = touched(HEALTH_FIELDS[key]);
  if (!deadlines && !health) return;
  withDocumentLock(() => {
    const today = todayIso();
    const given = deadlines ? rereadPlanDeadlines(today) : {};
    if (health) writeHealth(today, spreadsheet(), given);
  }, 10000);
}

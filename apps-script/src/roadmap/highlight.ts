/**
 * Deadline highlighting on «Дорожная карта» by conditional-format formulas on the parsed columns with
 * TODAY(): the colours move as days pass with no action of the curator and no trigger.
 * The formulas mirror shared/roadmap's deadlineStatus (same order, same due-soon window).
 * Arguments are separated by «;», which Sheets accepts in every locale (ru_RU uses «,» for decimals).
 * setConditionalFormatRules replaces all rules of a sheet, so the curator's own rules are kept: ours
 * carry the marker N("nastavnik") (adds 0) and are the only ones replaced.
 */
import { DEFAULT_DUE_SOON_DAYS } from '../../../shared/roadmap';
import { DEADLINE_KIND_LABELS, type HeaderMap, toSheetValue } from '../../../shared/sheets';
import { columnLetters } from '../platform';
import { S } from '../strings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARKER = 'N("nastavnik")';
export const LEGEND_KEY = 'nastavnik.legend';

export type HighlightStatus = 'done' | 'noDate' | 'recurring' | 'overdue' | 'dueSoon' | 'inProgress';

export const COLORS: Record<HighlightStatus, string> = {
  done: '#d9ead3',
  noDate: '#eeeeee',
  recurring: '#e4dcf5',
  overdue: '#f4cccc',
  dueSoon: '#fff2cc',
  inProgress: '#cfe2f3',
};

const LEGEND_LABELS: Record<HighlightStatus, string> = {
  done: S.roadmap.legend.done,
  noDate: S.roadmap.legend.noDate,
  recurring: 'Регулярно',
  overdue: S.roadmap.legend.overdue,
  dueSoon: S.roadmap.legend.dueSoon,
  inProgress: S.roadmap.legend.inProgress,
};

/** The columns the formulas need; null when one of them is missing (setup repairs that). */
function refs(header: HeaderMap): Record<'activity' | 'done' | 'kind' | 'start' | 'end', string> | null {
  const row = header.headerRow + 1;
  const ref = (field: string) => {
    const i = header.columns.get(field);
    return i === undefined ? null : `$${columnLetters(i + 1)}${row}`;
  };
  const r = {
    activity: ref('activity'),
    done: ref('done'),
    kind: ref('deadlineKind'),
    start: ref('deadlineStart'),
    end: ref('deadlineEnd'),
  };
  return Object.values(r).every((v) => v !== null) ? (r as Record<keyof typeof r, string>) : null;
}

/** The rules in the order Sheets tries them (the first match colours the row), as deadlineStatus decides. */
export function highlightFormulas(
  header: HeaderMap,
  dueSoonDays = DEFAULT_DUE_SOON_DAYS,
): [HighlightStatus, string][] | null {
  const c = refs(header);
  if (!c) return null;
  const k = DEADLINE_KIND_LABELS;
  const has = (ref: string) => `ISNUMBER(${ref})`;
  const rule = (body: string) => `=AND(${c.activity}<>"";${body})+${MARKER}`;
  return [
    ['done', rule(`OR(${c.done}=TRUE;LOWER(TRIM(${c.done}))="да";TRIM(${c.done})="+")`)],
    [
      'noDate',
      rule(
        // A relative deadline without an end (its event not done yet) has no date; once resolved it has dates
        // and is coloured by them, as deadlineStatus does.
        `OR(${c.kind}="${k.none}";AND(${c.kind}<>"${k.recurring}";NOT(${has(c.end)})))`,
      ),
    ],
    ['recurring', rule(`${c.kind}="${k.recurring}";OR(NOT(${has(c.end)});${c.end}>=TODAY())`)],
    ['overdue', rule(`${has(c.end)};${c.end}<TODAY()`)],
    ['dueSoon', rule(`${has(c.end)};${c.end}-TODAY()<=${dueSoonDays}`)],
    ['inProgress', rule(`${has(c.start)};${c.start}<=TODAY()`)],
  ];
}

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const cond = rule.getBooleanCondition();
  return !!cond && cond.getCriteriaValues().some((v) => String(v).includes(MARKER));
}

/** The last table column: the rightmost known column (the curator's columns beyond it keep their looks). */
function tableWidth(header: HeaderMap): number {
  return Math.max(...header.columns.values()) + 1;
}

/** Replaces the add-on's rules, keeps the curator's, and writes the legend. */
export function applyHighlighting(sheet: Sheet, header: HeaderMap): boolean {
  const formulas = highlightFormulas(header);
  if (!formulas) return false;
  const rows = sheet.getMaxRows() - header.headerRow;
  if (rows < 1) return false;
  const range = sheet.getRange(header.headerRow + 1, 1, rows, tableWidth(header));
  const ours = formulas.map(([status, formula]) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(COLORS[status])
      .setRanges([range])
      .build(),
  );
  const theirs = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  // The curator's rules first: where both colour a cell, theirs wins.
  sheet.setConditionalFormatRules([...theirs, ...ours]);
  writeLegend(sheet, header);
  return true;
}

/** The legend: a small block right of the table, found again by its column's metadata. */
function writeLegend(sheet: Sheet, header: HeaderMap): void {
  const statuses = Object.keys(COLORS) as HighlightStatus[];
  const tagged = sheet.createDeveloperMetadataFinder().withKey(LEGEND_KEY).find();
  let column = tagged[0]?.getLocation().getColumn()?.getColumn() ?? null;
  if (column === null) {
    column = Math.max(sheet.getLastColumn(), tableWidth(header)) + 2;
    if (column > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
    const a = columnLetters(column);
    sheet.getRange(`${a}:${a}`).addDeveloperMetadata(LEGEND_KEY, 'legend');
    sheet.setColumnWidth(column, 130);
  }
  // Below the header row, so the header keeps its width and the legend is never taken for a column.
  const block = sheet.getRange(header.headerRow + 1, column, statuses.length + 1, 1);
  block.setValues(
    [[S.roadmap.legendTitle], ...statuses.map((s) => [LEGEND_LABELS[s]])].map((r) => r.map(toSheetValue)),
  );
  block.setBackgrounds([['#ffffff'], ...statuses.map((s) => [COLORS[s]])]);
}

/** The legend's column (0-based), so readers can ignore its cells. */
export function legendColumn(sheet: Sheet): number | null {
  const md = sheet.createDeveloperMetadataFinder().withKey(LEGEND_KEY).find()[0];
  const col = md?.getLocation().getColumn()?.getColumn();
  return col === undefined ? null : col - 1;
}

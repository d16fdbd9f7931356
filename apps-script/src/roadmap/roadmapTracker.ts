/**
 * The roadmap tracker on «Дорожная карта»: import (pasted text, a Google Doc table, the standard
 * template), and the parsed columns «Вид срока», «Начало срока», «Окончание срока» kept in step with
 * «Сроки» (on edit, and by «Обновить сроки»). Parsing is shared/roadmap's; this module only moves cells.
 */
import { type Deadline, RoadmapItem } from '../../../shared/model';
import {
  academicYearOf,
  type ImportResult,
  importRoadmap,
  type Period,
  parseDeadline,
  parsePeriod,
  resolveRelative,
  standardRoadmap,
  toPeriod,
  toRoadmapItems,
} from '../../../shared/roadmap';
import {
  type CellValue,
  findHeader,
  type HeaderMap,
  isBlank,
  localIsoDate,
  onlyColumns,
  planWrite,
  type RecordWrite,
  ROADMAP_SHEET,
  readTable,
} from '../../../shared/sheets';
import {
  AddonError,
  openTable,
  progress,
  readRange,
  SHEET_KEY,
  spreadsheet,
  todayIso,
  withDocumentLock,
  writeBlocks,
} from '../platform';
import { S } from '../strings';
import { applyHighlighting, legendColumn } from './highlight';
import { backups, clearRows, restoreRows, saveBackup } from './roadmapBackup';
import { parseUpload } from './roadmapUpload';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PERIOD_KEY = 'nastavnik.roadmapPeriod';
export const PARSED_FIELDS = ['deadlineKind', 'deadlineStart', 'deadlineEnd'] as const;

export interface ImportSummary {
  imported: number;
  unread: number;
  warnings: string[];
  period: string | null;
  /** After a replace: where the previous roadmap was kept and how to get it back. */
  backup: string | null;
}

/** The period the roadmap's month names belong to: the imported document's, else the current academic year. */
export function roadmapPeriod(): Period {
  const stored = PropertiesService.getDocumentProperties().getProperty(PERIOD_KEY);
  return (stored ? toPeriod(stored) : null) ?? academicYearOf(todayIso());
}

/** What the add-on writes into the parsed columns for a deadline. */
export function parsedCells(d: Deadline): Record<(typeof PARSED_FIELDS)[number], string | null> {
  // A yearly recurrence has no single end: its next occurrence moves, so only the first start is written.
  // Monthly and quarterly ones run through the period: their end is the period's.
  const yearly =
    d.kind === 'recurring' && (d.recurrence?.every === 'year' || d.recurrence?.every === 'months');
  return { deadlineKind: d.kind, deadlineStart: d.start, deadlineEnd: yearly ? null : d.end };
}

/** «Сроки» as text: a cell Sheets turned into a date reads back as ДД.ММ.ГГГГ. */
function deadlineText(v: CellValue): string {
  if (v instanceof Date) {
    const [y, m, d] = localIsoDate(v).split('-');
    return `${d}.${m}.${y}`;
  }
  return isBlank(v) ? '' : String(v).trim();
}

/** The legend's cells are not the table's: blank them so appends start right after the last activity. */
export function tableValues(sheet: Sheet, values: CellValue[][]): CellValue[][] {
  const legend = legendColumn(sheet);
  if (legend === null) return values;
  return values.map((row) => row.map((v, i) => (i === legend ? '' : v)));
}

function countActivities(values: CellValue[][], header: HeaderMap): number {
  const idx = header.columns.get('activity');
  if (idx === undefined) return 0;
  let n = 0;
  for (let r = header.headerRow; r < values.length; r++) if (!isBlank(values[r]?.[idx])) n++;
  return n;
}

/** How an import meets the rows already on the sheet. */
export type WriteHow =
  /** Add below; `confirm` is asked (with the number of activities there) and may decline. */
  | { mode: 'append'; confirm: (existing: number) => boolean }
  /** Replace: the sheet as it was is kept as a hidden copy first (roadmapBackup.ts), then its rows emptied. */
  | { mode: 'replace' };

/** Writes imported items as rows, with their parsed columns, and keeps the highlighting in place. */
function writeImport(result: ImportResult, how: WriteHow): ImportSummary {
  if (result.error) throw new AddonError(result.error);
  if (result.items.length === 0) throw new AddonError(S.roadmap.nothingFound);
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const roadmap = openTable(ROADMAP_SHEET, { ss, view: tableValues });
    const existing = countActivities(roadmap.values, roadmap.header);
    if (how.mode === 'append' && existing > 0 && !how.confirm(existing))
      return { imported: 0, unread: 0, warnings: [], period: null, backup: null };
    progress(S.common.working);
    let backup: string | null = null;
    if (how.mode === 'replace' && hasRows(roadmap.values, roadmap.header)) {
      const stored = PropertiesService.getDocumentProperties().getProperty(PERIOD_KEY);
      backup = saveBackup(ss, roadmap.sheet, { activities: existing, period: stored });
      clearRows(roadmap.sheet, roadmap.header.headerRow + 1);
      roadmap.cleared();
    }
    const period = result.period;
    if (period) PropertiesService.getDocumentProperties().setProperty(PERIOD_KEY, period.label);
    const records = toRoadmapItems(result.items, { takenIds: roadmap.takenIds() });
    for (const rec of records) roadmap.append({ ...rec, ...(rec.deadline ? parsedCells(rec.deadline) : {}) });
    roadmap.flush();
    applyHighlighting(roadmap.sheet, roadmap.header);
    const unread = result.items.filter(
      (i) => i.deadline.kind === 'none' && i.deadlineText.trim() !== '',
    ).length;
    return {
      imported: records.length,
      unread,
      warnings: result.warnings.map((w) => w.message),
      period: period?.label ?? null,
      backup: backup === null ? null : S.roadmapUpload.replaced(existing, backup),
    };
  });
}

/** Any cell below the header (the legend's aside): a replace keeps a copy even of rows with no activity. */
function hasRows(values: CellValue[][], header: HeaderMap): boolean {
  for (let r = header.headerRow; r < values.length; r++) if (values[r]?.some((v) => !isBlank(v))) return true;
  return false;
}

export function importSummaryMessage(r: ImportSummary): string {
  return [
    S.roadmap.imported(r.imported, r.unread),
    ...(r.backup ? [r.backup] : []),
    ...r.warnings.slice(0, 10),
  ].join('\n');
}

/**
 * The import dialog's write: the cells (or text) it previewed, re-read here by the same importRoadmap with
 * the same period, so what is written is what the curator saw; then appended or replacing.
 */
export function importRoadmapUpload(payload: unknown): ImportSummary {
  const upload = parseUpload(payload);
  const result = importRoadmap(upload.source, { period: upload.period });
  if (upload.mode === 'replace') return writeImport(result, { mode: 'replace' });
  return writeImport(result, { mode: 'append', confirm: () => true });
}

/** What the dialog needs before reading a file: the period to read it with, and what the sheet holds. */
export function roadmapImportState(): { period: string | null; existing: number; backup: string | null } {
  const ss = spreadsheet();
  const roadmap = openTable(ROADMAP_SHEET, { ss, view: tableValues });
  const latest = backups(ss)[0];
  return {
    period: storedPeriodOrNull()?.label ?? null,
    existing: countActivities(roadmap.values, roadmap.header),
    backup: latest ? latest.info.stamp : null,
  };
}

/** The newest kept copy and what undo would do, for the menu's question; null when there is none. */
export function roadmapUndoQuestion(): string | null {
  const ss = spreadsheet();
  const latest = backups(ss)[0];
  if (!latest) return null;
  const roadmap = openTable(ROADMAP_SHEET, { ss, view: tableValues });
  const now = countActivities(roadmap.values, roadmap.header);
  return S.roadmapBackup.ask(latest.info.stamp, latest.info.activities, now);
}

/** «Отменить замену дорожной карты»: the newest kept copy back into «Дорожная карта», then the copy goes. */
export function undoRoadmapReplace(): string {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const latest = backups(ss)[0];
    if (!latest) throw new AddonError(S.roadmapBackup.nothing);
    const roadmap = openTable(ROADMAP_SHEET, { ss });
    restoreRows(roadmap.sheet, latest.sheet, roadmap.header.headerRow + 1);
    applyHighlighting(roadmap.sheet, roadmap.header);
    const props = PropertiesService.getDocumentProperties();
    if (latest.info.period === null) props.deleteProperty(PERIOD_KEY);
    else props.setProperty(PERIOD_KEY, latest.info.period);
    ss.deleteSheet(latest.sheet);
    return S.roadmapBackup.restored(latest.info.stamp, latest.info.activities);
  });
}

export function importRoadmapTemplate(confirmAppend: (n: number) => boolean = () => true): ImportSummary {
  const period = roadmapPeriod();
  const items = standardRoadmap(period);
  const result: ImportResult = {
    title: '',
    organisation: '',
    period,
    preamble: [],
    format: 'cells',
    columns: [],
    hasDeadlineColumn: true,
    items,
    warnings: [],
    error: null,
  };
  return writeImport(result, { mode: 'append', confirm: confirmAppend });
}

const DOC_URL = /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+/;

/** Reads the largest table of a Google Doc (a Word roadmap opened as a Doc) and imports it. */
export function importRoadmapDoc(
  url: string,
  confirmAppend: (n: number) => boolean = () => true,
): ImportSummary {
  const clean = url.trim();
  if (!DOC_URL.test(clean)) throw new AddonError(S.roadmap.badUrl(clean));
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openByUrl(clean);
  } catch {
    throw new AddonError(S.roadmap.noAccess(clean));
  }
  const body = doc.getBody();
  const tables = body.getTables();
  if (tables.length === 0) throw new AddonError(S.roadmap.noTable);
  let best = tables[0]!;
  for (const t of tables) if (t.getNumRows() > best.getNumRows()) best = t;
  const cells: string[][] = [];
  for (let r = 0; r < best.getNumRows(); r++) {
    const row = best.getRow(r);
    const line: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) line.push(row.getCell(c).getText());
    cells.push(line);
  }
  const period = parsePeriod(`${doc.getName()}\n${body.getText().slice(0, 2000)}`) ?? storedPeriodOrNull();
  return writeImport(importRoadmap(cells, { period }), { mode: 'append', confirm: confirmAppend });
}

function storedPeriodOrNull(): Period | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(PERIOD_KEY);
  return stored ? toPeriod(stored) : null;
}

/** Parsed-column writes for rows whose «Сроки» changed meaning; unchanged rows are left alone. */
function parsedWrites(
  values: CellValue[][],
  header: HeaderMap,
  fromRow: number,
  toRow: number,
  period: Period,
): RecordWrite[] {
  const textIdx = header.columns.get('deadlineText');
  if (textIdx === undefined) return [];
  const activityIdx = header.columns.get('activity');
  const resolved = relativeDeadlines(values, header, fromRow, toRow, period);
  const writes: RecordWrite[] = [];
  for (let r = Math.max(fromRow, header.headerRow + 1); r <= toRow; r++) {
    const row = values[r - 1] ?? [];
    const text = deadlineText(row[textIdx]);
    const empty = text === '' && (activityIdx === undefined || isBlank(row[activityIdx]));
    const want = empty
      ? { deadlineKind: null, deadlineStart: null, deadlineEnd: null }
      : parsedCells(resolved.get(r) ?? parseDeadline(text, period));
    const same = PARSED_FIELDS.every((f) => {
      const i = header.columns.get(f);
      return i === undefined || cellKey(row[i]) === cellKey(want[f] === null ? '' : encodeKey(f, want[f]));
    });
    if (!same) writes.push({ row: r, record: want });
  }
  return writes;
}

/**
 * Relative deadlines of rows fromRow…toRow, resolved from the rows they refer to (their «Выполнено» and
 * «Дата выполнения»): a relative deadline gets dates once its event is done. `values` must hold every row.
 */
function relativeDeadlines(
  values: CellValue[][],
  header: HeaderMap,
  fromRow: number,
  toRow: number,
  period: Period,
): Map<number, Deadline> {
  const out = new Map<number, Deadline>();
  const textIdx = header.columns.get('deadlineText')!;
  let any = false;
  for (let r = Math.max(fromRow, header.headerRow + 1); r <= toRow && !any; r++)
    any = parseDeadline(deadlineText(values[r - 1]?.[textIdx]), period).kind === 'relative';
  if (!any) return out;
  const { rows } = readTable(values, ROADMAP_SHEET, RoadmapItem, { today: todayIso() });
  const items = rows.map(({ row, record }) => ({
    row,
    activity: record.activity,
    done: record.done,
    doneDate: record.doneDate,
    deadline: parseDeadline(record.deadlineText, period),
  }));
  for (const it of resolveRelative(items))
    if (it.deadline.kind === 'relative' && it.row >= fromRow && it.row <= toRow) out.set(it.row, it.deadline);
  return out;
}

function encodeKey(field: string, v: string): string {
  if (field === 'deadlineKind')
    return ROADMAP_SHEET.columns.find((c) => c.field === field)?.options?.[v] ?? v;
  return v;
}

function cellKey(v: CellValue): string {
  if (v instanceof Date) return localIsoDate(v);
  return isBlank(v) ? '' : String(v).trim();
}

/** «Обновить сроки и подсветку»: re-reads every «Сроки» cell; one read, one write per block. */
export function refreshDeadlines(): { rows: number; changed: number } {
  return withDocumentLock(() => {
    const roadmap = openTable(ROADMAP_SHEET, { view: tableValues });
    const { values, header } = roadmap;
    const writes = parsedWrites(values, header, 1, values.length, roadmapPeriod());
    roadmap.putAll(writes);
    roadmap.flush(PARSED_FIELDS);
    applyHighlighting(roadmap.sheet, header);
    return { rows: Math.max(0, values.length - header.headerRow), changed: writes.length };
  });
}

/** The simple onEdit trigger: when «Сроки» cells change, their parsed columns follow. */
export function onRoadmapEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (
    sheet.createDeveloperMetadataFinder().withKey(SHEET_KEY).withValue(ROADMAP_SHEET.key).find().length === 0
  )
    return;
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return;
  const head = readRange(sheet.getRange(1, 1, Math.min(10, Math.max(1, sheet.getLastRow())), lastColumn));
  const header = findHeader(head, ROADMAP_SHEET);
  const textIdx = header?.columns.get('deadlineText');
  if (!header || textIdx === undefined) return;
  const touches = (field: string) => {
    const i = header.columns.get(field);
    return i !== undefined && i + 1 >= range.getColumn() && i + 1 <= range.getLastColumn();
  };
  const top = Math.max(range.getRow(), header.headerRow + 1);
  const bottom = range.getLastRow();
  if (bottom < top) return;
  const period = roadmapPeriod();
  const whole = () => readRange(sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), lastColumn));
  let writes: RecordWrite[];
  let values: CellValue[][];
  if (touches('deadlineText')) {
    // Only the edited rows are read and written, whatever the size of the sheet…
    const rows = readRange(sheet.getRange(top, 1, bottom - top + 1, lastColumn));
    values = Array.from({ length: top - 1 }, () => []);
    values.push(...rows);
    // …unless one of them now reads as relative: its event is found among all the rows.
    if (rows.some((r) => parseDeadline(deadlineText(r[textIdx]), period).kind === 'relative'))
      values = whole();
    writes = parsedWrites(values, header, top, bottom, period);
  } else if (touches('done') || touches('doneDate')) {
    // An activity ticked off (or its date changed) gives dates to the relative deadlines that refer to it.
    values = whole();
    writes = parsedWrites(values, header, header.headerRow + 1, values.length, period).filter(
      (w) => w.record.deadlineKind === 'relative',
    );
  } else return;
  if (writes.length === 0) return;
  const { blocks } = planWrite(values, onlyColumns(header, PARSED_FIELDS), writes);
  withDocumentLock(() => writeBlocks(sheet, blocks), 10000);
}

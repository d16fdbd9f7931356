/**
 * Files form answers: the spreadsheet's one form-submit trigger routes by the responses sheet of `e.range`,
 * then, holding the document lock, reads the banks once, lets shared/surveys' fileAnswer decide, and writes
 * in blocks. An answer's «Анкеты» row is keyed by its row in Google's responses sheet, so an edited response
 * (same row, new event) updates it, and a repeated event files nothing twice. Rows whose event never got the
 * lock are filed by the next event or by the «Анкеты» menu (the sweep), so an answer is never lost.
 */
import { Mentee, Mentor, Pair, type SurveyKind } from '../../shared/model';
import {
  type CellValue,
  type HeaderMap,
  MENTEES_SHEET,
  MENTORS_SHEET,
  nextId,
  PAIRS_SHEET,
  type ParsedRow,
  planWrite,
  RESPONSES_SHEET,
  type RecordWrite,
  readTable,
  type SheetDef,
} from '../../shared/sheets';
import { isBlank, localIsoDate } from '../../shared/sheets/cells';
import { fileAnswer, SURVEYS } from '../../shared/surveys';
import { spreadsheet, todayIso, withDocumentLock } from './env';
import { readRange, readRequired, writeBlocks } from './sheetIo';
import { kindOfSheet, loadRegistry, type SurveyRegistry } from './surveys';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a submission waits for another one to finish (Apps Script stops a trigger at 6 minutes). */
const SUBMIT_LOCK_MS = 240000;

interface Table {
  sheet: Sheet;
  values: CellValue[][];
  header: HeaderMap;
  /** The next free row for an appended record. */
  nextRow: number;
  writes: Map<number, Record<string, unknown>>;
}

function table(def: SheetDef): Table {
  const data = readRequired(spreadsheet(), def);
  let last = data.values.length;
  while (last > data.header.headerRow && (data.values[last - 1] ?? []).every((v) => isBlank(v))) last--;
  return { ...data, nextRow: last + 1, writes: new Map() };
}

function put(t: Table, row: number | null, record: Record<string, unknown>): number {
  const r = row ?? t.nextRow++;
  t.writes.set(r, { ...(t.writes.get(r) ?? {}), ...record });
  return r;
}

function flush(t: Table): void {
  if (t.writes.size === 0) return;
  const writes: RecordWrite[] = [...t.writes].map(([row, record]) => ({ row, record }));
  writeBlocks(t.sheet, planWrite(t.values, t.header, writes).blocks);
}

function idsOf(t: Table): Set<string> {
  const idx = t.header.columns.get('id');
  const ids = new Set<string>();
  if (idx === undefined) return ids;
  for (let i = t.header.headerRow; i < t.values.length; i++) {
    const v = t.values[i]?.[idx];
    if (!isBlank(v)) ids.add(String(v).trim());
  }
  return ids;
}

/** An answer cell as e.namedValues gives it: text, dates as ДД.ММ.ГГГГ. */
function answerText(v: CellValue): string {
  if (v instanceof Date) return localIsoDate(v).split('-').reverse().join('.');
  return isBlank(v) ? '' : String(v);
}

/** Timestamps compared to the second (a sheet may not keep milliseconds). */
const seconds = (iso: string) => iso.slice(0, 19);

interface Filed {
  row: number;
  id: string;
  personId: string | null;
  /** The Google row's timestamp when filed: Google renews it on an edit, a repeated event keeps it. */
  submittedAt: string;
}

export interface FilingOutcome {
  /** Answers filed by this run (the event's own and any the sweep found). */
  filed: { kind: SurveyKind; responseId: string; updated: boolean; problems: string[] }[];
}

interface Pending {
  kind: SurveyKind;
  source: string;
  titles: string[];
  cells: CellValue[];
}

/** Every row of a responses sheet as pending answers (row 1 is Google's header of question titles). */
function pendingOf(kind: SurveyKind, sheet: Sheet): Pending[] {
  const values = readRange(sheet.getDataRange());
  const titles = (values[0] ?? []).map((t) => String(t ?? '').trim());
  const out: Pending[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    if (cells.every((v) => isBlank(v))) continue;
    out.push({ kind, source: `${sheet.getSheetId()}:${i + 1}`, titles, cells });
  }
  return out;
}

/**
 * Files answers under the document lock: `first` (the event's row, filed even when already filed: an edit),
 * then every row of the known responses sheets that «Анкеты» does not hold yet.
 */
export function fileAnswers(
  registry: SurveyRegistry,
  first: { kind: SurveyKind; sheet: Sheet; row: number } | null,
): FilingOutcome {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const mentors = table(MENTORS_SHEET);
    const mentees = table(MENTEES_SHEET);
    const answers = table(RESPONSES_SHEET);
    const mentorRows = readTable(mentors.values, MENTORS_SHEET, Mentor).rows;
    const menteeRows = readTable(mentees.values, MENTEES_SHEET, Mentee).rows;
    const pairs = readTable(readRequired(ss, PAIRS_SHEET).values, PAIRS_SHEET, Pair).rows.map(
      (r) => r.record,
    );
    const mentorIds = new Set([...idsOf(mentors), ...mentorRows.map((r) => r.record.id)]);
    const menteeIds = new Set([...idsOf(mentees), ...menteeRows.map((r) => r.record.id)]);
    const responseIds = idsOf(answers);

    const col = (f: string) => answers.header.columns.get(f);
    const filed = new Map<string, Filed>();
    for (let i = answers.header.headerRow; i < answers.values.length; i++) {
      const line = answers.values[i] ?? [];
      const source = col('source') === undefined ? '' : String(line[col('source')!] ?? '').trim();
      if (source === '') continue;
      const person = col('personId') === undefined ? '' : String(line[col('personId')!] ?? '').trim();
      const at = col('submittedAt') === undefined ? '' : line[col('submittedAt')!];
      filed.set(source, {
        row: i + 1,
        id: String(line[col('id') ?? 0] ?? '').trim(),
        personId: person || null,
        submittedAt: at instanceof Date ? seconds(at.toISOString()) : '',
      });
    }

    const pending: Pending[] = [];
    const read = new Map<number, Pending[]>();
    const rowsOf = (kind: SurveyKind, sheet: Sheet) => {
      const id = sheet.getSheetId();
      if (!read.has(id)) read.set(id, pendingOf(kind, sheet));
      return read.get(id)!;
    };
    if (first) {
      const source = `${first.sheet.getSheetId()}:${first.row}`;
      pending.push(...rowsOf(first.kind, first.sheet).filter((p) => p.source === source));
    }
    const sheetsById = new Map(ss.getSheets().map((s) => [s.getSheetId(), s]));
    for (const [kind, rec] of Object.entries(registry) as [SurveyKind, { sheetIds: number[] }][]) {
      for (const id of rec.sheetIds) {
        const sheet = sheetsById.get(id);
        if (!sheet) continue;
        const filedHere = [...filed.keys()].filter((k) => k.startsWith(`${id}:`)).length;
        if (sheet.getLastRow() - 1 <= filedHere) continue; // nothing missed: no read
        pending.push(...rowsOf(kind, sheet).filter((p) => !filed.has(p.source)));
      }
    }

    const outcome: FilingOutcome = { filed: [] };
    const today = todayIso();
    const seen = new Set<string>();
    for (const p of pending) {
      if (seen.has(p.source)) continue;
      seen.add(p.source);
      const namedValues: Record<string, string[]> = {};
      p.titles.forEach((title, i) => {
        if (i > 0 && title !== '') namedValues[title] = [answerText(p.cells[i])];
      });
      const stamp = p.cells[0];
      const submittedAt = (stamp instanceof Date ? stamp : new Date()).toISOString();
      const before = filed.get(p.source);
      if (before && before.submittedAt === seconds(submittedAt)) continue; // the same event again: filed already
      const bankRows = p.kind === 'mentor' ? mentorRows : menteeRows;
      const result = fileAnswer({
        kind: p.kind,
        namedValues,
        submittedAt,
        today,
        responseId: before?.id || nextId(RESPONSES_SHEET.idPrefix, responseIds),
        mentors: mentorRows,
        mentees: menteeRows,
        pairs,
        takenIds: p.kind === 'mentor' ? mentorIds : p.kind === 'mentee' ? menteeIds : new Set(),
        personId: before?.personId ?? null,
      });
      const bw = result.bankWrite;
      if (bw) {
        const t = bw.bank === 'mentors' ? mentors : mentees;
        const record = bw.record as unknown as Record<string, unknown>;
        // A known person: only what the questionnaire asks (the add-on's own columns); a new one: everything.
        const fields = ['id', 'consent', 'consentDate', ...SURVEYS[p.kind].questions.map((q) => q.field)];
        const written =
          bw.row === null
            ? record
            : Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
        const row = put(t, bw.row, written);
        const parsed = { row, record: bw.record, newId: false };
        const list = bankRows as ParsedRow<Mentor | Mentee>[];
        const at = list.findIndex((r) => r.row === row);
        if (at >= 0) list[at] = parsed;
        else list.push(parsed);
      }
      const row = put(answers, before?.row ?? null, { ...result.response, source: p.source });
      filed.set(p.source, {
        row,
        id: result.response.id,
        personId: result.response.personId,
        submittedAt: seconds(submittedAt),
      });
      outcome.filed.push({
        kind: p.kind,
        responseId: result.response.id,
        updated: before !== undefined,
        problems: result.response.problems,
      });
    }
    flush(mentors);
    flush(mentees);
    flush(answers);
    return outcome;
  }, SUBMIT_LOCK_MS);
}

/** The installable trigger's work: which questionnaire sent the row, then filing. Null for other forms. */
export function fileFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): FilingOutcome | null {
  const range = e?.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const registry = loadRegistry();
  const kind = kindOfSheet(sheet, registry);
  if (!kind) return null;
  return fileAnswers(registry, { kind, sheet, row: range.getRow() });
}

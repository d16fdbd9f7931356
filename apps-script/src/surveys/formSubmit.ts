/**
 * Files form answers: the spreadsheet's one form-submit trigger (or the «Анкеты» menu's sweep), holding the
 * document lock, reads the banks and «Анкеты» once, reads the add-on's forms' responses, lets shared/surveys'
 * fileAnswer decide for each new or edited one, and writes in blocks. An answer is keyed by the form's
 * response ID (FormResponse.getId(), kept through edits), never by a row of Google's responses sheet, which
 * the curator may delete, sort or insert into. An answer whose event never got the lock is filed by the next
 * event or by the menu, so none is lost; a repeated event files nothing twice.
 */

import { Mentee, Mentor, Pair, SURVEY_KINDS, type SurveyKind } from '../../../shared/model';
import {
  type CellValue,
  MENTEES_SHEET,
  MENTORS_SHEET,
  nextId,
  PAIRS_SHEET,
  type ParsedRow,
  parseCell,
  RESPONSES_SHEET,
} from '../../../shared/sheets';
import { fileAnswer } from '../../../shared/surveys';
import { withLang } from '../../../shared/text/locale';
import {
  namedValuesOf,
  openRegistered,
  openTable,
  type SheetTable,
  SUBMIT_LOCK_MS,
  seconds,
  spreadsheet,
  todayIso,
  withDocumentLock,
} from '../platform';
import { S } from '../strings';
import { fileMeetings, keyOwners } from '../year';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

import { writeHealth } from '../year';
import { kindOfSheet, loadRegistry, type SurveyRegistry } from './surveys';

/** A legacy key of an answer: «<sheet ID>:<row>» of Google's responses sheet (before response IDs). */
const LEGACY_SOURCE = /^\d+:\d+$/;

const KIND_COLUMN = RESPONSES_SHEET.columns.find((c) => c.field === 'kind')!;

interface Filed {
  row: number;
  id: string;
  kind: string;
  personId: string | null;
  /** The response's timestamp when filed: an edit renews it, a repeated event keeps it. */
  submittedAt: string;
  answers: Record<string, unknown>;
}

export interface FilingOutcome {
  /** Answers filed by this run (new ones and edits, whichever event or sweep found them). */
  filed: { kind: SurveyKind; responseId: string; updated: boolean; problems: string[] }[];
}

/** The answers already filed in «Анкеты», by the form response they came from. */
function readFiled(answers: SheetTable, today: string): Map<string, Filed> {
  const col = (f: string) => answers.header.columns.get(f);
  const text = (line: CellValue[], f: string) => {
    const i = col(f);
    return i === undefined ? '' : String(line[i] ?? '').trim();
  };
  const filed = new Map<string, Filed>();
  for (let i = answers.header.headerRow; i < answers.values.length; i++) {
    const line = answers.values[i] ?? [];
    const source = text(line, 'source');
    if (source === '') continue;
    const at = col('submittedAt') === undefined ? '' : line[col('submittedAt')!];
    let stored: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text(line, 'answers') || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        stored = parsed as Record<string, unknown>;
    } catch {
      // an answers cell the curator edited into something else: no baseline, every answer counts as changed
    }
    const kind = col('kind') === undefined ? null : parseCell(line[col('kind')!], KIND_COLUMN, { today });
    filed.set(source, {
      row: i + 1,
      id: text(line, 'id'),
      kind: kind?.ok ? String(kind.value ?? '') : '',
      personId: text(line, 'personId') || null,
      submittedAt: at instanceof Date ? seconds(at.toISOString()) : '',
      answers: stored,
    });
  }
  return filed;
}

/**
 * A legacy «sheet:row» answer of the same questionnaire sent at the same second: the same response. Two
 * answers sent in one second are told apart by their stored answers; where that cannot decide, none is
 * adopted (the answer is filed anew: a second «Анкеты» row is better than an answer taken for another's).
 */
function adoptLegacy(
  filed: Map<string, Filed>,
  kind: string,
  stamp: string,
  answersOf: () => Record<string, unknown>,
): Filed | undefined {
  const candidates = [...filed].filter(
    ([source, f]) =>
      LEGACY_SOURCE.test(source) && f.submittedAt === stamp && (f.kind === '' || f.kind === kind),
  );
  let pick = candidates.length === 1 ? candidates[0] : undefined;
  if (candidates.length > 1) {
    const mine = sameAnswers(answersOf());
    const equal = candidates.filter(([, f]) => sameAnswers(f.answers) === mine);
    if (equal.length === 1) pick = equal[0];
  }
  if (!pick) return undefined;
  filed.delete(pick[0]);
  return pick[1];
}

/** Answers as comparable text (order of questions and list separators aside). */
function sameAnswers(answers: Record<string, unknown>): string {
  return JSON.stringify(
    Object.entries(answers)
      .map(([k, v]) => [k.trim(), Array.isArray(v) ? v.join(', ') : String(v ?? '').trim()])
      .filter(([, v]) => v !== '')
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
  );
}

/**
 * Whether another form's responses sheet holds more rows than «Анкеты» has answers of that form: then an
 * answer may have been missed (its execution never got the lock) and that form is read too. Opening every
 * form on every event would cost seconds; rows the curator deleted only make this skip a form, whose answers
 * its own next event or the «Анкеты» menu then files.
 */
function looksMissed(
  sheetIds: readonly number[],
  sheets: ReadonlyMap<number, Sheet>,
  filed: ReadonlyMap<string, Filed>,
  kind: string,
): boolean {
  const rows = sheetIds.reduce((n, id) => n + Math.max(0, (sheets.get(id)?.getLastRow() ?? 1) - 1), 0);
  let have = 0;
  for (const f of filed.values()) if (f.kind === kind) have++;
  return rows > have;
}

/**
 * Files every answer of the add-on's forms that «Анкеты» does not hold yet, or holds in an older version,
 * under the document lock. Answers are read from the forms themselves and keyed by the form's response ID,
 * so deleting, sorting or inserting rows of Google's responses sheets never changes whose answer is whose;
 * filing is idempotent by that ID and the response's timestamp. `event`: the questionnaire whose answer
 * started this run (a trigger): its form is read whole, the others only when something looks missed.
 */
export function fileAnswers(registry: SurveyRegistry, event?: SurveyKind): FilingOutcome {
  // The problems written into «Ответы» and the banks' values are data: Russian whoever's locale files them.
  return withLang('ru', () => fileAnswersLocked(registry, event));
}

function fileAnswersLocked(registry: SurveyRegistry, event?: SurveyKind): FilingOutcome {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const mentors = openTable(MENTORS_SHEET, { ss });
    const mentees = openTable(MENTEES_SHEET, { ss });
    const answers = openTable(RESPONSES_SHEET, { ss });
    const today = todayIso();
    // Copies: rows the filing changes are replaced in these lists as it goes.
    const mentorRows = [...mentors.read(Mentor, { today }).rows];
    const menteeRows = [...mentees.read(Mentee, { today }).rows];
    const pairsTable = openTable(PAIRS_SHEET, { ss });
    const pairs = pairsTable.records(Pair);
    // The pair questionnaires' answers carry the pair's link key (the same key as the meeting report's).
    const pairOfKey = keyOwners(pairsTable, today);
    const mentorIds = new Set([...mentors.takenIds(), ...mentorRows.map((r) => r.record.id)]);
    const menteeIds = new Set([...mentees.takenIds(), ...menteeRows.map((r) => r.record.id)]);
    const responseIds = answers.takenIds();
    const filed = readFiled(answers, today);
    // The latest filed answers of each person to each questionnaire: what an answer's changes are measured by.
    const latest = new Map<string, Filed>();
    for (const f of filed.values()) {
      if (!f.personId) continue;
      const key = `${f.kind}|${f.personId}`;
      const had = latest.get(key);
      if (!had || had.submittedAt <= f.submittedAt) latest.set(key, f);
    }

    const outcome: FilingOutcome = { filed: [] };
    const sheetsById = event ? new Map(ss.getSheets().map((sh) => [sh.getSheetId(), sh])) : null;
    for (const kind of SURVEY_KINDS) {
      const rec = registry[kind];
      if (!rec) continue;
      if (event && kind !== event && !looksMissed(rec.sheetIds, sheetsById!, filed, kind)) continue;
      const form = openRegistered(rec.formId);
      if (!form) continue;
      const kindCode: string = kind;
      for (const response of form.getResponses()) {
        const key = response.getId();
        const submittedAt = response.getTimestamp().toISOString();
        const stamp = seconds(submittedAt);
        let named: Record<string, string | string[]> | null = null;
        const answersOf = () => (named ??= namedValuesOf(response));
        const before = filed.get(key) ?? adoptLegacy(filed, kindCode, stamp, answersOf);
        if (before && before.submittedAt === stamp) {
          if (!filed.has(key)) answers.put(before.row, { source: key }); // a legacy row takes the response's ID
          filed.set(key, before);
          continue; // filed already: a repeated event or a sweep
        }
        const bankRows = kind === 'mentor' ? mentorRows : menteeRows;
        const result = fileAnswer({
          kind,
          namedValues: answersOf(),
          submittedAt,
          today,
          responseId: before?.id || nextId(RESPONSES_SHEET.idPrefix, responseIds),
          mentors: mentorRows,
          mentees: menteeRows,
          pairs,
          takenIds: kind === 'mentor' ? mentorIds : kind === 'mentee' ? menteeIds : new Set(),
          pairOfKey,
          personId: before?.personId ?? null,
          baselineOf: (personId) =>
            before?.personId === personId
              ? before.answers
              : (latest.get(`${kindCode}|${personId}`)?.answers ?? null),
        });
        const bw = result.bankWrite;
        if (bw) {
          const t = bw.bank === 'mentors' ? mentors : mentees;
          const record = bw.record as unknown as Record<string, unknown>;
          const written = Object.fromEntries(bw.fields.map((f) => [f, record[f]]));
          const row = t.put(bw.row, written);
          for (const c of bw.conflicts)
            t.note(row, c.field, S.surveys.conflictNote(c.curatorValue, c.answerValue));
          const parsed = { row, record: bw.record, newId: false };
          const list = bankRows as ParsedRow<Mentor | Mentee>[];
          const at = list.findIndex((r) => r.row === row);
          if (at >= 0) list[at] = parsed;
          else list.push(parsed);
        }
        const row = answers.put(before?.row ?? null, { ...result.response, source: key });
        const now: Filed = {
          row,
          id: result.response.id,
          kind: kindCode,
          personId: result.response.personId,
          submittedAt: stamp,
          answers: result.response.answers,
        };
        filed.set(key, now);
        if (now.personId) latest.set(`${kindCode}|${now.personId}`, now);
        outcome.filed.push({
          kind,
          responseId: result.response.id,
          updated: before !== undefined,
          problems: result.response.problems,
        });
      }
    }
    mentors.flush();
    mentees.flush();
    answers.flush();
    // An interim answer may raise or clear a pair's «Сигнал».
    if (outcome.filed.some((f) => f.kind === 'feedback')) writeHealth(today);
    return outcome;
  }, SUBMIT_LOCK_MS);
}

/** The installable trigger's work: only for a questionnaire of the add-on's, then filing everything new. */
export function fileFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): FilingOutcome | null {
  const range = e?.range;
  if (!range) return null;
  const registry = loadRegistry();
  const kind = kindOfSheet(range.getSheet(), registry);
  if (!kind) return null;
  if (kind === 'meeting') {
    fileMeetings(registry);
    return { filed: [] };
  }
  return fileAnswers(registry, kind);
}

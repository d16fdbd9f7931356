/**
 * The form «Отчёт о встрече»: created like the questionnaires (surveys.ts' registry, the one form-submit trigger),
 * each pair's random key issued on «Пары», the pairs' pre-filled links, the mail merge to consenting mentors, and
 * the filing of answers onto «Встречи» under the document lock, keyed by the form's response ID (an edit updates
 * its row, a repeated event files nothing). shared/year decides; this file reads and writes.
 */
import type { z } from 'zod';
import { Mentor } from '../../../shared/model';
import {
  type CellValue,
  linkKeyColumn,
  MEETINGS_SHEET,
  MENTORS_SHEET,
  nextId,
  PAIRS_SHEET,
} from '../../../shared/sheets';
import { SURVEY_STRINGS } from '../../../shared/surveys';
import {
  fileMeeting,
  type LinkedPair,
  MEETING_FORM,
  type MeetingPairRef,
  pairEnded,
  pairsByToken,
  planLinkMail,
  rowsNeedingToken,
  type TokenRow,
  tokenFromUuid,
} from '../../../shared/year';
import {
  AddonError,
  namedValuesOf,
  openRegistered,
  openTable,
  requireConsent,
  requireSheet,
  type SheetTable,
  SUBMIT_LOCK_MS,
  seconds,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';
import { S } from '../strings';
import {
  ensureForm,
  ensureSubmitTrigger,
  loadRegistry,
  openForm,
  type SurveyRegistry,
  saveRegistry,
} from '../surveys';
import { ensureHealthTrigger, writeHealth } from './pairHealth';

/** A pair's row as meeting filing reads it: names and meeting token beside the pair (its health is not read). */
const PairRow = PAIRS_SHEET.schema.omit({ health: true });
type PairRow = z.infer<typeof PairRow>;

function readPairs(today: string) {
  const table = openTable(PAIRS_SHEET);
  return { table, rows: table.read(PairRow, { today }).rows };
}

const tokenRows = (rows: readonly { row: number; record: PairRow }[], today: string): TokenRow[] =>
  rows.map((r) => ({
    row: r.row,
    pairId: r.record.id,
    token: r.record.meetingToken,
    active: !pairEnded(r.record, today),
  }));

/**
 * Which pair a link key belongs to (any status), from «Пары» as read: for the pair questionnaires, whose answers
 * carry the same key as the meeting report (the pair's one key).
 */
export function keyOwners(pairs: SheetTable, today: string): (key: string) => string | undefined {
  const owners = pairsByToken(tokenRows(pairs.read(PairRow, { today }).rows, today));
  return (key) => owners.get(key);
}

export interface MeetingFilingOutcome {
  filed: number;
  /** Kept aside: no pair (unknown key, or an ended pair's link). */
  aside: number;
}

/**
 * Files every answer of «Отчёт о встрече» that «Встречи» does not hold yet, or holds in an older version, then
 * recomputes «Состояние». Service calls do not grow with the number of pairs: one read of «Пары» and
 * «Встречи», one write per block.
 */
export function fileMeetings(registry: SurveyRegistry = loadRegistry()): MeetingFilingOutcome {
  const rec = registry.meeting;
  if (!rec) return { filed: 0, aside: 0 };
  return withDocumentLock(() => {
    const form = openRegistered(rec.formId);
    if (!form) return { filed: 0, aside: 0 };
    const today = todayIso();
    const pairs = readPairs(today);
    const byId = new Map(pairs.rows.map((r) => [r.record.id, r.record]));
    const keyOwner = pairsByToken(tokenRows(pairs.rows, today));
    const pairOfToken = (t: string): MeetingPairRef | undefined => {
      const id = keyOwner.get(t);
      return id === undefined ? undefined : byId.get(id);
    };
    const meetings = openTable(MEETINGS_SHEET);
    const col = (f: string) => meetings.header.columns.get(f);
    const text = (line: readonly CellValue[], f: string) =>
      col(f) === undefined ? '' : String(line[col(f)!] ?? '').trim();
    const filed = new Map<string, { row: number; id: string; pairId: string; stamp: string }>();
    for (let i = meetings.header.headerRow; i < meetings.values.length; i++) {
      const line = meetings.values[i] ?? [];
      const source = text(line, 'source');
      if (source === '') continue;
      const at = col('submittedAt') === undefined ? '' : line[col('submittedAt')!];
      filed.set(source, {
        row: i + 1,
        id: text(line, 'id'),
        pairId: text(line, 'pairId'),
        stamp: at instanceof Date ? seconds(at.toISOString()) : '',
      });
    }
    const ids = meetings.takenIds();
    const outcome: MeetingFilingOutcome = { filed: 0, aside: 0 };
    for (const response of form.getResponses()) {
      const key = response.getId();
      const submittedAt = response.getTimestamp().toISOString();
      const stamp = seconds(submittedAt);
      const before = filed.get(key);
      if (before && before.stamp === stamp) continue; // filed already: a repeated event or a sweep
      const result = fileMeeting({
        namedValues: namedValuesOf(response),
        submittedAt,
        today,
        meetingId: before?.id || nextId(MEETINGS_SHEET.idPrefix, ids),
        pairOfToken,
        pairBefore: before?.pairId || null,
      });
      const row = meetings.put(before?.row ?? null, { ...result.record, source: key });
      filed.set(key, { row, id: result.record.id, pairId: result.record.pairId ?? '', stamp });
      outcome.filed++;
      if (result.record.pairId === null) outcome.aside++;
    }
    meetings.flush();
    if (outcome.filed > 0) writeHealth(today);
    return outcome;
  }, SUBMIT_LOCK_MS);
}

/**
 * Gives a random key to every active pair without one (and to a row repeating another's key), in one write of
 * the key column. Returns how many were issued.
 */
export function issueTokens(): number {
  return withDocumentLock(() => {
    const today = todayIso();
    const pairs = readPairs(today);
    if (!pairs.table.header.columns.has('meetingToken')) throw new AddonError(S.meetings.noTokenColumn);
    const rows = rowsNeedingToken(tokenRows(pairs.rows, today));
    if (rows.length === 0) return 0;
    // One block of the key column from the first row to the last (the rows between written back as read).
    for (const r of rows) pairs.table.put(r, { meetingToken: tokenFromUuid(Utilities.getUuid()) });
    pairs.table.flush(['meetingToken']);
    return rows.length;
  });
}

export interface EnsureMeetingForm {
  created: boolean;
  relinked: boolean;
}

/** Creates the form when it does not exist (or was deleted), relinks it, installs the triggers. */
export function ensureMeetingForm(): EnsureMeetingForm {
  return withDocumentLock(() => {
    const registry = loadRegistry();
    const done = ensureForm(registry, 'meeting', MEETING_FORM, spreadsheet().getId());
    saveRegistry(registry);
    ensureSubmitTrigger();
    ensureHealthTrigger();
    return { created: done === 'created', relinked: done === 'relinked' };
  });
}

const PLACEHOLDER = 'nastavnikkeyplaceholder';

/**
 * A form's pre-filled link with a placeholder for the key, made once by Google (FormResponse.toPrefilledUrl), so
 * the links of all pairs cost the same few calls whatever their number. A questionnaire made before it asked for
 * the key gets the question added (answers already given keep theirs: the form keeps its other questions).
 */
function linkTemplate(form: GoogleAppsScript.Forms.Form, addIfMissing: boolean): string {
  const title = linkKeyColumn.header;
  const found = form.getItems().find((i) => i.getTitle() === title);
  let item = found?.asTextItem();
  if (!item && addIfMissing)
    item = form.addTextItem().setTitle(title).setHelpText(SURVEY_STRINGS.linkKeyHelp).setRequired(false);
  if (!item) throw new AddonError(S.meetings.noTokenQuestion);
  return form.createResponse().withItemResponse(item.createResponse(PLACEHOLDER)).toPrefilledUrl();
}

const fill = (template: string | null, key: string) =>
  template === null ? null : template.split(PLACEHOLDER).join(encodeURIComponent(key));

export interface MeetingLink extends LinkedPair {
  mentorName: string;
  health: string;
  /** The pair's personal links to «Промежуточная обратная связь» and «Итоговый мониторинг…», when those forms exist. */
  interimUrl: string | null;
  finalUrl: string | null;
}

export interface MeetingLinks {
  ok: boolean;
  error: string | null;
  /** For the curator: the form's editor. */
  editUrl: string | null;
  links: MeetingLink[];
}

/** Every active pair's links (keys issued first): the meeting report's and the pair questionnaires'. */
function collectLinks(): { links: MeetingLink[]; editUrl: string } {
  const registry = loadRegistry();
  const form = openForm(registry.meeting);
  if (!form) throw new AddonError(S.meetings.cancelled);
  issueTokens();
  const template = linkTemplate(form, false);
  const questionnaire = (kind: 'feedback' | 'satisfaction') => {
    const f = openForm(registry[kind]);
    return f ? linkTemplate(f, true) : null;
  };
  const interim = questionnaire('feedback');
  const final = questionnaire('satisfaction');
  const today = todayIso();
  const healthCol = (r: readonly CellValue[], col: number | undefined) =>
    col === undefined ? '' : String(r[col] ?? '');
  const pairs = readPairs(today);
  const hc = pairs.table.header.columns.get('health');
  const links = pairs.rows
    .filter((r) => !pairEnded(r.record, today) && r.record.meetingToken !== '')
    .map((r) => ({
      pairId: r.record.id,
      mentorId: r.record.mentorId,
      mentorName: r.record.mentorName,
      menteeNames: r.record.menteeNames,
      url: fill(template, r.record.meetingToken)!,
      interimUrl: fill(interim, r.record.meetingToken),
      finalUrl: fill(final, r.record.meetingToken),
      health: healthCol(pairs.table.values[r.row - 1] ?? [], hc),
    }));
  return { links, editUrl: form.getEditUrl() };
}

/** The dialog's list of links to copy. */
export function getMeetingLinks(): MeetingLinks {
  try {
    return { ok: true, error: null, ...collectLinks() };
  } catch (e) {
    return { ok: false, error: userMessage(e), editUrl: null, links: [] };
  }
}

export interface MailOutcome {
  ok: boolean;
  message: string;
  sent: number;
}

/**
 * The mail merge: one letter per mentor with consent and an e-mail. The recipients are counted against
 * MailApp.getRemainingDailyQuota() first; when they do not fit, nothing is sent and the curator is told.
 * `send` false only counts (the dialog shows what would happen).
 */
export function sendMeetingLinks(send: boolean): MailOutcome {
  try {
    requireConsent('meetingMail', S.menu.meetingLinks, ['mail']);
    const { links } = collectLinks();
    const mentors = openTable(MENTORS_SHEET).records(Mentor);
    const plan = planLinkMail(links, mentors);
    const skipped = S.meetings.mailSkipped(
      plan.noConsent.length,
      plan.noEmail.length,
      plan.unknownMentor.length,
    );
    const withSkipped = (m: string) => (skipped ? `${m} Не получат: ${skipped}.` : m);
    if (plan.letters.length === 0)
      return { ok: false, message: withSkipped(S.meetings.mailNothing), sent: 0 };
    const quota = MailApp.getRemainingDailyQuota();
    if (plan.letters.length > quota)
      return {
        ok: false,
        message: withSkipped(S.meetings.mailOverQuota(plan.letters.length, quota)),
        sent: 0,
      };
    if (!send)
      return { ok: true, message: withSkipped(S.meetings.mailAsk(plan.letters.length, quota)), sent: 0 };
    for (const l of plan.letters) MailApp.sendEmail(l.to, l.subject, l.body);
    return {
      ok: true,
      message: withSkipped(S.meetings.mailSent(plan.letters.length)),
      sent: plan.letters.length,
    };
  } catch (e) {
    return { ok: false, message: userMessage(e), sent: 0 };
  }
}

/** Sheets the form files into; without them nothing could be filed, so no form is made. */
export function requireYearSheets(): void {
  const ss = spreadsheet();
  requireSheet(ss, PAIRS_SHEET);
  requireSheet(ss, MEETINGS_SHEET);
}

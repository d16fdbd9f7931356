/**
 * The pairing sidebar's server side: the state of the banks, suggestions from shared/matching, and
 * acceptance (one lock, one read of each sheet, batched writes of the add-on's own columns only).
 */
import {
  CRITERIA,
  CRITERION_LABELS,
  checkPairs,
  explainSuggestions,
  type LockedPair,
  type MatchingSettingsInput,
  type PairRef,
  PRESET_LABELS,
  PRESET_WEIGHTS,
  PRESETS,
  parseMatchingSettings,
  type ResolvedSettings,
  requestRefs,
  suggestPairs,
} from '../../../shared/matching';
import type { Mentee, Mentor, MentoringForm, Pair } from '../../../shared/model';
import {
  formatIssue,
  MENTEES_SHEET,
  MENTORS_SHEET,
  nextId,
  PAIRS_SHEET,
  type RecordWrite,
} from '../../../shared/sheets';
import { type BankSnapshot, type BankTable, markBanks, readBanks, rereadBanks } from '../banks';
import { AddonError, requireSheet, spreadsheet, todayIso, userMessage, withDocumentLock } from '../platform';
import { S } from '../strings';
import { sidebarView } from './sidebarView';

const SETTINGS_KEY = 'nastavnik.matchingSettings';
const P = S.pairing;

import {
  type AcceptedPair,
  type AcceptOutcome,
  type AcceptRequest,
  type BankIssue,
  type BankKey,
  type NextSuggestions,
  type PageOutcome,
  type PageRequest,
  type PairingState,
  type RefreshOutcome,
  SIDEBAR_PAGE,
  type SidebarResult,
  type SuggestOutcome,
} from './pairingTypes';

export type {
  AcceptedPair,
  AcceptOutcome,
  AcceptRequest,
  BankIssue,
  BankKey,
  PageOutcome,
  PageRequest,
  PairingState,
  SidebarResult,
  SuggestOutcome,
};

/** Locked pairs = the active pairs of «Пары», one ref per mentee. */
export function activePairs(snap: BankSnapshot): Pair[] {
  return snap.pairs.read.rows.map((r) => r.record).filter((p) => p.status === 'active');
}

function lockedRefs(snap: BankSnapshot): LockedPair[] {
  return activePairs(snap).flatMap((p) =>
    p.menteeIds.map((menteeId) => ({ mentorId: p.mentorId, menteeId, pairId: p.id })),
  );
}

function issuesOf(key: BankKey, s: BankTable<unknown>): BankIssue[] {
  return s.read.issues.map((i) => {
    const index = i.row > 0 ? s.table.header.columns.get(i.field) : undefined;
    return {
      sheet: key,
      sheetTitle: s.table.sheet.getName(),
      row: i.row,
      ...(index === undefined ? {} : { column: index + 1 }),
      text: formatIssue(i),
      severity: i.severity,
    };
  });
}

/**
 * The questionnaire conflicts the filing left as notes on bank cells (the curator's value kept against a
 * respondent's changed answer): one getNotes of the sheet, a remark per note, until the curator removes it.
 */
function conflictsOf(key: BankKey, s: BankTable<unknown>): BankIssue[] {
  const { sheet, values, header } = s.table;
  const notes = sheet.getDataRange().getNotes();
  const out: BankIssue[] = [];
  for (let r = 0; r < notes.length; r++) {
    const line = notes[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const note = String(line[c] ?? '');
      if (!note.startsWith(S.surveys.conflictNotePrefix)) continue;
      const column = String(values[header.headerRow - 1]?.[c] ?? '').trim();
      out.push({
        sheet: key,
        sheetTitle: sheet.getName(),
        row: r + 1,
        column: c + 1,
        text: formatIssue({ row: r + 1, column, field: '', message: note, severity: 'warning' }),
        severity: 'warning',
      });
    }
  }
  return out;
}

function errorRowCount(s: BankTable<unknown>): number {
  return new Set(s.read.issues.filter((i) => i.severity === 'error').map((i) => i.row)).size;
}

/**
 * The settings saved with the last suggestions: as the curator chose them (the sidebar shows them) and
 * resolved for the engine, parsed once; the defaults when none are saved or they no longer parse.
 */
function loadSettings(): { input: MatchingSettingsInput; resolved: ResolvedSettings } {
  const raw = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  let input: MatchingSettingsInput = {};
  try {
    if (raw) input = JSON.parse(raw) as MatchingSettingsInput;
  } catch (_e) {}
  const parsed = parseMatchingSettings(input);
  if (parsed.ok) return { input, resolved: parsed.settings };
  const defaults = parseMatchingSettings({});
  if (!defaults.ok) throw new Error(defaults.errors.join('; '));
  return { input: {}, resolved: defaults.settings };
}

export const savedSettings = (): MatchingSettingsInput => loadSettings().input;
export const savedMatchingSettings = (): ResolvedSettings => loadSettings().resolved;

export function getPairingState(): PairingState {
  return markedState(readBanks());
}

/** The state of banks just read; the bad cells get their notes and colours where they are (and fixed ones lose them). */
function markedState(snap: BankSnapshot): PairingState {
  withDocumentLock(() => markBanks(snap));
  return stateOf(snap);
}

/**
 * «Обновить»: the banks' state and, when `next` says with what, the suggestions, from one read of the banks, so
 * the sidebar makes one call (as «Принять» answers with both). Valid settings are saved, as «Подобрать» saves them.
 */
export function refreshPairing(next?: NextSuggestions): RefreshOutcome {
  const snap = readBanks();
  const state = markedState(snap);
  return next ? { state, suggestions: nextSuggestions(snap, next, true) } : { state };
}

/** The banks' state as the sidebar shows it (the notes: one getNotes per bank). */
function stateOf(snap: BankSnapshot): PairingState {
  const mentors = snap.mentors.read.rows.map((r) => r.record);
  const mentees = snap.mentees.read.rows.map((r) => r.record);
  const active = activePairs(snap);
  return {
    today: todayIso(),
    mentors: mentors.length,
    mentees: mentees.length,
    mentorsNoConsent: mentors.filter((m) => !m.consent).length,
    menteesNoConsent: mentees.filter((m) => !m.consent).length,
    menteesInPairs: new Set(active.flatMap((p) => p.menteeIds)).size,
    activePairs: active.length,
    errorRows: errorRowCount(snap.mentors) + errorRowCount(snap.mentees) + errorRowCount(snap.pairs),
    issues: [
      ...issuesOf('mentors', snap.mentors),
      ...conflictsOf('mentors', snap.mentors),
      ...issuesOf('mentees', snap.mentees),
      ...conflictsOf('mentees', snap.mentees),
      ...issuesOf('pairs', snap.pairs),
    ],
    settings: savedSettings(),
    presets: PRESETS.map((id) => ({ id, label: PRESET_LABELS[id], weights: { ...PRESET_WEIGHTS[id] } })),
    criteria: CRITERIA.map((id) => ({ id, label: CRITERION_LABELS[id] })),
  };
}

/**
 * Suggestions for the current banks; valid settings are saved for the next session (and acceptance checks
 * against them). `fixed`: mentors the curator picked by hand on the cards, kept across the re-run.
 */
export function suggestForSidebar(settings: unknown, excluded: PairRef[], fixed?: PairRef[]): SuggestOutcome {
  return nextSuggestions(readBanks(), { settings, excluded, fixed: fixed ?? [] }, true);
}

/** Suggestions for the banks as read, in the sidebar's shape, with the fingerprint acceptance checks. */
function suggestFrom(
  snap: BankSnapshot,
  settings: ResolvedSettings,
  excluded: unknown,
  fixed: unknown,
): SuggestOutcome {
  const errors: string[] = [];
  const refs = requestRefs(
    { excluded: Array.isArray(excluded) ? excluded : [], fixed: Array.isArray(fixed) ? fixed : [] },
    errors,
  );
  if (errors.length > 0) return { ok: false, errors };
  const result = suggestPairs(
    snap.mentors.read.rows.map((r) => r.record),
    snap.mentees.read.rows.map((r) => r.record),
    settings,
    { today: todayIso(), locked: lockedRefs(snap), excluded: refs.excluded, fixed: refs.fixed },
  );
  if (!result.ok) return result;
  return { ok: true, result: sidebarView(result), fingerprint: snap.fingerprint };
}

/**
 * Cards of further suggestions, explained from the assignment the sidebar holds (no second solve); refused
 * as stale when the sheets changed since.
 */
export function suggestionPage(request: PageRequest): PageOutcome {
  const snap = readBanks();
  if (snap.fingerprint !== String(request?.fingerprint)) return { ok: false, stale: true, errors: [P.stale] };
  const suggested = Array.isArray(request.suggested) ? request.suggested : [];
  const parsed = parseMatchingSettings(request.settings);
  const errors = parsed.ok ? [] : [...parsed.errors];
  const refs = requestRefs(
    {
      excluded: Array.isArray(request.excluded) ? request.excluded : [],
      fixed: Array.isArray(request.fixed) ? request.fixed : [],
    },
    errors,
  );
  if (!parsed.ok || errors.length > 0) return { ok: false, stale: false, errors };
  const out = explainSuggestions(
    snap.mentors.read.rows.map((r) => r.record),
    snap.mentees.read.rows.map((r) => r.record),
    parsed.settings,
    {
      today: todayIso(),
      locked: lockedRefs(snap),
      excluded: refs.excluded,
      fixed: refs.fixed,
      assigned: suggested
        .filter((s) => Array.isArray(s) && !s[3])
        .map((s) => ({ menteeId: String(s[0]), mentorId: String(s[1]) })),
      mentees: Array.isArray(request.mentees) ? request.mentees.slice(0, SIDEBAR_PAGE).map(String) : [],
    },
  );
  if (!out.ok) return { ok: false, stale: false, errors: out.errors };
  return { ok: true, pairs: out.pairs };
}

interface Plan {
  pairs: RecordWrite[];
  mentees: RecordWrite[];
  mentors: RecordWrite[];
  pairIds: string[];
  menteeCount: number;
}

/**
 * Checks the chosen pairs against the sheets as they are now, by the matching's own rules under the settings
 * the suggestions were made with (`checkPairs`), and plans the rows; Russian errors otherwise.
 */
export function planAcceptance(
  snap: BankSnapshot,
  chosen: readonly AcceptedPair[],
  today: string,
  settings: ResolvedSettings,
): Plan | string[] {
  if (!Array.isArray(chosen) || chosen.length === 0) return [P.nothingToAccept];
  const mentorRows = new Map(snap.mentors.read.rows.map((r) => [r.record.id, r]));
  const menteeRows = new Map(snap.mentees.read.rows.map((r) => [r.record.id, r]));
  const checked = checkPairs(
    snap.mentors.read.rows.map((r) => r.record),
    snap.mentees.read.rows.map((r) => r.record),
    settings,
    {
      today,
      locked: lockedRefs(snap),
      chosen: chosen.map((c) => ({
        mentorId: String(c?.mentorId),
        menteeId: String(c?.menteeId),
        form: c?.form,
      })),
    },
  );
  if (!checked.ok) return checked.errors;
  const groups = new Map<string, { mentor: Mentor; form: MentoringForm; mentees: Mentee[] }>();
  for (const c of checked.pairs) {
    const mentor = mentorRows.get(c.mentorId)!.record;
    const key = `${mentor.id}\u0000${c.form}`;
    const group = groups.get(key) ?? { mentor, form: c.form, mentees: [] };
    group.mentees.push(menteeRows.get(c.menteeId)!.record);
    groups.set(key, group);
  }

  const taken = snap.pairs.table.takenIds();
  const plan: Plan = { pairs: [], mentees: [], mentors: [], pairIds: [], menteeCount: 0 };
  for (const g of groups.values()) {
    const id = nextId(PAIRS_SHEET.idPrefix, taken);
    plan.pairIds.push(id);
    plan.pairs.push({
      row: null,
      record: {
        id,
        mentorId: g.mentor.id,
        mentorName: g.mentor.fullName,
        menteeIds: g.mentees.map((m) => m.id),
        menteeNames: g.mentees.map((m) => m.fullName),
        form: g.form,
        startDate: today,
        status: 'active',
      },
    });
    for (const m of g.mentees) {
      const row = menteeRows.get(m.id)!;
      plan.mentees.push({ row: row.row, record: { status: 'paired', ...(row.newId ? { id: m.id } : {}) } });
      plan.menteeCount++;
    }
    const mentorRow = mentorRows.get(g.mentor.id)!;
    if (mentorRow.newId && !plan.mentors.some((w) => w.row === mentorRow.row))
      plan.mentors.push({ row: mentorRow.row, record: { id: g.mentor.id } });
  }
  return plan;
}

/**
 * Writes accepted pairs to «Пары» and mentee statuses, under the document lock, refusing a stale view; the
 * answer carries the banks' new state and, when `next` says with what, the new suggestions, so the sidebar
 * needs no further call (the banks are read again once, by the same sheets, no lookup).
 */
export function acceptSuggested(request: AcceptRequest): AcceptOutcome {
  try {
    const done = withDocumentLock(() => {
      const snap = readBanks();
      if (snap.fingerprint !== String(request?.fingerprint))
        return { ok: false as const, stale: true, errors: [P.stale] };
      const plan = planAcceptance(snap, request.pairs, todayIso(), savedMatchingSettings());
      if (Array.isArray(plan)) return { ok: false as const, stale: false, errors: plan };
      snap.pairs.table.putAll(plan.pairs);
      snap.mentees.table.putAll(plan.mentees);
      snap.mentors.table.putAll(plan.mentors);
      snap.pairs.table.flush();
      snap.mentees.table.flush(['id', 'status']);
      snap.mentors.table.flush(['id']);
      return { ok: true as const, plan, after: rereadBanks(snap) };
    });
    if (!done.ok) return done;
    const { plan, after } = done;
    const next = request.next;
    return {
      ok: true,
      message: P.accepted(plan.pairIds.length, plan.menteeCount),
      pairIds: plan.pairIds,
      state: stateOf(after),
      ...(next ? { suggestions: nextSuggestions(after, next) } : {}),
    };
  } catch (e) {
    return { ok: false, stale: false, errors: [userMessage(e)] };
  }
}

/**
 * Suggestions for banks already read, with the sidebar's settings parsed here once; `save`: valid settings are
 * kept for the next session (and acceptance checks against them).
 */
function nextSuggestions(snap: BankSnapshot, next: NextSuggestions, save = false): SuggestOutcome {
  const parsed = parseMatchingSettings(next.settings);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const out = suggestFrom(snap, parsed.settings, next.excluded, next.fixed);
  if (out.ok && save)
    PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(next.settings ?? {}));
  return out;
}

const BANK_SHEETS = { mentors: MENTORS_SHEET, mentees: MENTEES_SHEET, pairs: PAIRS_SHEET } as const;

/** Selects a bank's cell, or its whole row when no column is given (the sidebar's error list links here). */
export function selectSheetRow(sheet: BankKey, row: number, column?: number): void {
  const def = BANK_SHEETS[sheet];
  if (!def) throw new AddonError(P.rowNotFound(String(sheet), row));
  const target = requireSheet(spreadsheet(), def);
  if (!Number.isInteger(row) || row < 1 || row > target.getMaxRows())
    throw new AddonError(P.rowNotFound(target.getName(), row));
  target.activate();
  if (Number.isInteger(column) && column! >= 1 && column! <= target.getMaxColumns())
    target.getRange(row, column!).activate();
  else target.getRange(row, 1, 1, Math.max(1, target.getLastColumn())).activate();
}

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
  type HeaderMap,
  MENTEES_SHEET,
  MENTORS_SHEET,
  nextId,
  PAIRS_SHEET,
  planWrite,
  type RecordWrite,
} from '../../../shared/sheets';
import { type BankSnapshot, readBanks, type SheetSnapshot, takenIds } from '../banks';
import {
  AddonError,
  requireSheet,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
  writeBlocks,
} from '../platform';
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
  type PageOutcome,
  type PageRequest,
  type PairingState,
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

function issuesOf(key: BankKey, s: SheetSnapshot<unknown>): BankIssue[] {
  return s.read.issues.map((i) => ({
    sheet: key,
    sheetTitle: s.sheet.getName(),
    row: i.row,
    text: formatIssue(i),
    severity: i.severity,
  }));
}

/**
 * The questionnaire conflicts the filing left as notes on bank cells (the curator's value kept against a
 * respondent's changed answer): one getNotes of the sheet, a remark per note, until the curator removes it.
 */
function conflictsOf(key: BankKey, s: SheetSnapshot<unknown>): BankIssue[] {
  const notes = s.sheet.getDataRange().getNotes();
  const out: BankIssue[] = [];
  for (let r = 0; r < notes.length; r++) {
    const line = notes[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const note = String(line[c] ?? '');
      if (!note.startsWith(S.surveys.conflictNotePrefix)) continue;
      const column = String(s.values[s.header.headerRow - 1]?.[c] ?? '').trim();
      out.push({
        sheet: key,
        sheetTitle: s.sheet.getName(),
        row: r + 1,
        text: formatIssue({ row: r + 1, column, field: '', message: note, severity: 'warning' }),
        severity: 'warning',
      });
    }
  }
  return out;
}

function errorRowCount(s: SheetSnapshot<unknown>): number {
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
  const snap = readBanks();
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
  const parsed = parseMatchingSettings(settings);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const errors: string[] = [];
  const refs = requestRefs(
    { excluded: Array.isArray(excluded) ? excluded : [], fixed: Array.isArray(fixed) ? fixed : [] },
    errors,
  );
  if (errors.length > 0) return { ok: false, errors };
  const snap = readBanks();
  const result = suggestPairs(
    snap.mentors.read.rows.map((r) => r.record),
    snap.mentees.read.rows.map((r) => r.record),
    parsed.settings,
    { today: todayIso(), locked: lockedRefs(snap), excluded: refs.excluded, fixed: refs.fixed },
  );
  if (!result.ok) return result;
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings ?? {}));
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

/** Only the given columns, so planWrite writes nothing else (never curator columns, never other data). */
export function onlyColumns(header: HeaderMap, fields: readonly string[]): HeaderMap {
  const columns = new Map<string, number>();
  for (const f of fields) {
    const i = header.columns.get(f);
    if (i !== undefined) columns.set(f, i);
  }
  return { ...header, columns };
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

  const taken = takenIds(snap.pairs);
  const plan: Plan = { pairs: [], mentees: [], mentors: [], pairIds: [], menteeCount: 0 };
  for (const g of groups.values()) {
    const id = nextId(snap.pairs.def.idPrefix, taken);
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

/** Writes accepted pairs to «Пары» and mentee statuses, under the document lock, refusing a stale view. */
export function acceptSuggested(request: AcceptRequest): AcceptOutcome {
  try {
    return withDocumentLock(() => {
      const snap = readBanks();
      if (snap.fingerprint !== String(request?.fingerprint))
        return { ok: false, stale: true, errors: [P.stale] };
      const plan = planAcceptance(snap, request.pairs, todayIso(), savedMatchingSettings());
      if (Array.isArray(plan)) return { ok: false, stale: false, errors: plan };
      const pairsWrite = planWrite(snap.pairs.values, snap.pairs.header, plan.pairs);
      const menteesWrite = planWrite(
        snap.mentees.values,
        onlyColumns(snap.mentees.header, ['id', 'status']),
        plan.mentees,
      );
      const mentorsWrite = planWrite(
        snap.mentors.values,
        onlyColumns(snap.mentors.header, ['id']),
        plan.mentors,
      );
      writeBlocks(snap.pairs.sheet, pairsWrite.blocks);
      writeBlocks(snap.mentees.sheet, menteesWrite.blocks);
      writeBlocks(snap.mentors.sheet, mentorsWrite.blocks);
      return { ok: true, message: P.accepted(plan.pairIds.length, plan.menteeCount), pairIds: plan.pairIds };
    });
  } catch (e) {
    return { ok: false, stale: false, errors: [userMessage(e)] };
  }
}

const BANK_SHEETS = { mentors: MENTORS_SHEET, mentees: MENTEES_SHEET, pairs: PAIRS_SHEET } as const;

/** Selects a whole row of a bank in the sheet (the sidebar's error list links here). */
export function selectSheetRow(sheet: BankKey, row: number): void {
  const def = BANK_SHEETS[sheet];
  if (!def) throw new AddonError(P.rowNotFound(String(sheet), row));
  const target = requireSheet(spreadsheet(), def);
  if (!Number.isInteger(row) || row < 1 || row > target.getMaxRows())
    throw new AddonError(P.rowNotFound(target.getName(), row));
  target.activate();
  target.getRange(row, 1, 1, Math.max(1, target.getLastColumn())).activate();
}

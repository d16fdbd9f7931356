/**
 * The sidebar's pairs' year (server side): the pairs at work with their plans, re-pairing a pair that does not
 * work (suggestion, then one locked write and the order draft for the change), closing a pair, and the
 * «Лучшая пара» shortlist. Decisions are shared/year's; this module reads and writes the sheets.
 */
import { checkPairs, suggestPairs } from '../../../shared/matching';
import {
  DOCUMENT_KIND_LABELS,
  MENTORING_FORM_LABELS,
  Meeting,
  type MentoringForm,
  PlanItem,
} from '../../../shared/model';
import {
  MEETINGS_SHEET,
  nextId,
  PAIRS_SHEET,
  PLANS_SHEET,
  RESPONSES_SHEET,
  type RecordWrite,
} from '../../../shared/sheets';
import { ResponseFigures } from '../../../shared/surveys';
import {
  bestPairShortlist,
  closeWrites,
  overduePlanItems,
  planProgress,
  readPlanDeadlines,
  repairInputs,
  repairWrites,
} from '../../../shared/year';
import { type BankSnapshot, readBanks } from '../banks';
import {
  changeOrderContent,
  organisationOf,
  type PairPeople,
  pairPeople,
  ruDate,
  savedMatchingSettings,
  writeOrderDoc,
} from '../pairing';
import {
  AddonError,
  findTable,
  recordsOf,
  requireConsent,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';
import { S } from '../strings';
import { writeHealth } from './pairHealth';
import type { YearOutcome } from './plans';

const Y = S.year;

/** A pair at work as the sidebar lists it. */
export interface PairAtWork {
  id: string;
  mentorName: string;
  menteeNames: string[];
  form: string;
  startDate: string;
  notWorking: boolean;
  plan: { total: number; done: number; overdue: number };
}

export interface YearState {
  today: string;
  pairs: PairAtWork[];
  /** «Планы пар» exists (setup was run since it came). */
  plansSheet: boolean;
}

function planRows(): PlanItem[] | null {
  return findTable(PLANS_SHEET)?.records(PlanItem) ?? null;
}

export function getYearState(): YearState {
  const snap = readBanks();
  const today = todayIso();
  const plans = planRows();
  const people = pairPeople(snap);
  const read = readPlanDeadlines(
    plans ?? [],
    people.map((p) => p.pair),
    today,
  );
  const overdue = overduePlanItems(read, today);
  const progress = planProgress(read);
  return {
    today,
    plansSheet: plans !== null,
    pairs: people.map((p) => ({
      id: p.pair.id,
      mentorName: p.mentorName,
      menteeNames: p.menteeNames,
      form: MENTORING_FORM_LABELS[p.pair.form],
      startDate: ruDate(p.pair.startDate),
      notWorking: p.pair.notWorking,
      plan: { ...(progress.get(p.pair.id) ?? { total: 0, done: 0 }), overdue: overdue.get(p.pair.id) ?? 0 },
    })),
  };
}

/** A mentor the engine offers for one mentee of the pair. */
export interface RepairOption {
  mentorId: string;
  mentorName: string;
  percent: number;
  reasons: string[];
}

export type RepairSuggestion =
  | {
      ok: true;
      pairId: string;
      fingerprint: string;
      mentees: {
        menteeId: string;
        menteeName: string;
        form: MentoringForm;
        /** The engine's choice first, then the alternatives. Empty: nobody fits (see `reason`). */
        options: RepairOption[];
        reason: string;
      }[];
    }
  | { ok: false; errors: string[] };

function inputsOf(snap: BankSnapshot, pairId: string) {
  const mentees = snap.mentees.read.rows.map((r) => r.record);
  const pairs = snap.pairs.read.rows.map((r) => r.record);
  const inputs = repairInputs(mentees, pairs, String(pairId ?? ''));
  if ('error' in inputs) throw new AddonError(inputs.error);
  return inputs;
}

/** «Переподобрать»: other mentors for the pair's mentees, every other active pair locked. */
export function suggestRepair(pairId: string): RepairSuggestion {
  try {
    const snap = readBanks();
    const inputs = inputsOf(snap, pairId);
    const wanted = new Set(inputs.excluded.map((x) => x.menteeId));
    const result = suggestPairs(
      snap.mentors.read.rows.map((r) => r.record),
      inputs.mentees,
      { ...savedMatchingSettings(), onlyUnpaired: true },
      { today: todayIso(), locked: inputs.locked, excluded: inputs.excluded },
    );
    if (!result.ok) return { ok: false, errors: result.errors };
    const mentees = [
      ...result.pairs
        .filter((p) => !p.locked && wanted.has(p.menteeId))
        .map((p) => ({
          menteeId: p.menteeId,
          menteeName: p.menteeName,
          form: p.form,
          options: [
            {
              mentorId: p.mentorId,
              mentorName: p.mentorName,
              percent: p.percent,
              reasons: p.reasons.map((r) => r.text),
            },
            ...p.alternatives.map((a) => ({
              mentorId: a.mentorId,
              mentorName: a.mentorName,
              percent: a.percent,
              reasons: a.reasons,
            })),
          ],
          reason: '',
        })),
      ...result.unmatched
        .filter((u) => wanted.has(u.menteeId))
        .map((u) => ({
          menteeId: u.menteeId,
          menteeName: u.menteeName,
          form: inputs.pair.form,
          options: u.alternatives.map((a) => ({
            mentorId: a.mentorId,
            mentorName: a.mentorName,
            percent: a.percent,
            reasons: a.reasons,
          })),
          reason: u.reason || Y.repairNothing(inputs.pair.id),
        })),
    ];
    return { ok: true, pairId: inputs.pair.id, fingerprint: snap.fingerprint, mentees };
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}

export interface RepairRequest {
  pairId: string;
  fingerprint: string;
  reason: string;
  chosen: { menteeId: string; mentorId: string; form: MentoringForm }[];
}

export type RepairOutcome =
  | { ok: true; message: string; pairIds: string[]; orderUrl: string }
  | { ok: false; stale: boolean; errors: string[] };

/**
 * Re-pairs under the document lock: checks the choice by the matching's rules (other pairs locked), ends the
 * old pair (date, «Прекращена досрочно», reason), adds the new pairs, and makes the order draft for the change.
 */
export function applyRepair(request: RepairRequest): RepairOutcome {
  try {
    return withDocumentLock(() => {
      const snap = readBanks();
      if (snap.fingerprint !== String(request?.fingerprint))
        return { ok: false, stale: true, errors: [S.pairing.stale] };
      // The order is part of the change: without the Docs permission nothing is written.
      requireConsent('documents', S.menu.pairing, ['documents']);
      const inputs = inputsOf(snap, request.pairId);
      const wanted = new Set(inputs.excluded.map((x) => x.menteeId));
      const chosen = Array.isArray(request.chosen) ? request.chosen : [];
      for (const c of chosen)
        if (!wanted.has(String(c?.menteeId)))
          return { ok: false, stale: false, errors: [Y.notChosen(inputs.pair.id, String(c?.menteeId))] };
      const today = todayIso();
      const checked = checkPairs(
        snap.mentors.read.rows.map((r) => r.record),
        inputs.mentees,
        savedMatchingSettings(),
        {
          today,
          locked: inputs.locked,
          chosen: chosen.map((c) => ({
            mentorId: String(c.mentorId),
            menteeId: String(c.menteeId),
            form: c.form,
          })),
        },
      );
      if (!checked.ok) return { ok: false, stale: false, errors: checked.errors };
      const w = repairWrites(inputs.pair, checked.pairs, request.reason, today);
      if ('error' in w) return { ok: false, stale: false, errors: [w.error] };

      const mentorById = new Map(snap.mentors.read.rows.map((r) => [r.record.id, r.record]));
      const menteeRows = new Map(snap.mentees.read.rows.map((r) => [r.record.id, r]));
      const oldRow = snap.pairs.read.rows.find((r) => r.record.id === inputs.pair.id)!.row;
      const taken = snap.pairs.table.takenIds();
      const created = w.created.map((n) => ({ ...n, id: nextId(PAIRS_SHEET.idPrefix, taken) }));
      const pairWrites: RecordWrite[] = [
        { row: oldRow, record: w.old },
        ...created.map((n) => ({
          row: null,
          record: {
            id: n.id,
            mentorId: n.mentorId,
            mentorName: mentorById.get(n.mentorId)?.fullName ?? n.mentorId,
            menteeIds: n.menteeIds,
            menteeNames: n.menteeIds.map((id) => menteeRows.get(id)?.record.fullName ?? id),
            form: n.form,
            startDate: n.startDate,
            status: 'active',
          },
        })),
      ];
      const menteeWrites = created.flatMap((n) =>
        n.menteeIds.map((id) => ({ row: menteeRows.get(id)!.row, record: { status: 'paired' } })),
      );
      snap.pairs.table.putAll(pairWrites);
      snap.pairs.table.flush();
      snap.mentees.table.putAll(menteeWrites);
      snap.mentees.table.flush(['status']);

      // The order: the old pair and the new ones with their people, as the order of fixing pairs names them.
      const all = pairPeople(snap, true);
      const old = all.find((p) => p.pair.id === inputs.pair.id)!;
      const newPeople: PairPeople[] = created.map((n) => ({
        pair: { ...inputs.pair, ...n, orderNumber: '', orderDate: null, endDate: null, status: 'active' },
        row: 0,
        mentor: mentorById.get(n.mentorId),
        mentees: n.menteeIds.flatMap((id) => menteeRows.get(id)?.record ?? []),
        mentorName: mentorById.get(n.mentorId)?.fullName ?? n.mentorId,
        menteeNames: n.menteeIds.map((id) => menteeRows.get(id)?.record.fullName ?? id),
      }));
      const orderUrl = writeOrderDoc(
        changeOrderContent(old, today, w.old.endReason, newPeople, organisationOf([old, ...newPeople])),
        Y.changeOrderDocName(ruDate(today)),
        today,
        `${DOCUMENT_KIND_LABELS['order-pairs']}: изменение состава (проект)`,
      );
      const pairIds = created.map((n) => n.id);
      // «Состояние» at once: the old pair has none now, the new one is «Рано судить».
      writeHealth(today);
      return { ok: true, message: Y.repaired(inputs.pair.id, pairIds), pairIds, orderUrl };
    });
  } catch (e) {
    return { ok: false, stale: false, errors: [userMessage(e)] };
  }
}

/** «Завершить пару»: its end date and outcome; its mentees «Завершил». */
export function closePair(request: { pairId: string; outcome: string }): YearOutcome {
  try {
    return withDocumentLock(() => {
      const snap = readBanks();
      const pairs = snap.pairs.read.rows.map((r) => r.record);
      const w = closeWrites(pairs, String(request?.pairId ?? ''), String(request?.outcome ?? ''), todayIso());
      if ('error' in w) return { ok: false, errors: [w.error] };
      const row = snap.pairs.read.rows.find((r) => r.record.id === w.pair.id)!.row;
      const menteeRows = new Map(snap.mentees.read.rows.map((r) => [r.record.id, r.row]));
      snap.pairs.table.put(row, w.pair);
      snap.pairs.table.flush();
      const finished = w.finished.filter((id) => menteeRows.has(id));
      for (const id of finished) snap.mentees.table.put(menteeRows.get(id)!, { status: 'finished' });
      snap.mentees.table.flush(['status']);
      writeHealth(todayIso()); // an ended pair has no «Состояние»
      return { ok: true, message: Y.closed(w.pair.id, finished.length) };
    });
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}

export interface BestPair {
  pairId: string;
  mentorName: string;
  menteeNames: string[];
  meetings: number | null;
  plan: string;
  satisfaction: string;
  score: string;
}

/**
 * Meetings held of «Встречи», read by its dictionary (MEETINGS_SHEET): rows filed to a pair and not dated ahead of
 * today (answers kept aside have no pair); null when the sheet does not exist yet.
 */
function meetingRows(): { pairId: string }[] | null {
  const meetings = findTable(MEETINGS_SHEET);
  if (!meetings) return null;
  const today = todayIso();
  return meetings
    .records(Meeting)
    .flatMap((m) => (m.pairId && m.date <= today ? [{ pairId: m.pairId, date: m.date }] : []));
}

const comma = (x: number) => String(x).replace('.', ',');

/** «Лучшая пара»: the shortlist by meetings held, plan done and satisfaction. */
export function bestPairs(): { ok: true; pairs: BestPair[] } | { ok: false; errors: string[] } {
  try {
    const snap = readBanks();
    const people = new Map(pairPeople(snap, true).map((p) => [p.pair.id, p]));
    const responses = recordsOf(RESPONSES_SHEET, ResponseFigures);
    const list = bestPairShortlist({
      pairs: snap.pairs.read.rows.map((r) => r.record),
      planRows: planRows() ?? [],
      meetings: meetingRows(),
      responses,
    });
    return {
      ok: true,
      pairs: list.map((e) => ({
        pairId: e.pairId,
        mentorName: people.get(e.pairId)?.mentorName ?? e.mentorId,
        menteeNames: people.get(e.pairId)?.menteeNames ?? e.menteeIds,
        meetings: e.meetings,
        plan: e.planTotal > 0 ? `${e.planDone} из ${e.planTotal}` : '—',
        satisfaction: e.satisfaction === null ? '—' : comma(e.satisfaction),
        score: comma(e.score),
      })),
    };
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}

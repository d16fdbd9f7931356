/** The pairs' year on the built Code.js in the double: plans, their highlighting as days pass, re-pairing, closing, «Лучшая пара». */
import { describe, expect, it } from 'vitest';
import { pasteRows } from '../../playground/sample';
import { MEETINGS_SHEET, MENTEES_SHEET, PAIRS_SHEET, PLANS_SHEET, type SheetDef } from '../../shared/sheets';
import { planItemStatus, readPlanDeadlines, STANDARD_PLANS } from '../../shared/year';
import { type LoadedAddon, zones } from '../double';
import type { DocElement } from '../double/services';
import { grid, statusOfColour } from './harness';
import { schoolWithNewPairs } from './pairingFixture';

type Outcome = { ok: true; message: string } | { ok: false; errors: string[] };

const col = (def: SheetDef, field: string) => def.columns.findIndex((c) => c.field === field) + 1;

/** The sample school on 20.10.2025 with three new pairs accepted in the sidebar (they start today). */
async function schoolWithPairs() {
  const { addon, chosen, pairIds } = await schoolWithNewPairs('2025-10-20');
  // Two of the three share a mentor: they became a group (PR-0004); the third is a pair of one (PR-0005).
  const rows = rowsOf(addon, PAIRS_SHEET);
  const ofPair = (id: string) => rows.find((r) => r.cells.id === id)!.cells;
  const group = pairIds.find((id) => String(ofPair(id).menteeIds).includes(','))!;
  const single = pairIds.find((id) => id !== group)!;
  return { addon, chosen, pairIds, group, single };
}

/**
 * Rows of a sheet as objects by field, from the cells as the double holds them (no service call, so the
 * call log shows only the add-on's work); dates as «date:ГГГГ-ММ-ДД» of the day the cell shows.
 */
function rowsOf(addon: LoadedAddon, def: SheetDef): { row: number; cells: Record<string, unknown> }[] {
  const sheet = addon.double.sheet(def.title)!;
  const zone = addon.double.spreadsheet._timeZone;
  const cell = (r: number, c: number) => {
    const v = sheet._get(r, c);
    if (!(v instanceof Date)) return v ?? '';
    const w = zones.wall(zone, v.getTime());
    return `date:${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  };
  const head: unknown[] = [];
  for (let c = 1; c <= sheet._maxColumns; c++) head.push(cell(1, c));
  const out: { row: number; cells: Record<string, unknown> }[] = [];
  for (let r = 2; r <= sheet._lastRow(); r++) {
    const cells: Record<string, unknown> = {};
    for (const c of def.columns) {
      const i = head.indexOf(c.header);
      if (i >= 0) cells[c.field] = cell(r, i + 1);
    }
    if (cells.id !== '' || (cells.activity ?? '') !== '') out.push({ row: r, cells });
  }
  return out;
}

/** The colour of each plan row's step cell, as a status. */
function shown(addon: LoadedAddon): string[] {
  const sheet = addon.double.sheet(PLANS_SHEET.title)!;
  return rowsOf(addon, PLANS_SHEET).map(({ row }) => {
    const bg = sheet._shownBackground(row, col(PLANS_SHEET, 'activity'));
    return statusOfColour(bg);
  });
}

/** What the engine says of each plan row on a day, from «Срок», «Выполнено» and the pair's dates. */
function expected(addon: LoadedAddon, today: string, starts: Record<string, string>): string[] {
  const rows = rowsOf(addon, PLANS_SHEET).map(({ cells }) => ({
    pairId: String(cells.pairId),
    activity: String(cells.activity),
    deadlineText: String(cells.deadlineText),
    done: cells.done === 'да',
    doneDate: null,
  }));
  const pairs = Object.entries(starts).map(([id, startDate]) => ({ id, startDate, endDate: null }));
  return readPlanDeadlines(rows, pairs, today).map((r) => planItemStatus(r, today));
}

describe('«Планы пар»', () => {
  it('setup creates the sheet; a pair’s plan from the standard plan of its form, relative deadlines from its start', async () => {
    const { addon, chosen, pairIds } = await schoolWithPairs();
    expect(addon.double.sheet(PLANS_SHEET.title)).toBeDefined();
    const res = addon.callFromClient('fillPairPlan', { pairId: pairIds[0], source: 'standard' }) as Outcome;
    expect(res).toMatchObject({ ok: true });
    const rows = rowsOf(addon, PLANS_SHEET);
    const steps = STANDARD_PLANS[chosen[0]!.form];
    expect(rows.map((r) => r.cells.activity)).toEqual(steps.map((s) => s.activity));
    expect(rows.every((r) => r.cells.pairId === pairIds[0])).toBe(true);
    expect(rows[0]!.cells).toMatchObject({
      id: 'PP-0001',
      deadlineText: 'в течение 2 недель после закрепления',
      deadlineKind: 'После события',
      deadlineStart: 'date:2025-10-20',
      deadlineEnd: 'date:2025-11-03',
    });
    const monthly = rows.find((r) => r.cells.deadlineText === 'ежемесячно')!;
    expect(monthly.cells).toMatchObject({ deadlineKind: 'Регулярно', deadlineStart: 'date:2025-10-20' });
    const end = rows.find((r) => r.cells.deadlineText === 'в конце программы')!;
    expect(end.cells).toMatchObject({ deadlineKind: 'До даты', deadlineEnd: 'date:2026-08-31' });
    // A second fill of the same pair is refused, naming the pair; a plan of its own for another pair is read by line.
    const again = addon.callFromClient('fillPairPlan', { pairId: pairIds[0], source: 'standard' }) as Outcome;
    expect(again).toMatchObject({ ok: false, errors: [expect.stringContaining(pairIds[0]!)] });
    const own = addon.callFromClient('fillPairPlan', {
      pairId: pairIds[1],
      source: 'own',
      text: 'Знакомство; в течение недели после закрепления\nОткрытый урок; через 2 месяца после знакомства',
    }) as Outcome;
    expect(own).toMatchObject({ ok: true });
    expect(rowsOf(addon, PLANS_SHEET)).toHaveLength(steps.length + 2);
  });

  it('the highlighting is the engine’s status on every day, moving with the days alone; ticking a step dates the one after it', async () => {
    const { addon, pairIds } = await schoolWithPairs();
    addon.callFromClient('fillPairPlan', { pairId: pairIds[0], source: 'standard' });
    addon.callFromClient('fillPairPlan', {
      pairId: pairIds[1],
      source: 'own',
      text: 'Знакомство; в течение недели после закрепления\nОткрытый урок; через 2 месяца после знакомства',
    });
    const starts = { [pairIds[0]!]: '2025-10-20', [pairIds[1]!]: '2025-10-20' };
    const now = shown(addon);
    expect(now).toEqual(expected(addon, '2025-10-20', starts));
    expect(now).toContain('due-soon');
    expect(now).toContain('recurring');
    addon.double.log.reset();
    for (const day of ['2025-10-28', '2025-11-04', '2026-01-25', '2026-08-20', '2026-09-02']) {
      addon.double.clock.setToday(day);
      expect(shown(addon), day).toEqual(expected(addon, day, starts));
    }
    expect(addon.double.log.count()).toBe(0);
    expect(shown(addon).filter((s) => s === 'overdue').length).toBeGreaterThan(3);

    // Back in October: the curator ticks «Знакомство» of the second pair with its date (the simple onEdit runs).
    addon.double.clock.setToday('2025-10-27');
    const sheet = addon.double.sheet(PLANS_SHEET.title)!;
    const rows = rowsOf(addon, PLANS_SHEET);
    const meet = rows.find((r) => r.cells.pairId === pairIds[1] && r.cells.activity === 'Знакомство')!;
    const lesson = rows.find((r) => r.cells.activity === 'Открытый урок')!;
    expect(lesson.cells.deadlineEnd).toBe('');
    addon.edit(sheet, meet.row, col(PLANS_SHEET, 'done'), 'да');
    addon.edit(sheet, meet.row, col(PLANS_SHEET, 'doneDate'), new Date(2025, 9, 25));
    const after = rowsOf(addon, PLANS_SHEET).find((r) => r.row === lesson.row)!;
    expect(after.cells).toMatchObject({ deadlineStart: 'date:2025-10-25', deadlineEnd: 'date:2025-12-25' });
    expect(shown(addon)[rows.indexOf(meet)]).toBe('done');
  });
});

describe('re-pairing and the end', () => {
  it('«Переподобрать»: another mentor for the mentee, other pairs kept, the old pair closed with its reason, the order draft made', async () => {
    const { addon, single } = await schoolWithPairs();
    const pairIds = [single];
    const pairsSheet = addon.double.sheet(PAIRS_SHEET.title)!;
    // «Состояние» as the sidebar shows it (re-pairing recomputes it; the other pairs' must stay as they are).
    addon.callFromClient('getPairAttention');
    const before = rowsOf(addon, PAIRS_SHEET);
    const target = before.find((r) => r.cells.id === pairIds[0])!;
    pairsSheet._set(target.row, col(PAIRS_SHEET, 'notWorking'), 'да');
    const state = addon.callFromClient('getYearState') as { pairs: { id: string; notWorking: boolean }[] };
    expect(state.pairs.find((p) => p.id === pairIds[0])!.notWorking).toBe(true);
    expect(state.pairs.filter((p) => p.notWorking)).toHaveLength(1);

    const s = addon.callFromClient('suggestRepair', pairIds[0]) as {
      ok: true;
      fingerprint: string;
      mentees: { menteeId: string; form: string; options: { mentorId: string }[] }[];
    };
    expect(s.ok).toBe(true);
    expect(s.mentees).toHaveLength(1);
    const m = s.mentees[0]!;
    expect(m.menteeId).toBe(String(target.cells.menteeIds));
    expect(m.options.length).toBeGreaterThan(0);
    expect(m.options.map((o) => o.mentorId)).not.toContain(target.cells.mentorId);

    const res = addon.callFromClient('applyRepair', {
      pairId: pairIds[0],
      fingerprint: s.fingerprint,
      reason: 'Не совпали графики работы',
      chosen: [{ menteeId: m.menteeId, mentorId: m.options[0]!.mentorId, form: m.form }],
    }) as { ok: true; pairIds: string[]; orderUrl: string; message: string };
    expect(res).toMatchObject({ ok: true });
    const after = rowsOf(addon, PAIRS_SHEET);
    // Every other pair is as it was.
    const others = (rows: typeof after) =>
      rows.filter((r) => r.cells.id !== pairIds[0] && !res.pairIds.includes(String(r.cells.id)));
    expect(others(after)).toEqual(others(before));
    expect(after.find((r) => r.cells.id === pairIds[0])!.cells).toMatchObject({
      status: 'Прекращена досрочно',
      endDate: 'date:2025-10-20',
      endReason: 'Не совпали графики работы',
      notWorking: 'нет',
    });
    const created = after.find((r) => r.cells.id === res.pairIds[0])!.cells;
    expect(created).toMatchObject({
      mentorId: m.options[0]!.mentorId,
      menteeIds: m.menteeId,
      status: 'Действует',
      startDate: 'date:2025-10-20',
    });
    const doc = addon.double.documents._created().at(-1)!;
    const text = doc
      .body!.map((e: DocElement) =>
        e.type === 'TABLE' ? e.rows.map((r) => r.join(' | ')).join('\n') : e.text,
      )
      .join('\n');
    expect(text).toContain('О внесении изменений в состав наставнических пар / групп');
    expect(text).toContain(`Прекратить с 20.10.2025 работу наставнической пары (группы) ${pairIds[0]}`);
    expect(text).toContain('Причина: Не совпали графики работы.');
    expect(text).toContain(String(created.mentorName));
    expect(res.orderUrl).toContain(doc.id);
    expect(
      grid(addon.double, 'Документы')
        .flat()
        .some((v) => String(v).includes(res.orderUrl)),
    ).toBe(true);
    // The old sidebar view is stale now: a second apply is refused.
    const again = addon.callFromClient('applyRepair', {
      pairId: pairIds[0],
      fingerprint: s.fingerprint,
      reason: 'x',
      chosen: [],
    }) as { ok: false; stale: boolean };
    expect(again).toMatchObject({ ok: false, stale: true });
  });

  it('closing a pair records its end date and outcome; the mentee becomes «Завершил»', async () => {
    const { addon, single, group } = await schoolWithPairs();
    addon.double.clock.setToday('2026-05-25');
    const res = addon.callFromClient('closePair', {
      pairId: single,
      outcome: 'Провёл открытый урок',
    }) as Outcome;
    expect(res).toMatchObject({ ok: true });
    const pairs = rowsOf(addon, PAIRS_SHEET);
    const pair = pairs.find((r) => r.cells.id === single)!.cells;
    expect(pair).toMatchObject({
      status: 'Завершена',
      endDate: 'date:2026-05-25',
      results: 'Провёл открытый урок',
    });
    const status = (id: string) => rowsOf(addon, MENTEES_SHEET).find((r) => r.cells.id === id)!.cells.status;
    expect(status(String(pair.menteeIds))).toBe('Завершил');
    // The group's mentees are still at work.
    const groupMentees = String(pairs.find((r) => r.cells.id === group)!.cells.menteeIds).split(', ');
    expect(groupMentees.map(status)).toEqual(['В паре', 'В паре']);
    expect(addon.callFromClient('closePair', { pairId: single, outcome: 'ещё раз' })).toMatchObject({
      ok: false,
    });
  });

  it('«Лучшая пара»: meetings of «Встречи», plan done and satisfaction, in the order counted by hand', async () => {
    const { addon, group, single } = await schoolWithPairs();
    // a: the new group, b: the new single pair, c: the sample's own active group.
    const [a, b, c] = [group, single, 'PR-0002'];
    for (const id of [a, b])
      addon.callFromClient('fillPairPlan', {
        pairId: id,
        source: 'own',
        text: 'Шаг 1; декабрь\nШаг 2; март',
      });
    const sheet = addon.double.sheet(PLANS_SHEET.title)!;
    const rows = rowsOf(addon, PLANS_SHEET);
    // a: 2 of 2 done; b: 1 of 2.
    for (const r of rows.filter((x) => x.cells.pairId === a || x.cells.activity === 'Шаг 1'))
      sheet._set(r.row, col(PLANS_SHEET, 'done'), 'да');
    // The meetings, typed into «Встречи» (setup made it); the shortlist is drawn up in January, after them.
    pasteRows(addon.double, MEETINGS_SHEET, [
      ['ID пары', 'Дата', 'Тема'],
      [a, new Date(2025, 10, 5), ''],
      [b, new Date(2025, 10, 6), ''],
      [b, new Date(2025, 11, 6), ''],
      [b, new Date(2026, 0, 6), ''],
      [c, new Date(2025, 10, 7), ''],
    ]);
    addon.passDays(80);
    const out = addon.callFromClient('bestPairs') as {
      ok: true;
      pairs: { pairId: string; score: string; plan: string; meetings: number }[];
    };
    // Most meetings: b's 3. a: (33,3 + 100) / 2 = 66,7; b: (100 + 50) / 2 = 75; c: 33,3 (no plan); PR-0001 (completed
    // in the sample, no plan, no meeting): 0. PR-0003 ended early and is no candidate. No answers in «Анкеты».
    expect(out.pairs.map((p) => [p.pairId, p.score])).toEqual([
      [b, '75'],
      [a, '66,7'],
      [c, '33,3'],
      ['PR-0001', '0'],
    ]);
    expect(out.pairs[0]).toMatchObject({ plan: '1 из 2', meetings: 3 });
  });
});

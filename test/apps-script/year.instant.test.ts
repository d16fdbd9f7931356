/**
 * «Состояние» at once, on the built Code.js in the double: a pair accepted in the sidebar, a pair typed or pasted
 * into «Пары» by hand, a meeting typed into «Встречи», a step of «Планы пар» ticked, re-dated or added, show the
 * pair's state right away (the sidebar's call or the simple onEdit trigger), not only at the next opening, daily
 * run or sidebar list.
 */
import { describe, expect, it } from 'vitest';
import type { AcceptOutcome, SuggestOutcome } from '../../apps-script/src/pairing/pairingTypes';
import { MEETINGS_SHEET, PAIRS_SHEET, PLANS_SHEET, type SheetDef } from '../../shared/sheets';
import type { LoadedAddon } from '../double';
import { sampleSchool, schoolWithNewPairs } from './pairingFixture';
import { columnByPair } from './yearFixture';

const state = (addon: LoadedAddon) => columnByPair(addon, PAIRS_SHEET.title, 'Состояние');
const at = (addon: LoadedAddon, def: SheetDef, header: string) =>
  addon.double.sheet(def.title)!.getDataRange().getValues()[0]!.map(String).indexOf(header) + 1;

describe('«Состояние» at once', () => {
  it('pairs accepted in the sidebar are «Рано судить» as the answer comes back; the answer’s fingerprint still holds', async () => {
    const addon = await sampleSchool('2025-10-20');
    const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as Extract<
      SuggestOutcome,
      { ok: true }
    >;
    const free = out.result.pairs.filter((p) => !p.locked);
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: free.slice(0, 1).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
      next: { settings: { preset: 'school' }, excluded: [], fixed: [] },
    }) as Extract<AcceptOutcome, { ok: true }>;
    expect(res.ok).toBe(true);
    expect(state(addon).get(res.pairIds[0]!)).toBe('Рано судить');
    // «Состояние» was written before the answer's banks were read: the next acceptance is not refused as stale.
    const next = res.suggestions as Extract<SuggestOutcome, { ok: true }>;
    const another = next.result.pairs.find((p) => !p.locked)!;
    const again = addon.callFromClient('acceptSuggested', {
      fingerprint: next.fingerprint,
      pairs: [{ mentorId: another.mentorId, menteeId: another.menteeId, form: another.form }],
    }) as AcceptOutcome;
    expect(again).toMatchObject({ ok: true });
    if (again.ok) expect(state(addon).get(again.pairIds[0]!)).toBe('Рано судить');
  });

  it('a pair typed cell by cell into «Пары» gets its state when its row becomes a pair; a pasted row at once', async () => {
    const addon = await sampleSchool('2025-10-20');
    const sheet = addon.double.sheet(PAIRS_SHEET.title)!;
    const col = (h: string) => at(addon, PAIRS_SHEET, h);
    const row = sheet.getLastRow() + 1;
    // Started on 01.09.2025, no meeting since: more than five weeks, past its first month.
    const typed: [string, unknown][] = [
      ['ID пары', 'PR-0101'],
      ['ID наставника', 'NS-0001'],
      ['ID наставляемых', 'NY-0002'],
      ['Форма наставничества', 'Учитель – учитель'],
      ['Дата начала', new Date(2025, 8, 1)],
    ];
    for (const [h, v] of typed) addon.edit(sheet, row, col(h), v);
    expect(state(addon).get('PR-0101')).toBe('Нужна встреча');
    // The curator moves its start: the state follows the edit.
    addon.edit(sheet, row, col('Дата начала'), new Date(2025, 9, 13));
    expect(state(addon).get('PR-0101')).toBe('Рано судить');
    // Closed by hand: no state.
    addon.edit(sheet, row, col('Статус'), 'Завершена');
    expect(state(addon).get('PR-0101')).toBe('');

    // A whole row pasted from elsewhere (one onEdit for the block).
    const head = sheet.getDataRange().getValues()[0]!.map(String);
    const line = head.map((h) =>
      h === 'ID пары'
        ? 'PR-0102'
        : h === 'ID наставника'
          ? 'NS-0002'
          : h === 'ID наставляемых'
            ? 'NY-0003'
            : h === 'Форма наставничества'
              ? 'Учитель – учитель'
              : h === 'Дата начала'
                ? new Date(2025, 7, 25)
                : h === 'Статус'
                  ? 'Действует'
                  : '',
    );
    addon.paste(sheet, row + 1, 1, [line]);
    expect(state(addon).get('PR-0102')).toBe('Нужна встреча');
    // The curator types its last meeting into «Встречи» by hand (docs/year.md allows it): on schedule at once.
    const meetings = addon.double.sheet(MEETINGS_SHEET.title)!;
    const m = meetings.getLastRow() + 1;
    addon.edit(meetings, m, at(addon, MEETINGS_SHEET, 'Дата встречи'), new Date(2025, 9, 10));
    addon.edit(meetings, m, at(addon, MEETINGS_SHEET, 'ID пары'), 'PR-0102');
    expect(state(addon).get('PR-0102')).toBe('В графике');
  });

  it('ticking, re-dating or adding a step of «Планы пар» changes the pair’s state at once', async () => {
    const { addon, pairIds } = await schoolWithNewPairs('2025-10-20');
    const pairId = pairIds[0]!;
    const res = addon.callFromClient('fillPairPlan', {
      pairId,
      source: 'own',
      text: 'Знакомство; в течение недели после закрепления',
    }) as { ok: boolean };
    expect(res.ok).toBe(true);
    expect(state(addon).get(pairId)).toBe('Рано судить');
    // Two weeks later (no recompute by the daily trigger: it is not installed here) the step is late.
    addon.double.clock.setToday('2025-11-03');
    const plans = addon.double.sheet(PLANS_SHEET.title)!;
    const col = (h: string) => at(addon, PLANS_SHEET, h);
    const before = state(addon).get(pairId);
    addon.open(); // the morning's opening recomputes: «Отстаёт план»
    expect(state(addon).get(pairId)).toBe('Отстаёт план');
    expect(before).toBe('Рано судить');
    // Ticked off: back to «Рано судить» with no further call.
    addon.edit(plans, 2, col('Выполнено'), 'да');
    expect(state(addon).get(pairId)).toBe('Рано судить');
    // Not done after all, its deadline moved to a week from now: still not late.
    addon.edit(plans, 2, col('Выполнено'), '');
    expect(state(addon).get(pairId)).toBe('Отстаёт план');
    addon.edit(plans, 2, col('Срок'), '10.11.2025');
    expect(state(addon).get(pairId)).toBe('Рано судить');
    // A step added by hand whose date has passed: late at once.
    const next = plans.getLastRow() + 1;
    addon.edit(plans, next, col('ID пары'), pairId);
    addon.edit(plans, next, col('Пункт плана'), 'Диагностика затруднений');
    expect(state(addon).get(pairId)).toBe('Рано судить'); // no deadline yet: not late
    addon.edit(plans, next, col('Срок'), '01.11.2025');
    expect(state(addon).get(pairId)).toBe('Отстаёт план');
  });
});

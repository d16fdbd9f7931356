import { describe, expect, it } from 'vitest';
import type {
  AcceptOutcome,
  PageOutcome,
  PairingState,
  RefreshOutcome,
  SuggestOutcome,
} from '../../apps-script/src/pairing/pairingTypes';
import { groupsOf } from '../../apps-script/src/pairing/sidebarView';
import type { GoogleDouble } from '../double';
import { freshAddon, grid } from './harness';
import { sampleSchool } from './pairingFixture';

type Ok = Extract<SuggestOutcome, { ok: true }>;

function suggest(
  addon: Awaited<ReturnType<typeof sampleSchool>>,
  settings: unknown = { preset: 'school' },
  excluded: unknown[] = [],
) {
  const out = addon.callFromClient('suggestForSidebar', settings, excluded) as SuggestOutcome;
  if (!out.ok) throw new Error(out.errors.join('\n'));
  return out as Ok;
}

describe('pairing server: state of the banks', () => {
  it('counts people, consent, error rows and mentees already in pairs', async () => {
    const addon = await sampleSchool();
    const state = addon.callFromClient('getPairingState') as PairingState;
    expect(state.mentors).toBe(19); // row 16 «два» is an error
    expect(state.mentees).toBeGreaterThan(30);
    expect(state.menteesInPairs).toBe(2); // PR-0002 is the active group
    expect(state.activePairs).toBe(1);
    expect(state.errorRows).toBeGreaterThanOrEqual(5);
    const mentorErr = state.issues.find((i) => i.sheet === 'mentors' && i.severity === 'error');
    expect(mentorErr?.row).toBe(16);
    expect(mentorErr?.text).toMatch(/Строка 16/);
    expect(state.presets.map((p) => p.id)).toContain('school');
  });

  it('before setup the sidebar gets a Russian message naming the missing sheet', async () => {
    const addon = await freshAddon();
    expect(() => addon.callFromClient('getPairingState')).toThrow(/Лист «Наставники» не найден/);
  });

  it('the menu item opens the sidebar', async () => {
    const addon = await sampleSchool();
    addon.run('menuPairing');
    const shown = addon.double.ui.dialogs.at(-1)!;
    expect(shown.kind).toBe('sidebar');
    expect(shown.title).toBe('Подбор пар');
    expect(shown.text).toContain('<div id="app">');
  });

  it('clicking an error selects that row in the sheet', async () => {
    const addon = await sampleSchool();
    addon.callFromClient('selectSheetRow', 'mentees', 17);
    const active = addon.double.spreadsheet._active!;
    expect(active.name).toBe('Наставляемые');
    expect(active._activeRange?.getA1Notation()).toMatch(/^A17:[A-Z]+17$/);
    expect(() => addon.callFromClient('selectSheetRow', 'mentees', 0)).toThrow(/нет строки 0/);
  });

  it('clicking a remark about a bad cell selects that cell, not the whole row', async () => {
    const addon = await sampleSchool();
    const state = addon.callFromClient('getPairingState') as PairingState;
    const issue = state.issues.find((i) => i.sheet === 'mentees' && i.row === 17)!;
    expect(issue.column).toBeGreaterThan(1);
    addon.callFromClient('selectSheetRow', issue.sheet, issue.row, issue.column);
    const active = addon.double.spreadsheet._active!;
    expect(active._activeRange?.getA1Notation()).toBe(`${columnLetter(issue.column!)}17`);
  });
});

const columnLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

describe('pairing server: bad bank cells carry a note and a colour where they are', () => {
  const ADDON_NOTE = /^Наставничество: /;
  const MARK = '#f4cccc';
  /** The bad cells the sidebar lists: «два» (mentors, row 16), «три года» (17) and «31.02.2001» (19) in mentees. */
  function cells(state: PairingState) {
    const at = (sheet: 'mentors' | 'mentees', row: number) => {
      const i = state.issues.find((x) => x.sheet === sheet && x.row === row && x.severity === 'error')!;
      return { row, column: i.column!, text: i.text };
    };
    return { dva: at('mentors', 16), triGoda: at('mentees', 17), feb31: at('mentees', 19) };
  }

  it('marks «два», «три года» and «31.02.2001» with the reason and a colour; fixing a cell removes both, the curator’s own note and colour stay', async () => {
    const addon = await sampleSchool();
    const mentors = addon.double.sheet('Наставники')!;
    const mentees = addon.double.sheet('Наставляемые')!;
    const first = addon.callFromClient('getPairingState') as PairingState;
    const c = cells(first);
    expect(c.dva.text).toMatch(/«два»/);
    expect(c.triGoda.text).toMatch(/«три года»/);
    expect(c.feb31.text).toMatch(/«31\.02\.2001»/);

    // The curator had written a note on one bad cell and coloured another one before the sidebar read them.
    const fresh = await sampleSchool();
    const fm = fresh.double.sheet('Наставляемые')!;
    fm._range(c.feb31.row, c.feb31.column).setNote('Уточнить у классного руководителя');
    fm._range(c.triGoda.row, c.triGoda.column).setBackground('#00ff00');
    fresh.callFromClient('getPairingState');

    // Without the curator's marks: every bad cell has the add-on's note naming the reason and the colour.
    for (const [sheet, cell, reason] of [
      [mentors, c.dva, /«два»/],
      [mentees, c.triGoda, /«три года»/],
      [mentees, c.feb31, /31\.02\.2001/],
    ] as const) {
      const note = sheet._range(cell.row, cell.column).getNote();
      expect(note).toMatch(ADDON_NOTE);
      expect(note).toMatch(reason);
      expect(sheet._range(cell.row, cell.column).getBackground()).toBe(MARK);
    }
    // Only the bad cells: the rest of the row is untouched.
    expect(mentors._range(c.dva.row, 1).getNote()).toBe('');
    expect(mentors._range(c.dva.row, 1).getBackground()).toBe('#ffffff');

    // A second read changes nothing.
    addon.double.log.reset();
    addon.callFromClient('getPairingState');
    expect(addon.double.log.count('Range.setNotes') + addon.double.log.count('Range.setBackground')).toBe(0);

    // Fixing a cell (onEdit) removes its note and colour; the other bad cells keep theirs.
    addon.edit(mentors, c.dva.row, c.dva.column, 2);
    expect(mentors._range(c.dva.row, c.dva.column).getNote()).toBe('');
    expect(mentors._range(c.dva.row, c.dva.column).getBackground()).toBe('#ffffff');
    expect(mentees._range(c.triGoda.row, c.triGoda.column).getNote()).toMatch(ADDON_NOTE);
    // Fixed without onEdit (a paste the trigger missed): the next read removes them.
    mentees._range(c.triGoda.row, c.triGoda.column).setValues([[3]]);
    addon.callFromClient('getPairingState');
    expect(mentees._range(c.triGoda.row, c.triGoda.column).getNote()).toBe('');
    expect(mentees._range(c.triGoda.row, c.triGoda.column).getBackground()).toBe('#ffffff');

    // With the curator's marks: their note is kept above the add-on's, their colour is never replaced…
    const noted = fm._range(c.feb31.row, c.feb31.column).getNote();
    expect(noted.startsWith('Уточнить у классного руководителя\n\nНаставничество: ')).toBe(true);
    expect(fm._range(c.triGoda.row, c.triGoda.column).getBackground()).toBe('#00ff00');
    expect(fm._range(c.triGoda.row, c.triGoda.column).getNote()).toMatch(ADDON_NOTE);
    // …and fixing the cells leaves exactly the curator's note and colour.
    fresh.edit(fm, c.feb31.row, c.feb31.column, '28.02.2001');
    fresh.edit(fm, c.triGoda.row, c.triGoda.column, 3);
    expect(fm._range(c.feb31.row, c.feb31.column).getNote()).toBe('Уточнить у классного руководителя');
    expect(fm._range(c.feb31.row, c.feb31.column).getBackground()).toBe('#ffffff');
    expect(fm._range(c.triGoda.row, c.triGoda.column).getNote()).toBe('');
    expect(fm._range(c.triGoda.row, c.triGoda.column).getBackground()).toBe('#00ff00');
  });
});

describe('pairing server: suggestions and acceptance', () => {
  it('suggests with the active pairs locked and saves the settings for the next session', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon, { preset: 'school', weights: { subjects: 6 } });
    const locked = out.result.locked.map((p) => p.menteeId).sort();
    expect(locked).toEqual(['NV-0012', 'NV-0022']);
    expect(out.result.suggested.length).toBeGreaterThan(0);
    const state = addon.callFromClient('getPairingState') as PairingState;
    expect(state.settings).toEqual({ preset: 'school', weights: { subjects: 6 } });
    const bad = addon.callFromClient('suggestForSidebar', { preset: 'nope' }, []) as SuggestOutcome;
    expect(bad.ok).toBe(false);
  });

  it('accepting writes «Пары» and mentee statuses in one batch under the lock, never curator columns', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 3);
    const before = grid(addon.double, 'Наставляемые');
    const curatorCol = (before[0] as string[]).indexOf('Комментарий куратора');
    expect(curatorCol).toBeGreaterThan(0);
    addon.double.log.reset();
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
    }) as AcceptOutcome;
    expect(res.ok).toBe(true);
    // Three reads before the write, and the same three sheets once more for the state the answer carries.
    expect(addon.double.log.count('Range.getValues')).toBe(6);
    expect(addon.double.log.count('Range.setValues')).toBeLessThanOrEqual(3);
    expect(addon.double.log.count('LockService.getDocumentLock')).toBe(1);
    const pairs = grid(addon.double, 'Пары');
    const head = pairs[0] as string[];
    const added = pairs.slice(4);
    const mentorsOf = new Set(chosen.map((p) => p.mentorId));
    expect(added.length).toBe(mentorsOf.size);
    expect(added[0]![head.indexOf('ID пары')]).toBe('PR-0004');
    expect(added[0]![head.indexOf('Статус')]).toBe('Действует');
    expect(added[0]![head.indexOf('Дата начала')]).toBe('date:2025-10-20');
    const after = grid(addon.double, 'Наставляемые');
    const status = (after[0] as string[]).indexOf('Статус');
    const idCol = (after[0] as string[]).indexOf('ID');
    for (const p of chosen) expect(after.find((r) => r[idCol] === p.menteeId)![status]).toBe('В паре');
    expect(after.map((r) => r[curatorCol])).toEqual(before.map((r) => r[curatorCol]));
    // Running again keeps them locked.
    const again = suggest(addon);
    const lockedNow = new Set(again.result.locked.map((p) => p.menteeId));
    for (const p of chosen) expect(lockedNow.has(p.menteeId)).toBe(true);
  });

  it('refuses when the banks changed while the sidebar was open, and writes nothing', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 1);
    addon.double
      .sheet('Наставники')!
      .getRange(3, 2)
      .setValues([['Иванова Ирина Ивановна']]);
    const before = grid(addon.double, 'Пары');
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
    }) as AcceptOutcome;
    expect(res).toEqual({
      ok: false,
      stale: true,
      errors: ['Таблицу изменили, пока была открыта панель. Обновите подбор.'],
    });
    expect(grid(addon.double, 'Пары')).toEqual(before);
  });

  it('refuses over capacity, a mentee paired twice or already in a pair, naming them', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const free = out.result.pairs.filter((p) => !p.locked);
    const mentor = groupsOf(out.result).find((g) => g.capacity === 1) ?? groupsOf(out.result)[0]!;
    const overload = free
      .slice(0, mentor.capacity + 1)
      .map((p) => ({ mentorId: mentor.mentorId, menteeId: p.menteeId, form: p.form }));
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: overload,
    }) as AcceptOutcome;
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).toMatch(new RegExp(`готов взять ${mentor.capacity}`));
    const twice = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: [{ mentorId: free[0]!.mentorId, menteeId: 'NV-0012', form: 'teacher-teacher' }],
    }) as AcceptOutcome;
    expect(JSON.stringify(twice)).toMatch(/уже в паре PR-0002/);
  });

  it('the acceptance answers with the new state and suggestions: what the sidebar would ask next, in one call', async () => {
    const addon = await sampleSchool();
    const settings = { preset: 'school' };
    const out = suggest(addon, settings);
    const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 2);
    const keep = out.result.pairs.filter((p) => !p.locked).slice(2, 3);
    const next = {
      settings,
      excluded: [],
      fixed: keep.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })),
    };
    addon.double.log.reset();
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
      next,
    }) as AcceptOutcome;
    if (!res.ok) throw new Error(res.errors.join('\n'));
    // Each sheet found once and read twice (before and after the write): no second lookup, no third read.
    expect(addon.double.log.count('Range.getValues')).toBe(6);
    const state = addon.callFromClient('getPairingState') as PairingState;
    const again = addon.callFromClient('suggestForSidebar', settings, next.excluded, next.fixed);
    expect(res.state).toEqual(state);
    expect(res.suggestions).toEqual(again);
    expect(res.state.menteesInPairs).toBe(4);
    // Without `next`, the state only.
    const later = suggest(addon, settings);
    const one = later.result.pairs.find((p) => !p.locked)!;
    const bare = addon.callFromClient('acceptSuggested', {
      fingerprint: later.fingerprint,
      pairs: [{ mentorId: one.mentorId, menteeId: one.menteeId, form: one.form }],
    }) as AcceptOutcome;
    expect(bare.ok && bare.suggestions).toBe(undefined);
    expect(bare.ok && bare.state.menteesInPairs).toBe(5);
  });

  it('«Обновить» answers with the state and the suggestions from one read of the banks, in one call', async () => {
    const addon = await sampleSchool();
    const settings = { preset: 'school', weights: { subjects: 6 } };
    const out = suggest(addon);
    const keep = out.result.pairs.filter((p) => !p.locked).slice(0, 1);
    const next = {
      settings,
      excluded: [],
      fixed: keep.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })),
    };
    // What the two calls it replaces gave: the state (before «Подобрать» saved these settings), the suggestions.
    const state = addon.callFromClient('getPairingState');
    addon.double.log.reset();
    const res = addon.callFromClient('refreshPairing', next) as RefreshOutcome;
    // Each bank read once (the two calls it replaces read them twice).
    expect(addon.double.log.count('Range.getValues')).toBe(3);
    expect(res.state).toEqual(state);
    expect(res.suggestions).toEqual(
      addon.callFromClient('suggestForSidebar', settings, next.excluded, next.fixed),
    );
    // The settings are saved as «Подобрать» saves them; without `next`, the state only.
    const bare = addon.callFromClient('refreshPairing') as RefreshOutcome;
    expect(bare.state.settings).toEqual(settings);
    expect(bare.suggestions).toBe(undefined);
  });

  it('a mentee typed without an ID gets the ID the suggestion used, written with the status', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const sheetIds = new Set(grid(addon.double, 'Наставляемые').map((r) => r[0]));
    const fresh = out.result.pairs.find((p) => !p.locked && !sheetIds.has(p.menteeId));
    expect(fresh).toBeDefined();
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: [{ mentorId: fresh!.mentorId, menteeId: fresh!.menteeId, form: fresh!.form }],
    }) as AcceptOutcome;
    expect(res.ok).toBe(true);
    const after = grid(addon.double, 'Наставляемые');
    const row = after.find((r) => r[0] === fresh!.menteeId)!;
    expect(row[(after[0] as string[]).indexOf('ФИО')]).toBe(fresh!.menteeName);
    expect(row[(after[0] as string[]).indexOf('Статус')]).toBe('В паре');
  });
});

/** Writes `values` (by header) into a sheet's row, or appends a row when `row` is null; returns the row. */
function setRow(
  double: GoogleDouble,
  title: string,
  row: number | null,
  values: Record<string, unknown>,
): number {
  const sheet = double.sheet(title)!;
  const head = grid(double, title)[0] as string[];
  const at = row ?? sheet.getLastRow() + 1;
  for (const [header, value] of Object.entries(values)) {
    const c = head.indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    sheet.getRange(at, c + 1).setValues([[value]]);
  }
  return at;
}

function accept(addon: Awaited<ReturnType<typeof sampleSchool>>, fingerprint: string, pairs: unknown[]) {
  return addon.callFromClient('acceptSuggested', { fingerprint, pairs }) as AcceptOutcome;
}

describe('pairing server: what the rules forbid is neither suggested nor accepted', () => {
  it('row 27 repeats row 2 (the same e-mail): not suggested, acceptance refuses it, until the curator writes «нет»', async () => {
    const addon = await sampleSchool();
    const state = addon.callFromClient('getPairingState') as PairingState;
    expect(
      state.issues.some((i) => i.sheet === 'mentees' && i.row === 27 && /повтор строки 2/.test(i.text)),
    ).toBe(true);
    const out = suggest(addon);
    expect(out.result.pairs.some((p) => p.menteeId === 'NV-0026')).toBe(false);
    const held = out.result.unmatched.find((u) => u.menteeId === 'NV-0026')!;
    expect(held.code).toBe('mentee-possible-repeat');
    expect(held.reason).toContain(
      'возможный повтор строки «Андреева Полина Сергеевна» (ID NV-0001, тот же e-mail)',
    );
    expect(held.reason).toContain('решите в столбце «Возможный повтор»');
    // Acceptance refuses it even when asked directly, with a mentor who has places.
    const mentor =
      groupsOf(out.result).find((g) => g.menteeIds.length < g.capacity) ?? groupsOf(out.result)[0]!;
    const before = grid(addon.double, 'Пары');
    const res = accept(addon, out.fingerprint, [
      { mentorId: mentor.mentorId, menteeId: 'NV-0026', form: 'teacher-teacher' },
    ]);
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).toContain('возможный повтор строки «Андреева Полина Сергеевна»');
    expect(grid(addon.double, 'Пары')).toEqual(before);
    // The curator decides: two people. The row is matched again.
    setRow(addon.double, 'Наставляемые', 27, { 'Возможный повтор': 'нет' });
    const after = suggest(addon);
    expect(after.result.unmatched.find((u) => u.menteeId === 'NV-0026')?.code).not.toBe(
      'mentee-possible-repeat',
    );
  });

  it('a mentor row repeating another mentor is offered nowhere (pairs, alternatives) and refused on acceptance', async () => {
    const addon = await sampleSchool();
    const copy = grid(addon.double, 'Наставники')[2] as unknown[]; // NS-0002, capacity 3
    const head = grid(addon.double, 'Наставники')[0] as string[];
    const row = Object.fromEntries(head.map((h, c) => [h, copy[c]]));
    setRow(addon.double, 'Наставники', null, {
      ...row,
      ID: 'NS-0099',
      'Дата согласия': '01.09.2025',
      'Готов взять наставляемых': 5,
    });
    const out = suggest(addon);
    const mentions = JSON.stringify(out.result.pairs);
    expect(mentions).not.toContain('NS-0099');
    const fresh = out.result.pairs.find((p) => !p.locked)!;
    const res = accept(addon, out.fingerprint, [
      { mentorId: 'NS-0099', menteeId: fresh.menteeId, form: fresh.form },
    ]);
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).toContain('возможный повтор строки «Кузнецов Андрей Викторович» (ID NS-0002');
  });

  it('a mentor with no forms is «no form» to acceptance as to the matching', async () => {
    const addon = await sampleSchool();
    setRow(addon.double, 'Наставники', null, {
      ID: 'NS-0098',
      ФИО: 'Белова Ирина Олеговна',
      'Готов взять наставляемых': 2,
      'Согласие на обработку ПД': 'да',
      'E-mail': 'belova.io@school7.example',
      Статус: 'Активен',
    });
    const out = suggest(addon);
    expect(JSON.stringify(out.result.pairs)).not.toContain('NS-0098');
    const fresh = out.result.pairs.find((p) => !p.locked)!;
    const res = accept(addon, out.fingerprint, [
      { mentorId: 'NS-0098', menteeId: fresh.menteeId, form: fresh.form },
    ]);
    expect(res).toEqual({
      ok: false,
      stale: false,
      errors: [
        `Пару «${fresh.menteeName}» ← «Белова Ирина Олеговна» закрепить нельзя: у наставника «Белова Ирина Олеговна» не указаны формы наставничества (столбец «Формы наставничества»).`,
      ],
    });
  });

  it('consent cannot be switched off: an old saved «off» is ignored by suggestions and acceptance', async () => {
    const addon = await sampleSchool();
    const state = addon.callFromClient('getPairingState') as PairingState;
    expect(state.menteesNoConsent).toBeGreaterThan(0);
    const out = suggest(addon, { preset: 'school', rules: { consent: false } });
    const mentees = grid(addon.double, 'Наставляемые');
    const head = mentees[0] as string[];
    const noConsent = mentees
      .filter((r) => r[head.indexOf('Согласие на обработку ПД')] !== 'да')
      .map((r) => String(r[head.indexOf('ID')]))
      .filter((id) => id !== '' && id !== 'ID');
    expect(noConsent.length).toBeGreaterThan(0);
    for (const id of noConsent)
      expect(out.result.suggested.some(([menteeId]) => menteeId === id)).toBe(false);
    const mentor =
      groupsOf(out.result).find((g) => g.menteeIds.length < g.capacity) ?? groupsOf(out.result)[0]!;
    const res = accept(addon, out.fingerprint, [
      { mentorId: mentor.mentorId, menteeId: noConsent[0]!, form: 'teacher-teacher' },
    ]);
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).toContain('нет согласия на обработку ПД');
  });

  it('a mentor whose places are all taken is refused by hand, naming the mentor and the capacity', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    // NS-0008 takes 3; the active group PR-0002 has 2 of them: one more fits, two do not.
    const locked = out.result.locked.filter((p) => p.mentorId === 'NS-0008');
    expect(locked).toHaveLength(2);
    expect(out.result.capacity['NS-0008']).toBe(3);
    const free = out.result.pairs.filter((p) => !p.locked).slice(0, 2);
    const res = accept(
      addon,
      out.fingerprint,
      free.map((p) => ({ mentorId: 'NS-0008', menteeId: p.menteeId, form: p.form })),
    );
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).toContain(
      'Наставник «Павлова Наталья Владимировна» готов взять 3, а с выбранными парами у него будет 4 (уже закреплено: 2)',
    );
  });

  it('mentors picked by hand come back kept after a re-run (fixed), with the other cards re-solved', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const card = out.result.pairs.find((p) => !p.locked && p.alternatives.length > 0)!;
    const other = card.alternatives[0]!.mentorId;
    const again = addon.callFromClient(
      'suggestForSidebar',
      { preset: 'school' },
      [],
      [{ mentorId: other, menteeId: card.menteeId }],
    ) as Ok;
    const kept = again.result.pairs.find((p) => p.menteeId === card.menteeId)!;
    expect(kept.mentorId).toBe(other);
    expect(kept.fixed).toBe(true);
  });

  it('sends the first page of cards in full and the rest as a compact list; a page is explained on request', async () => {
    const addon = await sampleSchool();
    const out = suggest(addon);
    const r = out.result;
    expect(r.pairs.length).toBe(Math.min(50, r.suggested.length));
    expect(r.pairs.map((p) => p.menteeId)).toEqual(r.suggested.slice(0, 50).map(([id]) => id));
    // The page call explains any of them again from the assignment, without solving: the same cards.
    const wanted = r.suggested.slice(0, 3).map(([id]) => id);
    const page = addon.callFromClient('suggestionPage', {
      fingerprint: out.fingerprint,
      settings: { preset: 'school' },
      excluded: [],
      fixed: [],
      suggested: r.suggested,
      mentees: wanted,
    }) as PageOutcome;
    if (!page.ok) throw new Error(page.errors.join());
    expect(page.pairs).toEqual(r.pairs.filter((p) => wanted.includes(p.menteeId)));
    // Unmatched alternatives come without reasons (the list shows names and percentages only).
    for (const u of r.unmatched) for (const a of u.alternatives) expect(a.reasons).toEqual([]);
    addon.double
      .sheet('Наставники')!
      .getRange(3, 2)
      .setValues([['Иванова Ирина Ивановна']]);
    const stale = addon.callFromClient('suggestionPage', {
      fingerprint: out.fingerprint,
      settings: { preset: 'school' },
      excluded: [],
      fixed: [],
      suggested: r.suggested,
      mentees: wanted,
    }) as PageOutcome;
    expect(stale).toMatchObject({ ok: false, stale: true });
  });
});

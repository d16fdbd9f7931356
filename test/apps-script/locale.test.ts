// The add-on in the user's language (issue 19): Session.getActiveUserLocale() chooses English for en*, Russian
// for ru and anything else; menus, server messages and windows follow; the spreadsheet's data stays Russian.
import { describe, expect, it } from 'vitest';
import type { AcceptOutcome, PairingState, SuggestOutcome } from '../../apps-script/src/pairing/pairingTypes';
import { langOf } from '../../shared/text/locale';
import { freshAddon, grid } from './harness';
import { sampleSchool } from './pairingFixture';

describe('langOf', () => {
  it('English for en, en_US, en-GB; Russian for ru, an unknown or an empty locale', () => {
    expect(['en', 'en_US', 'en-GB', 'EN'].map(langOf)).toEqual(['en', 'en', 'en', 'en']);
    expect(['ru', 'ru_RU', 'de', 'eng', '', null, undefined].map(langOf)).toEqual(Array(7).fill('ru'));
  });
});

describe('the built add-on in the user’s language', () => {
  async function setUp(locale: string) {
    const addon = await freshAddon({ locale });
    addon.open('LIMITED');
    addon.run('menuSetup');
    return addon;
  }

  it('en_US: the menu and a server message in English; the sheets keep their Russian titles', async () => {
    const addon = await setUp('en_US');
    const menu = addon.double.ui.menus[0]!;
    expect(menu.title).toBe('Mentoring');
    const captions = menu.items.filter((i) => i.functionName).map((i) => i.caption);
    expect(captions).toContain('Set up or repair the sheets');
    expect(captions).toContain('Pairing…');
    // Russian only inside «…»: the sheets' own words (a status, a sheet title) are data.
    expect(captions.join(' ').replace(/«[^»]*»/g, '')).not.toMatch(/[а-яё]/i);
    const message = addon.double.ui.dialogs.at(-1)!;
    expect(message.title).toBe('Mentoring');
    expect(message.text).toMatch(/^Sheets created: «Наставники»/);
    expect(addon.double.sheet('Наставники')).toBeDefined();
    // A window opens in English: its <html lang> says so before its script runs.
    addon.run('menuPairing');
    const sidebar = addon.double.ui.dialogs.at(-1)!;
    expect(sidebar.title).toBe('Pairing');
    expect(sidebar.text).toContain('<html lang="en">');
    // A server function the sidebar calls answers in English.
    expect(() => addon.callFromClient('selectSheetRow', 'mentees', 0)).toThrow(/has no row 0/);
  });

  it('ru and an unknown locale (de): all Russian, the windows as built', async () => {
    for (const locale of ['ru', 'de']) {
      const addon = await setUp(locale);
      const menu = addon.double.ui.menus[0]!;
      expect(menu.title).toBe('Наставничество');
      expect(menu.items.map((i) => i.caption)).toContain('Настроить или восстановить листы');
      expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(/^Созданы листы: «Наставники»/);
      addon.run('menuPairing');
      expect(addon.double.ui.dialogs.at(-1)!.text).toContain('<html lang="ru">');
    }
  });
});

/** What getPairAttention answers, as far as this test reads it (apps-script/src/year/pairHealth.ts). */
interface PairAttention {
  ok: boolean;
  pairs: { label: string; reasons: string[] }[];
  counts: { label: string }[];
  rules: string[];
}

/** The text outside «…» (nested too): what is left must be English; the sheets' own words are quoted data. */
function outsideQuotes(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/«[^«»]*»/g, '');
  }
  return out;
}
const CYRILLIC = /[а-яё]/i;

describe('the shared core’s messages in the user’s language; what is written into the sheets stays Russian', () => {
  it('en_US: bank remarks, pairing reasons and the pairs’ attention list in English; notes and states Russian', async () => {
    const addon = await sampleSchool(undefined, { locale: 'en_US' });
    const state = addon.callFromClient('getPairingState') as PairingState;
    expect(state.issues.length).toBeGreaterThan(4);
    for (const i of state.issues) {
      expect(i.text).toMatch(/^Row \d+, column «/);
      expect(outsideQuotes(i.text), i.text).not.toMatch(CYRILLIC);
    }
    // «два» in «Готов взять наставляемых»: the remark in English, the cell's note in Russian (the sheet's data).
    expect(state.issues.map((i) => i.text)).toContainEqual(
      expect.stringMatching(/a whole number is expected, not «два»/),
    );
    const notes = addon.double
      .sheet('Наставники')!
      .getDataRange()
      .getNotes()
      .flat()
      .filter((n) => n !== '');
    expect(notes.some((n) => n.includes('ожидается целое число, а не «два»'))).toBe(true);
    for (const n of notes) expect(n).not.toMatch(/expected/);
    expect(state.presets.map((p) => p.label)).toContain('Balanced');
    expect(state.criteria.map((c) => c.label)).toContain('Common subjects');

    const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as Extract<
      SuggestOutcome,
      { ok: true }
    >;
    const messages = [
      ...out.result.notes,
      ...out.result.pairs.flatMap((p) => p.reasons.map((r) => r.text)),
      ...out.result.unmatched.map((u) => u.reason),
      ...out.result.locked.flatMap((l) => l.warnings),
    ];
    expect(out.result.pairs.flatMap((p) => p.reasons).length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/Common subjects: «|The mentor’s first mentee/);
    for (const m of messages) expect(outsideQuotes(m), m).not.toMatch(CYRILLIC);

    // Accepted pairs: «Пары» is written in Russian; the attention list names states in English.
    const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 2);
    const res = addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
    }) as AcceptOutcome;
    expect(res.ok).toBe(true);
    const pairs = grid(addon.double, 'Пары');
    const status = (pairs[0] as string[]).indexOf('Статус');
    const health = (pairs[0] as string[]).indexOf('Состояние');
    expect(pairs.slice(1).filter((r) => r[status] === 'Действует').length).toBeGreaterThanOrEqual(2);
    const attention = addon.callFromClient('getPairAttention') as PairAttention;
    expect(attention.ok).toBe(true);
    expect(attention.counts.map((c) => c.label)).toEqual([
      'Signal',
      'Plan behind',
      'Needs a meeting',
      'Too early to judge',
      'On track',
    ]);
    for (const r of [...attention.rules, ...attention.pairs.flatMap((p) => [p.label, ...p.reasons])])
      expect(outsideQuotes(r), r).not.toMatch(CYRILLIC);
    const states = grid(addon.double, 'Пары')
      .slice(1)
      .map((r) => r[health])
      .filter((v) => v !== '');
    expect(states.length).toBeGreaterThan(0);
    for (const s of states)
      expect(['Сигнал', 'Отстаёт план', 'Рано судить', 'Нужна встреча', 'В графике']).toContain(s);
  }, 60_000);

  it('ru: the same remarks and reasons in Russian', async () => {
    const addon = await sampleSchool();
    const state = addon.callFromClient('getPairingState') as PairingState;
    for (const i of state.issues) expect(i.text).toMatch(/^Строка \d+, столбец «/);
    const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as Extract<
      SuggestOutcome,
      { ok: true }
    >;
    expect(out.result.pairs.flatMap((p) => p.reasons.map((r) => r.text)).join('\n')).toMatch(
      /Общие предметы: |У наставника это первый наставляемый/,
    );
  }, 60_000);
});

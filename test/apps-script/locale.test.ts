// The add-on in the user's language (issue 19): Session.getActiveUserLocale() chooses English for en*, Russian
// for ru and anything else; menus, server messages and windows follow; the spreadsheet's data stays Russian.
import { describe, expect, it } from 'vitest';
import { langOf } from '../../shared/text/locale';
import { freshAddon } from './harness';

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

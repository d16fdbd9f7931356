/**
 * The built add-on under Google's rules that the double enforces (docs/google-double.md): the manifest's
 * OAuth scopes, granular consent, the spreadsheet's time zone apart from the script's, simple triggers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/roadmap';
import { MENTEES_SHEET, ROADMAP_SHEET } from '../../shared/sheets';
import { SURVEYS } from '../../shared/surveys';
import { type LoadedAddon, type Manifest, readManifest, SCOPES } from '../double';
import { scopeRule } from '../double/scopes';
import { zones } from '../double/zone';
import { freshAddon, snapshot, snapshotDiff } from './harness';

const MANIFEST = readManifest(join(import.meta.dirname, '..', '..', 'apps-script', 'appsscript.json'));
const ROADMAPS = join(import.meta.dirname, '..', 'fixtures', 'roadmaps');
const roadmapText = (name: string) => readFileSync(join(ROADMAPS, `${name}.txt`), 'utf8');
const col = (field: string) => ROADMAP_SHEET.columns.findIndex((c) => c.field === field) + 1;
const ZONES = ['Asia/Krasnoyarsk', 'Europe/Kaliningrad'] as const;
const ruDate = (iso: string) => iso.split('-').reverse().join('.');

async function withRoadmap(options: Parameters<typeof freshAddon>[0]): Promise<LoadedAddon> {
  const addon = await freshAddon(options);
  addon.run('menuSetup');
  const r = addon.callFromClient('importRoadmapCells', {
    source: roadmapText('district-boguchany-2022-2023'),
    period: null,
    mode: 'append',
  });
  expect(r).toMatchObject({ status: 'done' });
  return addon;
}

const lastAlert = (addon: LoadedAddon) => addon.double.ui.dialogs.at(-1)?.text ?? '';

describe('OAuth scopes of the manifest', () => {
  it('the digest needs userinfo.email: it failed under the old manifest and mails under the new one', async () => {
    const old: Manifest = {
      ...MANIFEST,
      oauthScopes: MANIFEST.oauthScopes!.filter((s) => s !== SCOPES.email),
    };
    for (const [manifest, works] of [
      [old, false],
      [MANIFEST, true],
    ] as const) {
      const addon = await withRoadmap({ today: '2022-11-15', manifest });
      // The digest's trigger as installed from the menu (atHour 8 where the spreadsheet is).
      addon.double.scriptApp._create({ handler: 'dailyDigest', eventType: 'CLOCK', everyDays: 1, atHour: 8 });
      if (!works) {
        expect(() => addon.passDays(1)).toThrow(
          'Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
        );
        expect(addon.double.mail.sent).toHaveLength(0);
      } else {
        addon.passDays(1);
        expect(addon.double.mail.sent.length).toBeGreaterThan(0);
      }
    }
  });

  it('every service method the add-on calls across its menus declares its scopes', async () => {
    const addon = await withRoadmap({ today: '2022-11-15' });
    addon.double.ui.answers.push({ button: 'YES' }, { button: 'YES' });
    for (const item of ['menuRefreshDeadlines', 'menuDigest', 'menuQuestionnaires', 'menuPairing'])
      addon.run(item);
    addon.passDays(1);
    addon.run('menuReportRefresh');
    addon.open();
    const called = Object.keys(addon.double.log.snapshot());
    expect(called.length).toBeGreaterThan(50);
    expect(called.filter((name) => !scopeRule(name))).toEqual([]);
    // …and every one of their scopes is in the manifest (else the call above would have thrown).
    const needed = new Set(called.flatMap((n) => scopeRule(n)!.scopes));
    for (const s of [
      SCOPES.sheetsCurrent,
      SCOPES.ui,
      SCOPES.forms,
      SCOPES.scriptapp,
      SCOPES.sendMail,
      SCOPES.email,
    ])
      expect(needed.has(s), s).toBe(true);
  });
});

describe('granular consent: a permission unticked on the consent screen', () => {
  it('«Анкеты…» without Forms: names the permission and the menu item, creates nothing', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    addon.double.scopes.granted.delete(SCOPES.forms);
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuQuestionnaires');
    const text = lastAlert(addon);
    expect(text).toContain('Просмотр, изменение, создание и удаление всех ваших форм в Google Формах');
    expect(text).toContain('«Наставничество → Анкеты…» ещё раз');
    expect(text).not.toMatch(/Exception|permission/);
    expect(addon.double.forms.forms.size).toBe(0);
    expect(addon.double.scriptApp.triggers).toHaveLength(0);
    // Ticked on the next run: the forms are made.
    addon.double.scopes.granted.add(SCOPES.forms);
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuQuestionnaires');
    expect(addon.double.forms.forms.size).toBe(4);
  });

  it('the digest without «send mail»: says so, installs no trigger', async () => {
    const addon = await withRoadmap({ today: '2022-11-15' });
    addon.double.scopes.granted.delete(SCOPES.sendMail);
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuDigest');
    expect(lastAlert(addon)).toContain('«Отправка электронных писем от вашего имени»');
    expect(addon.double.scriptApp.triggers).toHaveLength(0);
  });

  it('the sidebar without «show web content», documents without Docs: Russian messages', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    addon.double.scopes.granted.delete(SCOPES.ui);
    addon.run('menuPairing');
    expect(lastAlert(addon)).toContain('«Наставничество → Подбор пар…» ещё раз');
    expect(addon.double.ui.dialogs.filter((d) => d.kind === 'sidebar')).toHaveLength(0);
    addon.double.scopes.granted.delete(SCOPES.docs);
    const saved = addon.callFromClient(
      'setProgrammeTemplate',
      'https://docs.google.com/document/d/abc/edit',
    ) as {
      ok: boolean;
      errors: string[];
    };
    expect(saved.ok).toBe(false);
    expect(saved.errors[0]).toContain('Google Документов');
  });

  it('ScriptApp reports what is granted and requireScopes ends the execution asking for the rest', async () => {
    const addon = await freshAddon();
    const app = addon.double.globals.ScriptApp as {
      getAuthorizationInfo(
        m: string,
        s?: string[],
      ): { getAuthorizedScopes(): string[]; getAuthorizationStatus(): string };
      requireScopes(m: string, s: string[]): void;
    };
    addon.double.scopes.granted.delete(SCOPES.forms);
    const info = app.getAuthorizationInfo('FULL', [SCOPES.forms, SCOPES.docs]);
    expect(info.getAuthorizedScopes()).toEqual([SCOPES.docs]);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(() => app.requireScopes('FULL', [SCOPES.forms])).toThrow(/Authorization is required/);
    expect(addon.double.scopes.prompts).toEqual([[SCOPES.forms]]);
    expect(() => (addon.double.globals.FormApp as { create(t: string): unknown }).create('x')).toThrow(
      'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms',
    );
  });
});

describe('time zones: the spreadsheet’s, not the script’s (Europe/Moscow)', () => {
  for (const tz of ZONES) {
    it(`${tz}: «today» is the spreadsheet’s day around its midnight`, async () => {
      const addon = await freshAddon({ spreadsheetTimeZone: tz });
      expect(addon.double.scriptTimeZone).toBe('Europe/Moscow');
      for (const [day, hour, minute, want] of [
        [2, 0, 30, '2023-10-02'],
        [1, 23, 30, '2023-10-01'],
      ] as const) {
        addon.double.clock.set(zones.instant(tz, 2023, 9, day, hour, minute));
        expect((addon.callFromClient('getAddonInfo') as { today: string }).today).toBe(want);
      }
    });

    it(`${tz}: parsed roadmap dates show the day of «Сроки», and the colours follow TODAY() there`, async () => {
      const addon = await withRoadmap({ today: '2022-11-15', spreadsheetTimeZone: tz });
      const sheet = addon.double.sheet('Дорожная карта')!;
      const shown = sheet.getDataRange().getDisplayValues();
      let dates = 0;
      for (let r = 2; r <= sheet._lastRow(); r++) {
        const text = shown[r - 1]![col('deadlineText') - 1]!;
        if (!text) continue;
        const d = parseDeadline(text, '2022-2023');
        const end = sheet._get(r, col('deadlineEnd'));
        if (!(end instanceof Date) || !d.end) continue;
        expect(shown[r - 1]![col('deadlineEnd') - 1], `row ${r}: ${text}`).toBe(ruDate(d.end));
        dates++;
      }
      expect(dates).toBeGreaterThan(5);
      // «Обновить сроки» reads the dates back as the same days: nothing to rewrite.
      addon.run('menuRefreshDeadlines');
      expect(addon.double.spreadsheet._toasts.at(-1)?.message).toMatch(/обновлено 0\.$/);

      // The curator types a date into «Сроки» (Sheets makes it a date cell at midnight there).
      const row = [...Array(sheet._lastRow()).keys()]
        .map((i) => i + 1)
        .find((r) => r > 1 && sheet._get(r, col('activity')) && sheet._get(r, col('done')) !== 'да')!;
      addon.edit(sheet._view(), row, col('deadlineText'), '10.03.2023');
      const cells = sheet.getRange(row, 1, 1, sheet._lastColumn()).getDisplayValues()[0]!;
      expect(cells[col('deadlineEnd') - 1]).toBe('10.03.2023');
      // TODAY() is the spreadsheet's day: due on the evening of the 10th, overdue after its midnight.
      const colour = () => sheet._shownBackground(row, col('activity'));
      addon.double.clock.set(zones.instant(tz, 2023, 2, 10, 23, 30));
      expect(colour()).toBe('#fff2cc');
      addon.double.clock.set(zones.instant(tz, 2023, 2, 11, 0, 30));
      expect(colour()).toBe('#f4cccc');
    });

    it(`${tz}: a birth date sent in a form is filed as the same day`, async () => {
      const addon = await freshAddon({ today: '2023-10-02', spreadsheetTimeZone: tz });
      addon.run('menuSetup');
      addon.double.ui.answers.push({ button: 'YES' });
      addon.run('menuQuestionnaires');
      const q = (field: string) => SURVEYS.mentee.questions.find((x) => x.field === field)!;
      const form = addon.double.forms._form(SURVEYS.mentee.title)!;
      const e = addon.submitForm(form.id, {
        [q('fullName').title]: 'Петров Илья Сергеевич',
        [q('email').title]: 'petrov@school.ru',
        [q('organisation').title]: 'МБОУ СОШ № 5',
        [q('position').title]: 'учитель физики',
        [q('role').title]: q('role').choices![0]!,
        [q('birthDate').title]: '14.03.1999',
        [q('requests').title]: 'классное руководство',
        [q('wantedForm').title]: q('wantedForm').choices![0]!,
        [q('consent').title]: q('consent').choices![0]!,
      });
      const bank = addon.double.sheet(MENTEES_SHEET.title)!.getDataRange().getDisplayValues();
      const header = MENTEES_SHEET.columns.find((c) => c.field === 'birthDate')!.header;
      const at = bank[0]!.indexOf(header);
      expect(
        bank
          .slice(1)
          .map((r) => r[at])
          .filter(Boolean),
      ).toEqual(['14.03.1999']);
      // The answer's timestamp is an instant, kept as one: the same event again files nothing new.
      const before = snapshot(addon.double);
      addon.fireFormSubmit(e);
      expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    });

    it(`${tz}: the daily digest runs at 8:00 where the school is`, async () => {
      const addon = await withRoadmap({ today: '2022-11-15', spreadsheetTimeZone: tz });
      addon.double.ui.answers.push({ button: 'YES' });
      addon.run('menuDigest');
      addon.passDays(2);
      expect(addon.double.firings.map((f) => zones.wall(tz, f.at).hour)).toEqual([8, 8]);
      expect(addon.double.mail.sent.length).toBeGreaterThan(0);
    });
  }
});

describe('simple triggers', () => {
  it('onOpen builds the menu in AuthMode.LIMITED and in AuthMode.NONE', async () => {
    for (const mode of ['LIMITED', 'NONE'] as const) {
      const addon = await freshAddon();
      addon.open(mode);
      expect(addon.double.ui.menus.map((m) => m.title)).toEqual(['Наставничество']);
      expect(addon.double.authMode).toBe('FULL');
    }
  });

  it('onEdit keeps «Сроки» parsed in AuthMode.LIMITED, waiting for the lock well within 30 s', async () => {
    const addon = await withRoadmap({ today: '2022-11-15' });
    const sheet = addon.double.sheet('Дорожная карта')!;
    addon.edit(sheet._view(), 2, col('deadlineText'), 'Декабрь 2022');
    expect(sheet._get(2, col('deadlineKind'))).toBe('Месяц');
  });
});

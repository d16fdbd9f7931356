/** The double's weekly clock triggers (ClockTriggerBuilder.onWeekDay / everyWeeks) and MailApp's daily recipient quota. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDouble, loadAddon, readManifest } from '.';

const manifest = readManifest(join(import.meta.dirname, '..', '..', 'apps-script', 'appsscript.json'));
// biome-ignore lint/suspicious/noExplicitAny: the double's globals are untyped stand-ins for Google's services
type AnyApi = any;

function script(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'weekly-'));
  writeFileSync(join(dir, 'Code.js'), code);
  // 2023-09-04 was a Monday.
  const d = createDouble({ distDir: dir, manifest, today: '2023-09-04' });
  return loadAddon(join(dir, 'Code.js'), d);
}

describe('weekly clock triggers', () => {
  it('runs an onWeekDay trigger once a week, on that day, at its hour', () => {
    const addon = script('function weekly() {}\nfunction daily() {}\n');
    const app = addon.double.globals.ScriptApp as AnyApi;
    app.newTrigger('weekly').timeBased().onWeekDay(app.WeekDay.WEDNESDAY).atHour(8).create();
    app.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    addon.passDays(21);
    const weekly = addon.double.firings.filter((f) => f.handler === 'weekly');
    expect(weekly).toHaveLength(3);
    const days = weekly.map((f) => new Date(f.at).getUTCDay());
    expect(days).toEqual([3, 3, 3]);
    expect(addon.double.firings.filter((f) => f.handler === 'daily')).toHaveLength(21);
  });

  it('runs everyWeeks(2) every other week and refuses a day that is not a ScriptApp.WeekDay', () => {
    const addon = script('function fortnightly() {}\n');
    const app = addon.double.globals.ScriptApp as AnyApi;
    app.newTrigger('fortnightly').timeBased().everyWeeks(2).onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    addon.passDays(28);
    expect(addon.double.firings.filter((f) => f.handler === 'fortnightly')).toHaveLength(2);
    expect(() => app.newTrigger('x').timeBased().onWeekDay('FUNDAY')).toThrow('Invalid argument');
    expect(() => app.newTrigger('x').timeBased().everyWeeks(0)).toThrow('Invalid argument');
  });
});

describe('MailApp quota', () => {
  it('counts recipients, refuses a letter past the quota, and renews the quota the next day', () => {
    const addon = script('function noop() {}\n');
    const mail = addon.double.mail;
    mail.quota = 2;
    const api = addon.double.globals.MailApp as AnyApi;
    expect(() => api.sendEmail('a@b.ru, c@d.ru, e@f.ru', 's', 'b')).toThrow('too many times');
    api.sendEmail('a@b.ru, c@d.ru', 's', 'b');
    expect(api.getRemainingDailyQuota()).toBe(0);
    addon.passDays(1);
    expect(api.getRemainingDailyQuota()).toBe(mail.dailyQuota);
  });
});

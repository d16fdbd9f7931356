/**
 * The weekly digest of the pairs' year (shared/year/digest.ts decides what to tell whom): off until the curator
 * switches it on from the menu or the sidebar, which installs a weekly time trigger (removed when switched off); each run
 * recomputes «Состояние», counts the letters against MailApp.getRemainingDailyQuota(), sends what fits (the
 * curator's letter first), and logs every letter, sent or not and why, on «Журнал напоминаний». Service calls do
 * not grow with the number of pairs: one read of each sheet, one block written to the log.
 */
import { z } from 'zod';
import { Mentor } from '../../../shared/model';
import { MENTORS_SHEET, PAIRS_SHEET, REMINDERS_SHEET } from '../../../shared/sheets';
import { buildDigest, type DigestLine } from '../../../shared/year';
import {
  openTable,
  recordsOf,
  requireConsent,
  type SetupReport,
  setupSheet,
  sheetTimeZone,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';
import { S } from '../strings';
import { writeHealth } from './pairHealth';

export const WEEKLY_DIGEST_HANDLER = 'weeklyDigest';
const SETTINGS_KEY = 'nastavnik.yearDigest';
/** Monday morning, before the school day, where the school is (inTimezone). */
const DIGEST_DAY = 'MONDAY';
const DIGEST_HOUR = 7;

const DigestSettings = z.object({ mentors: z.boolean().catch(false).default(false) });
export type DigestSettings = z.infer<typeof DigestSettings>;

function loadDigestSettings(): DigestSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  try {
    return DigestSettings.parse(text ? JSON.parse(text) : {});
  } catch {
    return DigestSettings.parse({});
  }
}

function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === WEEKLY_DIGEST_HANDLER);
}

export interface YearDigestState {
  on: boolean;
  mentors: boolean;
}

export function yearDigestState(): YearDigestState {
  return { on: digestTriggers().length > 0, mentors: loadDigestSettings().mentors };
}

/** Switches the weekly digest on (one weekly trigger, whoever asks twice) or off (every one of its triggers removed). */
export function setYearDigest(on: boolean, mentors = false): YearDigestState {
  const existing = digestTriggers();
  if (on) {
    for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
    if (existing.length === 0)
      ScriptApp.newTrigger(WEEKLY_DIGEST_HANDLER)
        .timeBased()
        .onWeekDay(ScriptApp.WeekDay[DIGEST_DAY])
        .atHour(DIGEST_HOUR)
        .inTimezone(sheetTimeZone())
        .create();
    PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify({ mentors }));
  } else for (const t of existing) ScriptApp.deleteTrigger(t);
  return yearDigestState();
}

/** The sidebar's switch of the digest: its state, and the message after a change (or why nothing was done). */
export interface DigestSwitch {
  ok: boolean;
  on: boolean;
  mentors: boolean;
  message: string;
}

const switchError = (e: unknown): DigestSwitch => ({
  ok: false,
  on: false,
  mentors: false,
  message: userMessage(e),
});

/** The digest's state for the sidebar (its triggers are read: the same permission the menu item asks for). */
export function getYearDigest(): DigestSwitch {
  try {
    requireConsent('yearDigest', S.menu.yearDigest, ['triggers']);
    return { ok: true, ...yearDigestState(), message: '' };
  } catch (e) {
    return switchError(e);
  }
}

/**
 * The sidebar switches the digest on (to mentors too, when asked) or off: the menu item's permissions, then
 * `setYearDigest`, and the menu's own message. Untrusted input: anything but `on: true` switches it off.
 */
export function switchYearDigest(request: { on: boolean; mentors?: boolean }): DigestSwitch {
  try {
    const on = request?.on === true;
    // On: it mails from a trigger, to the account's own address (as menuYearDigest asks).
    requireConsent('yearDigest', S.menu.yearDigest, on ? ['triggers', 'mail', 'email'] : ['triggers']);
    const state = setYearDigest(on, on && request.mentors === true);
    return { ok: true, ...state, message: on ? S.year.digestEnabled(state.mentors) : S.year.digestDisabled };
  } catch (e) {
    return switchError(e);
  }
}

export interface DigestRun {
  sent: number;
  notSent: number;
  message: string;
}

/** The pair's names for the letters, read with the sheet's own schema. */
const NamedPair = PAIRS_SHEET.schema.pick({ id: true, mentorId: true, mentorName: true, menteeNames: true });

const what = (lines: readonly DigestLine[]) => lines.map((l) => l.short).join('; ');

/** One run of the digest: today's letters, within the day's mail quota, each logged. */
export function sendWeeklyDigest(): DigestRun {
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const today = todayIso();
    const read = writeHealth(today, ss);
    const pairs = read.table.read(NamedPair, { today }).rows.map((r) => r.record);
    const settings = loadDigestSettings();
    const mentors = settings.mentors ? recordsOf(MENTORS_SHEET, Mentor, { ss, today }) : [];
    const digest = buildDigest({
      today,
      health: read.health,
      pairs,
      plans: read.plans,
      mentors,
      curatorEmail: Session.getEffectiveUser().getEmail(),
      mentorsOn: settings.mentors,
    });
    // Counted first: the quota is in recipients, one a letter here; what does not fit waits, logged.
    const quota = MailApp.getRemainingDailyQuota();
    const fits = digest.letters.slice(0, Math.max(0, quota));
    const late = digest.letters.slice(fits.length);
    const report: SetupReport = { created: [], addedHeaders: [], warnings: [], changed: false };
    setupSheet(ss, REMINDERS_SHEET, report);
    const log = openTable(REMINDERS_SHEET, { ss });
    for (const l of fits) {
      MailApp.sendEmail(l.to, l.subject, l.body);
      log.append({
        date: today,
        recipient: l.recipient,
        email: l.to,
        content: what(l.lines),
        sent: true,
      });
    }
    for (const l of late)
      log.append({
        date: today,
        recipient: l.recipient,
        email: l.to,
        content: what(l.lines),
        sent: false,
        reason: S.year.digestOverQuota(quota),
      });
    for (const s of digest.skipped)
      log.append({
        date: today,
        recipient: s.recipient,
        email: s.to,
        content: what(s.lines),
        sent: false,
        reason: s.reason,
      });
    log.flush();
    const notSent = late.length + digest.skipped.filter((s) => s.lines.length > 0).length;
    return {
      sent: fits.length,
      notSent,
      message: S.year.digestRun(fits.length, late.length, quota),
    };
  });
}

/**
 * The optional daily digest: a time-driven trigger (installed from the menu) that e-mails each
 * responsible person what is overdue or due soon. Statuses come from shared/roadmap's deadlineStatus.
 */

import { RoadmapItem } from '../../../shared/model';
import { deadlineStatus, parseDeadline, resolveRelative } from '../../../shared/roadmap';
import { MENTORS_SHEET, ROADMAP_SHEET } from '../../../shared/sheets';
import { normalizeText } from '../../../shared/text';
import { findTable, openTable, sheetTimeZone, spreadsheet, todayIso } from '../platform';
import { S } from '../strings';
import { roadmapPeriod } from './roadmapTracker';

export const DIGEST_HANDLER = 'dailyDigest';
const DIGEST_HOUR = 8;

function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

export function isDigestOn(): boolean {
  return digestTriggers().length > 0;
}

/** Switches the digest on or off; returns the new state. */
export function setDigest(on: boolean): boolean {
  const existing = digestTriggers();
  // 8:00 where the school is: atHour alone would be 8:00 in the script's zone (Moscow).
  if (on && existing.length === 0)
    ScriptApp.newTrigger(DIGEST_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(DIGEST_HOUR)
      .inTimezone(sheetTimeZone())
      .create();
  if (!on) for (const t of existing) ScriptApp.deleteTrigger(t);
  return on;
}

const EMAIL = /[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}/;
/** A mentor's name and e-mail, by the bank's own schema: a row with other faults still gives its address. */
const MentorContact = MENTORS_SHEET.schema.pick({ id: true, fullName: true, email: true });

/** name (normalised) → e-mail, from the mentors bank: responsible people are usually teachers there. */
function knownEmails(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of findTable(MENTORS_SHEET, { ss })?.records(MentorContact) ?? [])
    if (r.email) out.set(normalizeText(r.fullName), r.email);
  return out;
}

interface DigestLine {
  status: 'overdue' | 'due-soon';
  text: string;
}

/** The trigger's handler: one e-mail per responsible address; what has no address goes to the curator. */
export function sendDailyDigest(): number {
  const ss = spreadsheet();
  const today = todayIso();
  const period = roadmapPeriod();
  const { rows } = openTable(ROADMAP_SHEET, { ss }).read(RoadmapItem, { today });
  const emails = knownEmails(ss);
  const curator = Session.getEffectiveUser().getEmail();
  const byAddress = new Map<string, DigestLine[]>();
  // Relative deadlines take their dates from the activities they refer to, as on the sheet.
  const items = resolveRelative(
    rows.map(({ record }) => ({ ...record, deadline: parseDeadline(record.deadlineText, period) })),
  );
  for (const record of items) {
    const st = deadlineStatus(record, today);
    if (st.status !== 'overdue' && st.status !== 'due-soon') continue;
    const addresses = new Set<string>();
    for (const who of record.responsible) {
      const address = EMAIL.exec(who)?.[0] ?? emails.get(normalizeText(who));
      if (address) addresses.add(address.toLowerCase());
    }
    if (addresses.size === 0 && curator) addresses.add(curator);
    const end = st.nextEnd ?? record.deadline.end;
    const line: DigestLine = {
      status: st.status,
      text: `${record.activity}${end ? ` (${S.digest.until(end.split('-').reverse().join('.'))})` : ''}`,
    };
    for (const a of addresses) byAddress.set(a, [...(byAddress.get(a) ?? []), line]);
  }
  let sent = 0;
  for (const [to, lines] of byAddress) {
    const section = (status: DigestLine['status'], title: string) => {
      const items = lines.filter((l) => l.status === status).map((l) => `• ${l.text}`);
      return items.length > 0 ? [`${title}:`, ...items, ''] : [];
    };
    const body = [
      S.digest.intro,
      '',
      ...section('overdue', S.digest.overdue),
      ...section('due-soon', S.digest.dueSoon),
      S.digest.footer,
    ].join('\n');
    MailApp.sendEmail(to, S.digest.subject(lines.length), body);
    sent++;
  }
  return sent;
}

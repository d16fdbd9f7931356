/**
 * The weekly digest of the pairs' year: to the curator, the pairs that need a meeting and the plan items whose
 * deadline has passed or comes soon; to each mentor who gave consent and has an e-mail (when the curator opts
 * mentors in), the same for their own pairs. Pure and dated by `today`: the add-on reads, counts the quota, sends
 * and logs. The rules (docs/year.md «Еженедельная сводка»):
 * - a pair «needs a meeting» when the «Нужна встреча» rule holds for it (pairsHealth's flags), whatever its first
 *   state (a pair with a signal may also need a meeting);
 * - a plan item is due when the plan's highlighting shows it overdue or due soon (planItemStatus: the roadmap's
 *   statuses, so the letter and the colours on «Планы пар» never disagree); done items and ended pairs are left out.
 */
import type { Deadline, Mentor } from '../model';
import type { PairHealth } from './health';
import { planItemStatus } from './plans';
import { DIGEST_STRINGS as D } from './strings';

export interface DigestPair {
  id: string;
  mentorId: string;
  mentorName: string;
  menteeNames: readonly string[];
}

export interface DigestPlanRow {
  pairId: string;
  activity: string;
  done?: boolean;
  deadline: Deadline | null;
}

export interface DigestInput {
  today: string;
  /** pairsHealth's answer: only pairs still working are in it. */
  health: ReadonlyMap<string, Pick<PairHealth, 'pairId' | 'flags' | 'reasons'>>;
  pairs: readonly DigestPair[];
  /** «Планы пар» rows with their deadline read (readPlanDeadlines). */
  plans: readonly DigestPlanRow[];
  mentors: readonly Pick<Mentor, 'id' | 'fullName' | 'email' | 'consent'>[];
  /** The curator's address (the account the trigger runs as); empty when unknown. */
  curatorEmail: string;
  /** The curator switched on letters to mentors too. */
  mentorsOn: boolean;
}

export interface DigestLine {
  pairId: string;
  kind: 'meeting' | 'overdue' | 'dueSoon';
  text: string;
  /** Short form for the log: «PR-0002: нужна встреча», «PR-0001: «Открытый урок» (просрочен)». */
  short: string;
}

export interface DigestLetter {
  /** Who, as the log names them: «Куратор», «Наставник NS-0001 Иванова Мария Петровна». */
  recipient: string;
  to: string;
  subject: string;
  body: string;
  lines: DigestLine[];
}

export interface DigestSkip {
  recipient: string;
  to: string;
  lines: DigestLine[];
  reason: string;
}

export interface Digest {
  /** The curator's letter first, then mentors' by ID. */
  letters: DigestLetter[];
  /** Those who would have had a letter but may not, with why; and the curator's «nothing to tell». */
  skipped: DigestSkip[];
}

const ru = (iso: string) => iso.split('-').reverse().join('.');

/** What the week brings, pair by pair: meetings first, then plan items by their deadline. */
export function digestLines(input: Pick<DigestInput, 'today' | 'health' | 'plans'>): DigestLine[] {
  const out: DigestLine[] = [];
  for (const h of [...input.health.values()].sort((a, b) => (a.pairId < b.pairId ? -1 : 1))) {
    if (!h.flags.includes('needsMeeting')) continue;
    const why = h.reasons.find((r) => r.includes(D.meetingReasonMark)) ?? '';
    out.push({
      pairId: h.pairId,
      kind: 'meeting',
      text: D.meetingLine(h.pairId, why),
      short: D.meetingShort(h.pairId),
    });
  }
  const items: (DigestLine & { end: string })[] = [];
  for (const row of input.plans) {
    if (row.done || !input.health.has(row.pairId)) continue;
    const status = planItemStatus(row, input.today);
    if (status !== 'overdue' && status !== 'due-soon') continue;
    const end = row.deadline?.end ?? '';
    const kind = status === 'overdue' ? 'overdue' : 'dueSoon';
    items.push({
      pairId: row.pairId,
      kind,
      text: D.planLine(row.pairId, row.activity, kind, end ? ru(end) : ''),
      short: D.planShort(row.pairId, row.activity, kind),
      end,
    });
  }
  items.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.pairId < b.pairId ? -1 : 1));
  return [...out, ...items.map(({ end: _end, ...l }) => l)];
}

function letterBody(
  greeting: string,
  lines: readonly DigestLine[],
  pairs: ReadonlyMap<string, DigestPair>,
  today: string,
): string {
  const who = (id: string) => {
    const p = pairs.get(id);
    return p ? D.pairWho(p.mentorName, p.menteeNames.join(', ')) : '';
  };
  const section = (title: string, list: readonly DigestLine[]) =>
    list.length === 0 ? [] : [title, ...list.map((l) => `• ${l.text}${who(l.pairId)}`), ''];
  const meetings = lines.filter((l) => l.kind === 'meeting');
  const items = lines.filter((l) => l.kind !== 'meeting');
  return [
    greeting,
    '',
    D.intro(ru(today)),
    '',
    ...section(D.meetingsTitle(meetings.length), meetings),
    ...section(D.itemsTitle(items.length), items),
    D.footer,
  ].join('\n');
}

/** The week's letters and who gets none (and why). */
export function buildDigest(input: DigestInput): Digest {
  const lines = digestLines(input);
  const pairs = new Map(input.pairs.map((p) => [p.id, p]));
  const digest: Digest = { letters: [], skipped: [] };
  const meetings = lines.filter((l) => l.kind === 'meeting').length;
  const subject = (n: number, m: number) => D.subject(ru(input.today), n, m);
  if (lines.length === 0) {
    digest.skipped.push({ recipient: D.curator, to: input.curatorEmail, lines, reason: D.nothing });
  } else if (!input.curatorEmail) {
    digest.skipped.push({ recipient: D.curator, to: '', lines, reason: D.noCuratorEmail });
  } else {
    digest.letters.push({
      recipient: D.curator,
      to: input.curatorEmail,
      subject: subject(meetings, lines.length - meetings),
      body: letterBody(D.greetingCurator, lines, pairs, input.today),
      lines,
    });
  }
  if (!input.mentorsOn) return digest;
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const byMentor = new Map<string, DigestLine[]>();
  for (const l of lines) {
    const mentorId = pairs.get(l.pairId)?.mentorId;
    if (mentorId) byMentor.set(mentorId, [...(byMentor.get(mentorId) ?? []), l]);
  }
  for (const [mentorId, own] of [...byMentor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const m = mentors.get(mentorId);
    // Without consent the mentor's name is not written into the log either: the ID says who.
    if (!m?.consent) {
      digest.skipped.push({
        recipient: D.mentor(mentorId, ''),
        to: '',
        lines: own,
        reason: m ? D.noConsent : D.notInBank,
      });
      continue;
    }
    if (!m.email) {
      digest.skipped.push({
        recipient: D.mentor(mentorId, m.fullName),
        to: '',
        lines: own,
        reason: D.noEmail,
      });
      continue;
    }
    const n = own.filter((l) => l.kind === 'meeting').length;
    digest.letters.push({
      recipient: D.mentor(mentorId, m.fullName),
      to: m.email,
      subject: subject(n, own.length - n),
      body: letterBody(D.greetingMentor(m.fullName), own, pairs, input.today),
      lines: own,
    });
  }
  return digest;
}

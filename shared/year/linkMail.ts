/**
 * Who gets the pairs' links by e-mail: one letter per mentor (a mentor of several pairs gets every link in one),
 * only to mentors who gave consent to the processing of personal data and have an address. Pure: the add-on
 * checks the quota and sends.
 */
import type { Mentor } from '../model';
import { LINK_MAIL_STRINGS as M } from './strings';

export interface LinkedPair {
  pairId: string;
  mentorId: string;
  menteeNames: readonly string[];
  url: string;
  /** The pair's personal links to the interim and final questionnaires, when they exist. */
  interimUrl?: string | null;
  finalUrl?: string | null;
}

export interface LinkLetter {
  to: string;
  mentorId: string;
  subject: string;
  body: string;
  pairIds: string[];
}

export interface LinkMailPlan {
  letters: LinkLetter[];
  /** Mentors left out, with the reason: no consent, or no e-mail (by ID, as the bank names them). */
  noConsent: string[];
  noEmail: string[];
  /** Pairs whose mentor is not in the bank. */
  unknownMentor: string[];
}

export function planLinkMail(
  pairs: readonly LinkedPair[],
  mentors: readonly Pick<Mentor, 'id' | 'fullName' | 'email' | 'consent'>[],
): LinkMailPlan {
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const byMentor = new Map<string, LinkedPair[]>();
  const plan: LinkMailPlan = { letters: [], noConsent: [], noEmail: [], unknownMentor: [] };
  for (const p of pairs) {
    if (!byId.has(p.mentorId)) {
      plan.unknownMentor.push(p.pairId);
      continue;
    }
    byMentor.set(p.mentorId, [...(byMentor.get(p.mentorId) ?? []), p]);
  }
  for (const [mentorId, list] of byMentor) {
    const m = byId.get(mentorId)!;
    if (!m.consent) {
      plan.noConsent.push(mentorId);
      continue;
    }
    if (!m.email) {
      plan.noEmail.push(mentorId);
      continue;
    }
    plan.letters.push({
      to: m.email,
      mentorId,
      subject: M.subject,
      body: [
        M.greeting(m.fullName),
        '',
        M.intro,
        '',
        ...list.flatMap((p) => [
          M.pairLine(p.pairId, p.menteeNames.join(', '), p.url),
          ...(p.interimUrl ? [M.interimLine(p.interimUrl)] : []),
          ...(p.finalUrl ? [M.finalLine(p.finalUrl)] : []),
        ]),
        '',
        M.footer,
      ].join('\n'),
      pairIds: list.map((p) => p.pairId),
    });
  }
  return plan;
}

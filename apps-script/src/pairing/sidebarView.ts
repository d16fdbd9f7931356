/** The pairing sidebar's view of a matching result: what one reply carries (pure; tests import it). */
import type { MatchingResult } from '../../../shared/matching';
import { SIDEBAR_PAGE, type SidebarResult } from './pairingTypes';

/**
 * What the sidebar shows of a result: `google.script.run` serialises the whole reply on every call (3.1 MB
 * at 2,000 × 2,000 with every card in full, half of it alternatives), so only the first page's cards go in
 * full; the rest are a compact list, and their cards come page by page (`suggestionPage`).
 */
export function sidebarView(result: MatchingResult): SidebarResult {
  const fresh = result.pairs.filter((p) => !p.locked);
  const capacity: Record<string, number> = {};
  for (const p of result.pairs) capacity[p.mentorId] = p.mentorCapacity;
  return {
    stats: result.stats,
    notes: result.notes,
    suggested: fresh.map((p) => [p.menteeId, p.mentorId, p.form, p.fixed]),
    pairs: fresh.slice(0, SIDEBAR_PAGE),
    locked: result.pairs
      .filter((p) => p.locked)
      .map((p) => ({
        menteeId: p.menteeId,
        menteeName: p.menteeName,
        mentorId: p.mentorId,
        mentorName: p.mentorName,
        warnings: p.warnings,
      })),
    capacity,
    unmatched: result.unmatched.map((u) => ({
      ...u,
      alternatives: u.alternatives.map((a) => ({ ...a, reasons: [] })),
    })),
  };
}

/** Each mentor's group as the result stands (locked pairs first, then suggestions), with the capacity. */
export function groupsOf(
  result: SidebarResult,
): { mentorId: string; capacity: number; menteeIds: string[] }[] {
  const groups = new Map<string, string[]>();
  const add = (mentorId: string, menteeId: string) => {
    const g = groups.get(mentorId) ?? [];
    g.push(menteeId);
    groups.set(mentorId, g);
  };
  for (const p of result.locked) add(p.mentorId, p.menteeId);
  for (const [menteeId, mentorId] of result.suggested) add(mentorId, menteeId);
  return [...groups].map(([mentorId, menteeIds]) => ({
    mentorId,
    capacity: result.capacity[mentorId] ?? 0,
    menteeIds,
  }));
}

/**
 * The random keys of the pairs' links to «Отчёт о встрече». A link carries only its pair's key: not the pair's
 * code (PR-0003 is guessed from PR-0002) and no names, so the form reveals nothing of the register and one
 * pair's link tells nothing about another's.
 */
import { normaliseLinkKey } from '../sheets';

/** A key from a random v4 UUID (Utilities.getUuid(): 122 random bits), as 32 hex digits. */
export function tokenFromUuid(uuid: string): string {
  const t = normaliseToken(uuid);
  if (!/^[0-9a-f]{32}$/.test(t)) throw new Error(`not a UUID: ${uuid}`);
  return t;
}

/** A key as typed or pasted: case, spaces and dashes do not matter (the one rule, shared/sheets). */
export const normaliseToken = normaliseLinkKey;

export interface TokenRow {
  /** 1-based sheet row. */
  row: number;
  pairId: string;
  token: string;
  /** The pair still works: it needs a key to report its meetings. */
  active: boolean;
}

/**
 * Which rows get a new key: an active pair without one, and any row repeating a key an earlier row holds (a row
 * copied with its key would otherwise receive the other pair's meetings). Ended pairs keep theirs, so an answer
 * through an ended pair's link is recognised and refused with a note instead of being taken for unknown.
 */
export function rowsNeedingToken(rows: readonly TokenRow[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const r of rows) {
    const t = normaliseToken(r.token);
    if (t !== '' && !seen.has(t)) {
      seen.add(t);
      continue;
    }
    if (t !== '' || r.active) out.push(r.row);
  }
  return out;
}

/** key → pair ID, the first row holding a key (rowsNeedingToken gives any repeat a new one). */
export function pairsByToken(rows: readonly TokenRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const t = normaliseToken(r.token);
    if (t !== '' && !out.has(t)) out.set(t, r.pairId);
  }
  return out;
}

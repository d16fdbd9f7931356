/** Puts the sample school into the double's sheets after setup, as a curator would have typed it. */
import type { AcceptOutcome, SuggestOutcome } from '../../apps-script/src/pairing/pairingTypes';
import { pasteRows } from '../../playground/sample';
import { MENTEES_SHEET, MENTORS_SHEET, PAIRS_SHEET, type SheetDef } from '../../shared/sheets';
import type { DoubleOptions, GoogleDouble, LoadedAddon } from '../double';
import { sampleRows } from '../helpers/sample';
import { freshAddon } from './harness';

const DEFS: Record<'mentors' | 'mentees' | 'pairs', SheetDef> = {
  mentors: MENTORS_SHEET,
  mentees: MENTEES_SHEET,
  pairs: PAIRS_SHEET,
};

/** Writes rows (header first, any header spelling) into the set-up sheet under its own headers. */
export function typeRows(double: GoogleDouble, key: keyof typeof DEFS, rows: string[][]): void {
  pasteRows(double, DEFS[key], rows);
}

/** A fresh add-on on the double with the sample school's banks and pairs typed in (`options`: the double's, e.g. locale). */
export async function sampleSchool(
  today = '2025-10-20',
  options: Partial<DoubleOptions> = {},
): Promise<LoadedAddon> {
  const addon = await freshAddon({ today, ...options });
  addon.run('menuSetup');
  addon.double.ui.dialogs.length = 0;
  for (const key of ['mentors', 'mentees', 'pairs'] as const) typeRows(addon.double, key, sampleRows(key));
  addon.double.log.reset();
  return addon;
}

/** The sample school with the sidebar's first three suggested pairs accepted (they start on `today`). */
export async function schoolWithNewPairs(today?: string) {
  const addon = await sampleSchool(today);
  const out = addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as Extract<
    SuggestOutcome,
    { ok: true }
  >;
  const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 3);
  const res = addon.callFromClient('acceptSuggested', {
    fingerprint: out.fingerprint,
    pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
  }) as AcceptOutcome;
  if (!res.ok) throw new Error(res.errors.join('\n'));
  return { addon, chosen, pairIds: res.pairIds };
}

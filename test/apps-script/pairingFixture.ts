/** Puts the sample school into the double's sheets after setup, as a curator would have typed it. */
import {
  findHeader,
  MENTEES_SHEET,
  MENTORS_SHEET,
  mapHeaderRow,
  PAIRS_SHEET,
  type SheetDef,
} from '../../shared/sheets';
import type { GoogleDouble, LoadedAddon } from '../double';
import { sampleRows } from '../helpers/sample';
import { freshAddon } from './harness';

const DEFS: Record<'mentors' | 'mentees' | 'pairs', SheetDef> = {
  mentors: MENTORS_SHEET,
  mentees: MENTEES_SHEET,
  pairs: PAIRS_SHEET,
};

/** Writes rows (header first, any header spelling) into the set-up sheet under its own headers. */
export function typeRows(double: GoogleDouble, key: keyof typeof DEFS, rows: string[][]): void {
  const def = DEFS[key];
  const sheet = double.sheet(def.title);
  if (!sheet) throw new Error(`no sheet ${def.title}`);
  let width = sheet.getLastColumn();
  const own = mapHeaderRow(sheet.getRange(1, 1, 1, width).getValues()[0] as string[], def);
  const src = findHeader(rows, def);
  if (!src) throw new Error(`no header in sample ${key}`);
  const target = new Map<number, number>();
  for (const [field, idx] of src.columns) {
    const at = own.columns.get(field);
    if (at !== undefined) target.set(idx, at);
  }
  for (const u of src.unknown) {
    sheet.getRange(1, width + 1).setValues([[u.header]]);
    target.set(u.index, width);
    width++;
  }
  const out = rows.slice(src.headerRow).map((r) => {
    const line: unknown[] = Array(width).fill('');
    for (const [from, to] of target) line[to] = r[from] ?? '';
    return line;
  });
  if (out.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), out.length + 1 - sheet.getMaxRows());
  if (out.length > 0) sheet.getRange(2, 1, out.length, width).setValues(out);
}

/** A fresh add-on on the double with the sample school's banks and pairs typed in. */
export async function sampleSchool(today = '2025-10-20'): Promise<LoadedAddon> {
  const addon = await freshAddon({ today });
  addon.run('menuSetup');
  addon.double.ui.dialogs.length = 0;
  for (const key of ['mentors', 'mentees', 'pairs'] as const) typeRows(addon.double, key, sampleRows(key));
  addon.double.log.reset();
  return addon;
}

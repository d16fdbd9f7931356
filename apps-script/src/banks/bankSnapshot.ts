/**
 * One read of the three sheets pairing works on (mentors, mentees, pairs), parsed by the row codec, with a
 * fingerprint of their values: the sidebar gets it with the suggestions and sends it back on acceptance, so an
 * edit made while the sidebar was open is noticed instead of overwritten.
 */
import { type Mentee, type Mentor, Pair } from '../../../shared/model';
import {
  type CellValue,
  type HeaderMap,
  isBlank,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  type ReadResult,
  readTable,
  type SheetDef,
} from '../../../shared/sheets';
import { readRequired, spreadsheet, todayIso } from '../platform';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetSnapshot<T> {
  def: SheetDef;
  sheet: Sheet;
  values: CellValue[][];
  header: HeaderMap;
  read: ReadResult<T>;
}

export interface BankSnapshot {
  mentors: SheetSnapshot<Mentor>;
  mentees: SheetSnapshot<Mentee>;
  pairs: SheetSnapshot<Pair>;
  fingerprint: string;
}

/** One sheet read once and decoded by `read` (the sheet's dictionary and a schema it is tied to). */
function snap<T>(def: SheetDef, read: (values: CellValue[][]) => ReadResult<T>): SheetSnapshot<T> {
  const data = readRequired(spreadsheet(), def);
  return { def, sheet: data.sheet, values: data.values, header: data.header, read: read(data.values) };
}

/** Reads mentors, mentees and pairs: one getValues each. */
export function readBanks(): BankSnapshot {
  const options = { today: todayIso() };
  const mentors = snap(MENTORS_SHEET, (values) => readTable(values, MENTORS_SHEET, options));
  const mentees = snap(MENTEES_SHEET, (values) => readTable(values, MENTEES_SHEET, options));
  const pairs = snap(PAIRS_SHEET, (values) => readTable(values, PAIRS_SHEET, Pair, options));
  return {
    mentors,
    mentees,
    pairs,
    fingerprint: fingerprintOf([mentors.values, mentees.values, pairs.values]),
  };
}

/** Values as text for hashing: dates by their time, trailing blank rows ignored (getDataRange may vary). */
function cellKey(v: CellValue): string {
  if (v instanceof Date) return `d${v.getTime()}`;
  if (isBlank(v)) return '';
  return `${typeof v}:${String(v)}`;
}

/** The sheets' values as one string: trailing blank rows and cells ignored (getDataRange may vary). */
function valuesText(tables: readonly (readonly (readonly CellValue[])[])[]): string {
  const parts: string[] = [];
  for (const table of tables) {
    let last = table.length;
    while (last > 0 && (table[last - 1] ?? []).every((v) => isBlank(v))) last--;
    for (let r = 0; r < last; r++) {
      const row = table[r] ?? [];
      let end = row.length;
      while (end > 0 && isBlank(row[end - 1])) end--;
      const cells: string[] = [];
      for (let c = 0; c < end; c++) cells.push(cellKey(row[c]));
      parts.push(cells.join('\u0001'));
    }
    parts.push('\u0003');
  }
  return parts.join('\u0002');
}

/** A 53-bit hash (cyrb53) of the sheets' values, as hex. Any changed cell changes it. */
export function fingerprintOf(tables: readonly (readonly (readonly CellValue[])[])[]): string {
  const text = valuesText(tables);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** IDs present in a sheet's ID column (valid rows or not), so a new ID never collides. */
export function takenIds(s: Pick<SheetSnapshot<unknown>, 'header' | 'values'>): Set<string> {
  const taken = new Set<string>();
  const idx = s.header.columns.get('id');
  if (idx === undefined) return taken;
  for (let i = s.header.headerRow; i < s.values.length; i++) {
    const v = s.values[i]?.[idx];
    if (!isBlank(v)) taken.add(String(v).trim());
  }
  return taken;
}

/**
 * One read of the three sheets pairing works on (mentors, mentees, pairs), parsed by the row codec, with a
 * fingerprint of their values: the sidebar gets it with the suggestions and sends it back on acceptance, so an
 * edit made while the sidebar was open is noticed instead of overwritten.
 */
import {
  type Mentee,
  Mentee as MenteeSchema,
  type Mentor,
  Mentor as MentorSchema,
  Pair,
} from '../../../shared/model';
import {
  type CellValue,
  isBlank,
  lastDataRow,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  type ReadResult,
} from '../../../shared/sheets';
import { openTable, type SheetTable } from '../platform';

/** A bank's table (read once, writes planned on it) with its rows decoded. */
export interface BankTable<T> {
  table: SheetTable;
  read: ReadResult<T>;
}

export interface BankSnapshot {
  mentors: BankTable<Mentor>;
  mentees: BankTable<Mentee>;
  pairs: BankTable<Pair>;
  fingerprint: string;
}

function snapshotOf(mentors: SheetTable, mentees: SheetTable, pairs: SheetTable): BankSnapshot {
  return {
    mentors: { table: mentors, read: mentors.read(MentorSchema) },
    mentees: { table: mentees, read: mentees.read(MenteeSchema) },
    pairs: { table: pairs, read: pairs.read(Pair) },
    fingerprint: fingerprintOf([mentors.values, mentees.values, pairs.values]),
  };
}

/** Reads mentors, mentees and pairs: one getValues each. */
export function readBanks(): BankSnapshot {
  return snapshotOf(openTable(MENTORS_SHEET), openTable(MENTEES_SHEET), openTable(PAIRS_SHEET));
}

/** The banks as they are after a write: the same sheets read again (one getValues each, no lookup). */
export function rereadBanks(snap: BankSnapshot): BankSnapshot {
  return snapshotOf(snap.mentors.table.reread(), snap.mentees.table.reread(), snap.pairs.table.reread());
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
    const last = lastDataRow(table, 0);
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

/**
 * What the filing of form answers shares, for the questionnaires (formSubmit.ts) and the meeting reports
 * (meetingFiling.ts): a sheet read once with its pending writes flushed in blocks, and a form's responses
 * read by question title.
 */
import {
  type CellValue,
  type HeaderMap,
  planWrite,
  type RecordWrite,
  type SheetDef,
} from '../../../shared/sheets';
import { isBlank } from '../../../shared/sheets/cells';
import { spreadsheet } from './env';
import { readRequired, writeBlocks } from './sheetIo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a submission waits for another one to finish (Apps Script stops a trigger at 6 minutes). */
export const SUBMIT_LOCK_MS = 240000;

export interface Table {
  sheet: Sheet;
  values: CellValue[][];
  header: HeaderMap;
  /** The next free row for an appended record. */
  nextRow: number;
  writes: Map<number, Record<string, unknown>>;
  /** Notes to set on cells, by «row|field». */
  notes: Map<string, string>;
}

export function table(def: SheetDef): Table {
  const data = readRequired(spreadsheet(), def);
  let last = data.values.length;
  while (last > data.header.headerRow && (data.values[last - 1] ?? []).every((v) => isBlank(v))) last--;
  return { ...data, nextRow: last + 1, writes: new Map(), notes: new Map() };
}

export function put(t: Table, row: number | null, record: Record<string, unknown>): number {
  const r = row ?? t.nextRow++;
  t.writes.set(r, { ...(t.writes.get(r) ?? {}), ...record });
  return r;
}

export function flush(t: Table): void {
  if (t.writes.size === 0 && t.notes.size === 0) return;
  const writes: RecordWrite[] = [...t.writes].map(([row, record]) => ({ row, record }));
  writeBlocks(t.sheet, planWrite(t.values, t.header, writes).blocks);
  // A conflict's note stands on the bank cell the curator kept (rare: one call each).
  for (const [key, note] of t.notes) {
    const [row, field] = key.split('|') as [string, string];
    const col = t.header.columns.get(field);
    if (col !== undefined) t.sheet.getRange(Number(row), col + 1).setNote(note);
  }
}

export function idsOf(t: Table): Set<string> {
  const idx = t.header.columns.get('id');
  const ids = new Set<string>();
  if (idx === undefined) return ids;
  for (let i = t.header.headerRow; i < t.values.length; i++) {
    const v = t.values[i]?.[idx];
    if (!isBlank(v)) ids.add(String(v).trim());
  }
  return ids;
}

/** Timestamps compared to the second (a sheet may not keep milliseconds). */
export const seconds = (iso: string) => iso.slice(0, 19);
type FormResponse = GoogleAppsScript.Forms.FormResponse;

/** A form response's answers by question title, as the filing reads them (a checkbox's answers as a list). */
export function namedValuesOf(response: FormResponse): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const ir of response.getItemResponses()) {
    const title = ir.getItem().getTitle();
    const value = ir.getResponse() as unknown;
    out[title] = Array.isArray(value)
      ? value.map((v) => (Array.isArray(v) ? v.join(', ') : String(v)))
      : String(value ?? '');
  }
  return out;
}

export function openRegistered(formId: string): GoogleAppsScript.Forms.Form | null {
  try {
    return FormApp.openById(formId);
  } catch {
    return null; // moved to the bin: its answers already filed stay, nothing new can come
  }
}

/**
 * Puts the sample school (sample/*.csv) into the double's sheets the way a curator would: after
 * «Настроить листы», each CSV row is pasted under the sheet's own headers (matched by the shared header
 * dictionary, so «Ф.И.О.» lands under «ФИО»); CSV columns the sheet does not know become the curator's own
 * columns to the right. Values are pasted as text, and the double turns numbers and dates into what
 * Sheets would. Nothing is computed here: the add-on's own menu items then do the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../shared/csv';
import {
  type CellValue,
  DOCUMENTS_SHEET,
  findHeader,
  MENTEES_SHEET,
  MENTORS_SHEET,
  mapHeaderRow,
  PAIRS_SHEET,
  type SheetDef,
} from '../shared/sheets';
import type { GoogleDouble, LoadedAddon } from '../test/double';
import { P } from './strings';

/** Which sample file goes to which sheet. */
export const SAMPLE_FILES: readonly { file: string; sheet: SheetDef }[] = [
  { file: 'mentors.csv', sheet: MENTORS_SHEET },
  { file: 'mentees.csv', sheet: MENTEES_SHEET },
  { file: 'pairs.csv', sheet: PAIRS_SHEET },
  { file: 'documents.csv', sheet: DOCUMENTS_SHEET },
];

/** Menu handlers run after the paste, in order, when the add-on has them (a curator's next clicks). */
export const AFTER_PASTE: readonly string[] = [
  'menuImportRoadmapTemplate',
  'menuRefreshDeadlines',
  // The report issue's «Обновить отчёт»: fills the «Отчёт» sheet once it exists in the add-on.
  'menuReportRefresh',
];

/**
 * What the curator types into the report's settings dialog for the sample school (sample/README.md): only
 * the fields a curator fills; everything else keeps the add-on's defaults. Sent through the add-on's own
 * settings calls, when it has them.
 */
export const SAMPLE_REPORT_SETTINGS: Readonly<Record<string, string>> = {
  name: 'МБОУ «СОШ № 7» г. Заречный',
  district: 'Заречный район',
  teachersTotal: '52',
  pupilsTotal: '640',
};

export interface PasteResult {
  sheet: string;
  rows: number;
  /** CSV headers that became the curator's own columns. */
  ownColumns: string[];
}

/** Pastes rows (their header first, in any spelling the dictionary knows) under the sheet's own headers. */
export function pasteRows(
  double: GoogleDouble,
  def: SheetDef,
  rows: readonly (readonly CellValue[])[],
  source: string = def.title,
): PasteResult {
  const sheet = double.sheet(def.title);
  if (!sheet) throw new Error(P.sample.noSheet(def.title));
  const srcHeader = findHeader(rows, def);
  if (!srcHeader) throw new Error(P.sample.noHeader(source));
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const sheetHeader = findHeader(values, def) ?? mapHeaderRow(values[0] ?? [], def);
  const headerCells = [...(values[sheetHeader.headerRow - 1] ?? [])].map((v) => String(v ?? ''));
  // Source column index → sheet column index (0-based).
  const target = new Map<number, number>();
  for (const [field, srcIndex] of srcHeader.columns) {
    const at = sheetHeader.columns.get(field);
    if (at !== undefined) target.set(srcIndex, at);
  }
  const ownColumns: string[] = [];
  for (const { index, header } of srcHeader.unknown) {
    let at = headerCells.findIndex((h) => h.trim() === header);
    if (at < 0) {
      at = headerCells.length;
      headerCells.push(header);
      ownColumns.push(header);
    }
    target.set(index, at);
  }
  if (ownColumns.length)
    sheet.getRange(sheetHeader.headerRow, 1, 1, headerCells.length).setValues([headerCells]);
  const body = rows.slice(srcHeader.headerRow).map((line) => {
    const out: CellValue[] = new Array(headerCells.length).fill('');
    line.forEach((cell, i) => {
      const at = target.get(i);
      // The sample's formula-like text (mentees.csv, row 37) is pasted as text, as sample/README.md promises:
      // with its apostrophe, which Sheets does not keep (a bare «=…» would become a formula).
      if (at !== undefined) out[at] = typeof cell === 'string' && cell.startsWith('=') ? `'${cell}` : cell;
    });
    return out;
  });
  const first = Math.max(sheet.getLastRow(), sheetHeader.headerRow) + 1;
  const needed = first + body.length - 1;
  // A curator pasting past the sheet's last row makes Sheets add rows; the double wants them added first.
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  if (body.length) sheet.getRange(first, 1, body.length, headerCells.length).setValues(body);
  return { sheet: def.title, rows: body.length, ownColumns };
}

/** Pastes one CSV text under the sheet's headers; returns what was pasted. */
export function pasteCsv(addon: LoadedAddon, def: SheetDef, file: string, text: string): PasteResult {
  return pasteRows(addon.double, def, parseCsv(text).rows, file);
}

/**
 * onOpen + «Настроить листы», paste every sample file, fill the report settings as the curator would (when
 * the add-on has them), then the add-on's own roadmap and report steps, and the spreadsheet is opened.
 */
export function loadSample(addon: LoadedAddon, sampleDir: string): PasteResult[] {
  const has = new Set(addon.functions());
  addon.run('onOpen');
  addon.run('menuSetup');
  const pasted = SAMPLE_FILES.map(({ file, sheet }) =>
    pasteCsv(addon, sheet, file, readFileSync(join(sampleDir, file), 'utf8')),
  );
  if (has.has('getReportSettings') && has.has('saveReportSettings')) {
    const form = addon.callFromClient('getReportSettings') as Record<string, unknown>;
    const saved = addon.callFromClient('saveReportSettings', { ...form, ...SAMPLE_REPORT_SETTINGS }) as {
      ok: boolean;
      errors?: string[];
    };
    if (!saved.ok) throw new Error(P.sample.settingsRefused((saved.errors ?? []).join('; ')));
  }
  for (const name of AFTER_PASTE) if (has.has(name)) addon.run(name);
  // Then the curator opens the spreadsheet: the add-on's onOpen (a simple trigger) brings what it keeps
  // up to date on opening, such as the pairs' «Состояние», as the visitor's first look would find it.
  addon.open();
  return pasted;
}

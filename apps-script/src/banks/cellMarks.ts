/**
 * Bank errors shown where they are: a bad cell of «Наставники» / «Наставляемые» gets a note and a colour; both
 * go when the cell is fixed. Only the add-on's own marks are ever removed: its notes start with a prefix (a
 * curator's note on the same cell is kept above it), and the cells it coloured are remembered in a document
 * property, so a curator's colour is neither overwritten nor cleared.
 */
import {
  type Mentee,
  Mentee as MenteeSchema,
  type Mentor,
  Mentor as MentorSchema,
} from '../../../shared/model';
import { MENTEES_SHEET, MENTORS_SHEET, type SheetDef } from '../../../shared/sheets';
import { currentLang, withLang } from '../../../shared/text/locale';
import { openTable, SHEET_KEY } from '../platform';
import { S } from '../strings';
import type { BankTable } from './bankSnapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The colour of a bad cell: Sheets' «светло-красный 3», the palette's softest red. */
export const MARK_COLOUR = '#f4cccc';
/** Document property: per bank sheet key, the cells («row:column», 1-based) the add-on coloured. */
const MARKS_PROPERTY = 'bankCellMarks';
/** How the add-on's note is set apart from a curator's note above it. */
const NOTE_GAP = '\n\n';

/** A bad cell: 1-based row and column, the reasons (Russian, from the row codec read under withLang('ru')). */
export interface CellMark {
  row: number;
  column: number;
  text: string;
}

/** The error issues of a read that point at one cell, one mark per cell (several reasons joined). */
export function badCells(s: {
  read: BankTable<unknown>['read'];
  header: BankTable<unknown>['table']['header'];
}): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const i of s.read.issues) {
    if (i.severity !== 'error' || i.row < 1) continue;
    const index = s.header.columns.get(i.field);
    if (index === undefined) continue;
    const key = `${i.row}:${index + 1}`;
    const had = byCell.get(key);
    if (had) had.text = `${had.text}; ${i.message}`;
    else byCell.set(key, { row: i.row, column: index + 1, text: i.message });
  }
  return [...byCell.values()];
}

/** The curator's part of a note (everything before the add-on's part, which is always last). */
export function curatorPart(note: string): string {
  const at = note.indexOf(S.banks.notePrefix);
  if (at < 0) return note;
  return note.slice(0, at).replace(/\s+$/, '');
}

function withMark(note: string, text: string): string {
  const own = curatorPart(note);
  const mark = S.banks.note(text);
  return own === '' ? mark : `${own}${NOTE_GAP}${mark}`;
}

const isDefaultBackground = (bg: string) => bg === '' || bg.toLowerCase() === '#ffffff';

export interface MarkPlan {
  /** New notes by «row:column». */
  notes: Map<string, string>;
  /** New backgrounds by «row:column»: the mark colour, or null to reset. */
  backgrounds: Map<string, string | null>;
  /** The cells the add-on has coloured after the plan. */
  coloured: string[];
}

/**
 * What to change so the sheet shows exactly `marks`: pure, given the data range's notes and backgrounds (from
 * row 1, column 1) and the cells coloured before.
 */
export function planMarks(
  marks: readonly CellMark[],
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  colouredBefore: readonly string[],
): MarkPlan {
  const plan: MarkPlan = { notes: new Map(), backgrounds: new Map(), coloured: [] };
  const wanted = new Map(marks.map((m) => [`${m.row}:${m.column}`, m]));
  const coloured = new Set(colouredBefore);
  const bgOf = (r: number, c: number) => String(backgrounds[r - 1]?.[c - 1] ?? '#ffffff');
  const inside = (r: number, c: number) => r - 1 < notes.length && c - 1 < (notes[r - 1]?.length ?? 0);
  // Notes: every cell of the data range whose note should change.
  for (let r = 1; r <= notes.length; r++) {
    const line = notes[r - 1] ?? [];
    for (let c = 1; c <= line.length; c++) {
      const now = String(line[c - 1] ?? '');
      const mark = wanted.get(`${r}:${c}`);
      const next = mark ? withMark(now, mark.text) : curatorPart(now);
      if (next !== now) plan.notes.set(`${r}:${c}`, next);
    }
  }
  // Colours: marked cells get the colour unless the curator coloured them; cells the add-on coloured and no
  // longer marked get theirs reset, unless the curator recoloured them since.
  for (const key of coloured) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (!inside(r, c)) continue;
    const bg = bgOf(r, c);
    if (bg.toLowerCase() !== MARK_COLOUR) continue; // recoloured by the curator: theirs now
    if (wanted.has(key)) plan.coloured.push(key);
    else plan.backgrounds.set(key, null);
  }
  for (const [key, m] of wanted) {
    if (coloured.has(key)) continue;
    if (!isDefaultBackground(bgOf(m.row, m.column))) continue; // the curator's colour stays
    plan.backgrounds.set(key, MARK_COLOUR);
    plan.coloured.push(key);
  }
  return plan;
}

function rememberedAll(): Record<string, string[]> {
  const raw = PropertiesService.getDocumentProperties().getProperty(MARKS_PROPERTY);
  if (!raw) return {};
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
  } catch (_e) {
    return {};
  }
}

/** Runs of consecutive columns of one row whose keys are in `keys`, with the same value (one call per run). */
function runs<T>(changes: Map<string, T>): { row: number; column: number; values: T[] }[] {
  const cells = [...changes]
    .map(([key, value]) => {
      const [row, column] = key.split(':').map(Number) as [number, number];
      return { row, column, value };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const out: { row: number; column: number; values: T[] }[] = [];
  for (const cell of cells) {
    const last = out.at(-1);
    if (last && last.row === cell.row && last.column + last.values.length === cell.column)
      last.values.push(cell.value);
    else out.push({ row: cell.row, column: cell.column, values: [cell.value] });
  }
  return out;
}

/** Applies a bank sheet's marks: one getNotes and one getBackgrounds, then one call per run of changed cells. */
export function applyMarks(sheet: Sheet, key: string, marks: readonly CellMark[]): void {
  const all = rememberedAll();
  const before = all[key] ?? [];
  const data = sheet.getDataRange();
  const plan = planMarks(marks, data.getNotes(), data.getBackgrounds(), before);
  for (const run of runs(plan.notes))
    sheet.getRange(run.row, run.column, 1, run.values.length).setNotes([run.values]);
  for (const colour of [MARK_COLOUR, null]) {
    const same = new Map([...plan.backgrounds].filter(([, v]) => v === colour));
    for (const run of runs(same))
      sheet.getRange(run.row, run.column, 1, run.values.length).setBackground(colour);
  }
  const after = plan.coloured.sort();
  if (JSON.stringify(after) !== JSON.stringify([...before].sort())) {
    if (after.length > 0) all[key] = after;
    else delete all[key];
    PropertiesService.getDocumentProperties().setProperty(MARKS_PROPERTY, JSON.stringify(all));
  }
}

const MARKED_BANKS: readonly { def: SheetDef; schema: typeof MentorSchema | typeof MenteeSchema }[] = [
  { def: MENTORS_SHEET, schema: MentorSchema },
  { def: MENTEES_SHEET, schema: MenteeSchema },
];

/**
 * The reasons of a bank's bad cells in Russian: a note is the spreadsheet's, shared by every user, so it reads
 * the same whoever's locale wrote it (and does not flip, rewritten, between an English and a Russian user). A
 * read made in English is decoded once more in Russian, from the values already in memory.
 */
function russianRead(
  table: BankTable<unknown>['table'],
  read: BankTable<unknown>['read'],
): BankTable<unknown>['read'] {
  if (currentLang() === 'ru') return read;
  const bank = MARKED_BANKS.find((b) => b.def.key === table.def.key);
  return bank ? withLang('ru', () => table.read(bank.schema)) : read;
}

/** Marks the bad cells of the banks as read (the sidebar's read). */
export function markBanks(banks: { mentors: BankTable<Mentor>; mentees: BankTable<Mentee> }): void {
  for (const s of [banks.mentors, banks.mentees])
    applyMarks(
      s.table.sheet,
      s.table.def.key,
      badCells({ read: russianRead(s.table, s.read), header: s.table.header }),
    );
}

/**
 * onEdit: when the curator edits a cell the add-on marked, the sheet is read again and its marks follow (the
 * fixed cell loses its note and colour). Edits elsewhere cost one getNotes of the edited range.
 */
export function onBankEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const bank = MARKED_BANKS.find(
    (b) => sheet.createDeveloperMetadataFinder().withKey(SHEET_KEY).withValue(b.def.key).find().length > 0,
  );
  if (!bank) return;
  const marked = range.getNotes().some((line) => line.some((n) => String(n).includes(S.banks.notePrefix)));
  if (!marked) return;
  const table = openTable(bank.def);
  const read = withLang('ru', () => table.read(bank.schema));
  applyMarks(table.sheet, bank.def.key, badCells({ read, header: table.header }));
}

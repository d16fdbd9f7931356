/** How a column's cells are read and written by the row codec. */
export type ColumnType =
  | 'id'
  | 'string'
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'list'
  | 'email'
  | 'enum'
  | 'enumList'
  | 'link';

/**
 * How a date column's two-digit years and limits are read (see parseDate in cells.ts): 'birth' is never in the
 * future and gives a participant's age; 'event' (the default) is any other date.
 */
export type DateKind = 'birth' | 'event';

export interface ColumnDef {
  /** The record field the column holds (English, as in the zod schema). */
  field: string;
  /** The Russian header the add-on writes. */
  header: string;
  /** Other headers curators use for the same column (matched after normalisation). */
  aliases: readonly string[];
  type: ColumnType;
  /** A row without a value here is an error. */
  required?: boolean;
  /** The add-on writes this column. It never writes into a column it does not own. */
  owned: boolean;
  /** For enum columns: code → Russian label; labels are what the sheet shows and the dropdown offers. */
  options?: Readonly<Record<string, string>>;
  /** Extra spellings of option values (normalised) → code. */
  optionAliases?: Readonly<Record<string, string>>;
  /** For date columns: a birth date is held to the birth rules (default 'event'). */
  dateKind?: DateKind;
  /** A blank under a merged cell takes the value above (merged cells read as blanks below their top cell). */
  fillDown?: boolean;
  /** Column width in pixels for setup. */
  width?: number;
  /** Short hint shown as the header's note. */
  note?: string;
}

export interface SheetDef {
  /** Stable key used in code and developer metadata. */
  key:
    | 'mentors'
    | 'mentees'
    | 'pairs'
    | 'roadmap'
    | 'documents'
    | 'responses'
    | 'report'
    | 'plans'
    | 'meetings'
    | 'reminders';
  /** The Russian sheet title. */
  title: string;
  /** Earlier or common titles of the same sheet, to find it when the curator renamed it back. */
  titleAliases: readonly string[];
  /** Prefix of new IDs (e.g. NS-0001). */
  idPrefix: string;
  columns: readonly ColumnDef[];
}

/** Developer metadata keys the add-on sets: the sheet a SheetDef lives on, and the field a column holds. */
export const SHEET_KEY = 'nastavnik.sheet';
export const COLUMN_KEY = 'nastavnik.column';

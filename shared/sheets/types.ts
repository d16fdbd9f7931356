/** The sheets' dictionaries as types: a column, a sheet, and a sheet tied to its zod schema (defineSheet). */
import type { z } from 'zod';

/** How a column's cells are read and written by the row codec (one codec per type: cells.ts). */
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

export interface ColumnDef<F extends string = string> {
  /** The record field the column holds (English, as in the zod schema). */
  field: F;
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

export interface SheetDef<F extends string = string> {
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
  columns: readonly ColumnDef<F>[];
}

/** The fields a row schema reads (its input's keys). */
export type FieldOf<S extends z.ZodType> = keyof z.input<S> & string;

/**
 * The keys of T that a value must have (neither optional nor defaulted in a schema's input); a loose object's
 * index signature (`.passthrough()`) names no field.
 */
export type RequiredKeys<T> = T extends object
  ? { [K in keyof T]-?: string extends K ? never : object extends Pick<T, K> ? never : K }[keyof T] & string
  : never;

/** A column as a sheet definition lists it under its field: the key is the field (a `field`, if given, must match). */
export type ColumnSpec<F extends string = string> = Omit<ColumnDef<F>, 'field'> & { field?: F };

/**
 * A sheet's columns keyed by its schema's fields: a key the schema lacks is an excess property, and a field the
 * schema requires without a column is a missing property — both compile errors (test/types/sheets.test-d.ts).
 */
export type SheetColumns<S extends z.ZodObject> = {
  readonly [K in FieldOf<S>]?: ColumnSpec<K>;
} & { readonly [K in RequiredKeys<z.input<S>>]-?: ColumnSpec<K> };

/** A sheet whose rows are its schema's records: the dictionary and the model are one description. */
export interface ModelSheet<S extends z.ZodObject = z.ZodObject> extends SheetDef<FieldOf<S>> {
  /** The row's schema: what readTable decodes a row into when no narrower schema is asked for. */
  schema: S;
}

/**
 * The required fields of a reading schema R that sheet F has no column for; `never` when R can read the sheet.
 * readTable takes `R & Reads<R, F>`, so a schema that needs a field the sheet lacks does not compile.
 */
export type Reads<R extends z.ZodType, F extends string> = [Exclude<RequiredKeys<z.input<R>>, F>] extends [
  never,
]
  ? unknown
  : { readonly fieldsWithoutColumn: Exclude<RequiredKeys<z.input<R>>, F> };

/** Describes a sheet by its schema: columns keyed by field, in the order the sheet shows them. */
export function defineSheet<S extends z.ZodObject>(
  schema: S,
  def: Omit<SheetDef, 'columns'> & { columns: SheetColumns<S> },
): ModelSheet<S> {
  const columns = Object.entries(def.columns as Record<string, ColumnSpec>).map(
    ([field, spec]) => ({ ...spec, field }) as ColumnDef<FieldOf<S>>,
  );
  return { ...def, schema, columns };
}

/** Developer metadata keys the add-on sets: the sheet a SheetDef lives on, and the field a column holds. */
export const SHEET_KEY = 'nastavnik.sheet';
export const COLUMN_KEY = 'nastavnik.column';

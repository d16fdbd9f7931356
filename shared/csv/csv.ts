/** CSV in and out through papaparse: rows with the file's own line numbers and problems, bytes in UTF-8 or cp1251, and formula-safe export. */
import Papa from 'papaparse';
import { decodeCsvBytes } from './decode';
import { CSV_STRINGS as S } from './strings';

export interface CsvParseResult {
  rows: string[][];
  /** The file's line (1-based) where each row starts, as an editor numbers it: blank lines and line breaks inside quoted cells count. */
  lines: number[];
  delimiter: string;
  /** Problems papaparse reported, with the file's 1-based line numbers. */
  errors: { row: number; message: string }[];
}

/**
 * CSV text → rows of cells. Delimiter detected among `,` `;` and tab; a BOM is dropped; blank rows (only
 * spaces) are skipped. Rows are read one by one (papaparse's step) so each keeps the line it starts on:
 * papaparse's own skipEmptyLines renumbers rows, and a message «строка 13» for line 15 sends a person to
 * the wrong place.
 */
export function parseCsv(text: string): CsvParseResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The delimiter and line break are guessed on the first rows, ignoring blank ones, as a whole-file parse would.
  const guess = Papa.parse<string[]>(clean, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta;
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: CsvParseResult['errors'] = [];
  const breakAt = guess.linebreak || '\n';
  let line = 1;
  let counted = 0;
  let start = 0;
  Papa.parse<string[]>(clean, {
    delimiter: guess.delimiter,
    newline: guess.linebreak as '\r\n' | '\n' | '\r',
    step: (res) => {
      // Line breaks between the last counted offset and this row's start (rows start where the last ended).
      for (
        let at = clean.indexOf(breakAt, counted);
        at !== -1 && at < start;
        at = clean.indexOf(breakAt, at + 1)
      )
        line++;
      counted = start;
      start = res.meta.cursor;
      for (const e of res.errors) errors.push({ row: line, message: csvErrorMessage(e.code) });
      if (res.data.every((cell) => cell.trim() === '')) return;
      rows.push(res.data);
      lines.push(line);
    },
  });
  return { rows, lines, delimiter: guess.delimiter, errors };
}

function csvErrorMessage(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return S.missingQuotes;
    case 'InvalidQuotes':
      return S.invalidQuotes;
    case 'TooFewFields':
      return S.tooFewFields;
    case 'TooManyFields':
      return S.tooManyFields;
    default:
      return S.other;
  }
}

/** CSV file bytes (UTF-8 with or without BOM, or Windows-1251) → rows. */
export function parseCsvBytes(bytes: Uint8Array): CsvParseResult & { encoding: string } {
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...parseCsv(text), encoding };
}

export interface CsvExportOptions {
  /** `;` for Russian Excel, which expects it; `,` elsewhere. */
  delimiter?: ',' | ';' | '\t';
  /** Prepend a UTF-8 BOM so Excel reads Cyrillic correctly. Default true. */
  bom?: boolean;
}

/** Rows → CSV text. Cells starting with = + - @ tab or CR are neutralised so no spreadsheet runs them. */
export function toCsv(rows: readonly (readonly unknown[])[], options: CsvExportOptions = {}): string {
  const data = rows.map((r) =>
    r.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : v)),
  );
  const body = Papa.unparse(data as unknown[][], {
    delimiter: options.delimiter ?? ';',
    escapeFormulae: /^[=+\-@\t\r]/,
    newline: '\r\n',
  });
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}

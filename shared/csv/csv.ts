import Papa from 'papaparse';
import { decodeCsvBytes } from './decode';

export interface CsvParseResult {
  rows: string[][];
  delimiter: string;
  /** Problems papaparse reported, with 1-based line numbers. */
  errors: { row: number; message: string }[];
}

/** CSV text → rows of cells. Delimiter detected among `,` `;` and tab; a BOM is dropped. */
export function parseCsv(text: string): CsvParseResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const res = Papa.parse<string[]>(clean, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  return {
    rows: res.data,
    delimiter: res.meta.delimiter,
    errors: res.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({ row: (e.row ?? 0) + 1, message: csvErrorMessage(e.code) })),
  };
}

function csvErrorMessage(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'незакрытая кавычка';
    case 'InvalidQuotes':
      return 'лишняя кавычка внутри ячейки';
    case 'TooFewFields':
      return 'в строке меньше ячеек, чем в заголовке';
    case 'TooManyFields':
      return 'в строке больше ячеек, чем в заголовке';
    default:
      return 'ошибка формата CSV';
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

/** An OpenDocument spreadsheet's content.xml as each sheet's rows of displayed cell texts. */
import { applyMerges, type MergedRange } from './grid';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, numberText } from './xlsx';
import { XmlScanner } from './xml';

/**
 * OpenDocument spreadsheet (.ods) content.xml → each sheet as rows of cell texts. A cell's text:p is
 * already the text as displayed (dates in the cell's format), so it is taken as is; a cell with a value
 * and no text falls back on its value. Repeated rows and columns (table:number-*-repeated, which LibreOffice
 * uses for the empty rest of a sheet: a million rows) are expanded only when something follows them, and
 * spanned cells (table:number-*-spanned) are merged as in the other readers (grid.ts).
 */
export function readOdsSheets(contentXml: string): string[][][] {
  const sheets: string[][][] = [];
  const sc = new XmlScanner(contentXml);
  let rows: string[][] | null = null;
  let merges: MergedRange[] = [];
  let row: string[] | null = null;
  let rowRepeat = 1;
  /** Empty rows seen but not yet added: added only if a row with text follows. */
  let pendingEmptyRows = 0;
  let pendingEmptyCells = 0;
  let cell: {
    paras: string[];
    parts: string[] | null;
    value: string;
    repeat: number;
    rows: number;
    cols: number;
  } | null = null;
  let depthInP = 0;

  const finishRow = () => {
    if (!rows || !row) return;
    const empty = row.length === 0;
    if (empty) {
      pendingEmptyRows += rowRepeat;
    } else {
      for (let i = 0; i < pendingEmptyRows && rows.length < MAX_SHEET_ROWS; i++) rows.push([]);
      pendingEmptyRows = 0;
      for (let i = 0; i < rowRepeat && rows.length < MAX_SHEET_ROWS; i++) rows.push(i === 0 ? row : [...row]);
    }
    row = null;
  };

  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open') {
      switch (sc.name) {
        case 'table:table':
          rows = [];
          merges = [];
          pendingEmptyRows = 0;
          if (sc.selfClosing) {
            sheets.push(rows);
            rows = null;
          }
          break;
        case 'table:table-row':
          row = [];
          pendingEmptyCells = 0;
          rowRepeat = Math.max(
            1,
            Math.min(Number(sc.attr('table:number-rows-repeated') ?? '1') || 1, MAX_SHEET_ROWS),
          );
          if (sc.selfClosing) finishRow();
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          const value =
            sc.attr('office:date-value') ?? sc.attr('office:value') ?? sc.attr('office:boolean-value') ?? '';
          const type = sc.attr('office:value-type');
          cell = {
            paras: [],
            parts: null,
            value: type === 'date' ? isoDateText(value) : type === 'float' ? numberText(value) : value,
            repeat: Math.max(1, Number(sc.attr('table:number-columns-repeated') ?? '1') || 1),
            rows: Number(sc.attr('table:number-rows-spanned') ?? '1') || 1,
            cols: Number(sc.attr('table:number-columns-spanned') ?? '1') || 1,
          };
          if (sc.selfClosing) {
            addCell();
          }
          break;
        }
        case 'text:p':
        case 'text:h':
          if (cell) {
            if (depthInP === 0) cell.parts = [];
            depthInP++;
            if (sc.selfClosing) {
              depthInP--;
              if (depthInP === 0) cell.paras.push('');
            }
          }
          break;
        case 'text:s':
          if (cell?.parts) cell.parts.push(' '.repeat(Math.min(Number(sc.attr('text:c') ?? '1') || 1, 100)));
          break;
        case 'text:tab':
          if (cell?.parts) cell.parts.push(' ');
          break;
        case 'text:line-break':
          if (cell?.parts) cell.parts.push('\n');
          break;
        case 'office:annotation':
        case 'text:note':
          sc.skipElement();
          break;
      }
    } else if (k === 'close') {
      switch (sc.name) {
        case 'text:p':
        case 'text:h':
          if (cell && depthInP > 0) {
            depthInP--;
            if (depthInP === 0) {
              cell.paras.push((cell.parts ?? []).join(''));
              cell.parts = null;
            }
          }
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          addCell();
          break;
        case 'table:table-row':
          finishRow();
          break;
        case 'table:table':
          if (rows) {
            const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
            for (const r of rows) while (r.length < width) r.push('');
            applyMerges(rows, merges);
            sheets.push(rows);
          }
          rows = null;
          break;
      }
    } else if (cell?.parts) cell.parts.push(sc.text());
  }
  return sheets;

  function addCell(): void {
    if (!cell || !row) {
      cell = null;
      return;
    }
    const text = cell.paras.length > 0 ? cell.paras.join('\n') : cell.value;
    if (text.trim() === '') {
      pendingEmptyCells += cell.repeat;
    } else {
      for (let i = 0; i < pendingEmptyCells && row.length < MAX_SHEET_COLUMNS; i++) row.push('');
      pendingEmptyCells = 0;
      const col = row.length;
      for (let i = 0; i < cell.repeat && row.length < MAX_SHEET_COLUMNS; i++) row.push(text);
      if ((cell.rows > 1 || cell.cols > 1) && rows) {
        // The row index this cell will have once pending empty rows are added.
        const r = rows.length + pendingEmptyRows;
        merges.push({ r1: r, c1: col, r2: r + cell.rows - 1, c2: col + cell.cols - 1 });
      }
    }
    cell = null;
  }
}

/** «2022-11-10» or «2022-11-10T00:00:00» → «10.11.2022». */
function isoDateText(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** Helpers shared by the readers of tables (Word) and sheets (Excel, OpenDocument). */
import { readHeader } from '../columns';
import { cleanText } from '../text';

export interface FoundHeader {
  /** Row index of the header. */
  at: number;
  /** The header's filled cells, cleaned and lower-cased, joined: two tables with the same key continue each other. */
  key: string;
  fields: string[];
}

/** The first row, among the first `limit`, that the importer would take for the header; null if none. */
export function findHeader(grid: readonly (readonly string[])[], limit: number): FoundHeader | null {
  for (let i = 0; i < grid.length && i < limit; i++) {
    const row = grid[i]!;
    if (row.filter((c) => c.trim() !== '').length < 2) continue;
    const cleaned = row.map((c) => cleanText(c));
    const h = readHeader(cleaned);
    if (h) {
      return {
        at: i,
        key: cleaned
          .filter((c) => c !== '')
          .join('|')
          .toLowerCase(),
        fields: h.filter((f) => f !== null),
      };
    }
  }
  return null;
}

/** Columns up to the last one that has text in some row. */
export function filledWidth(grid: readonly (readonly string[])[]): number {
  let w = 0;
  for (const row of grid) {
    for (let i = row.length - 1; i >= w; i--) {
      if (row[i]!.trim() !== '') {
        w = i + 1;
        break;
      }
    }
  }
  return w;
}

/** A merged range of a sheet, 0-based and inclusive. */
export interface MergedRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * Merged ranges applied as in a Word table (see docx.ts, tableGrid): the top-left value goes down its
 * first column to every row the range covers; the other columns of the range stay empty, so a section
 * row merged across the sheet stays a row with one filled cell.
 */
export function applyMerges(grid: string[][], merges: readonly MergedRange[]): void {
  for (const m of merges) {
    const value = grid[m.r1]?.[m.c1] ?? '';
    if (!value) continue;
    for (let r = m.r1 + 1; r <= m.r2 && r < grid.length; r++) {
      const row = grid[r]!;
      if (m.c1 < row.length && row[m.c1] === '') row[m.c1] = value;
    }
  }
}

/**
 * Which of several sheets hold the roadmap: the first whose header the importer recognises, followed
 * by the later sheets with the same header (a roadmap split over sheets, by stage or by term). With no
 * header anywhere, the first sheet that has text. Each sheet's rows are returned as they are.
 */
export function roadmapSheets(sheets: readonly string[][][]): string[][] {
  const found = sheets.map((g) => findHeader(g, 200));
  const first = found.findIndex((h) => h !== null);
  if (first < 0) return sheets.find((g) => g.some((r) => r.some((c) => c.trim() !== ''))) ?? [];
  const out = [...sheets[first]!];
  for (let i = first + 1; i < sheets.length; i++) {
    if (found[i]?.key === found[first]!.key) out.push(...sheets[i]!);
  }
  return out;
}

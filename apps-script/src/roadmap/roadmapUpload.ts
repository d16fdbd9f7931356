/**
 * What the import dialog sends: the rows of cells a file reader produced in the browser (or the pasted
 * text), the period the preview used, and the curator's choice. Not the parsed items: the server re-reads
 * the cells with the same importRoadmap, so what is written is what the preview showed. The dialog is
 * the curator's, but its payload crosses google.script.run, so it is checked here like any input.
 */
import { z } from 'zod';
import { type CellInput, toPeriod } from '../../../shared/roadmap';
import { AddonError } from '../platform';
import { S } from '../strings';

/** A Sheets cell holds at most 50,000 characters; no roadmap cell is longer. */
export const MAX_CELL = 50_000;
export const MAX_ROWS = 5_000;
export const MAX_CELLS_PER_ROW = 60;
/** The whole payload: a 100-page roadmap is about 300,000 characters. */
export const MAX_CHARS = 2_000_000;

export type UploadMode = 'replace' | 'append';

export interface RoadmapUpload {
  source: string | string[][];
  /** The period label the preview was read with («2023-2024 учебный год»), null: the document's own. */
  period: string | null;
  mode: UploadMode;
}

const U = S.roadmapUpload;
/** 50000 → «50 000» (toLocaleString's locales are not something to count on in Apps Script). */
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');

const Head = z.object({
  source: z.unknown(),
  period: z.string().max(100).nullable(),
  mode: z.enum(['replace', 'append']),
});

/** The payload, checked; anything else is refused with a Russian message naming the row and cell. */
export function parseUpload(payload: unknown): {
  source: string | CellInput;
  period: string | null;
  mode: UploadMode;
} {
  const head = Head.safeParse(payload);
  if (!head.success) {
    const path = head.error.issues[0]?.path[0];
    throw new AddonError(
      U.rejected(
        path === 'mode'
          ? U.mode
          : path === 'period'
            ? U.period(String((payload as { period?: unknown }).period))
            : U.notObject,
      ),
    );
  }
  const { source, period, mode } = head.data;
  if (period !== null && !toPeriod(period)) throw new AddonError(U.rejected(U.period(period)));
  if (typeof source === 'string') {
    if (source.length > MAX_CHARS) throw new AddonError(U.rejected(U.tooLong(num(MAX_CHARS))));
    return { source, period, mode };
  }
  return { source: checkCells(source), period, mode };
}

const Cells = z.array(z.array(z.string().max(MAX_CELL)).max(MAX_CELLS_PER_ROW)).max(MAX_ROWS);

/** Rows of text cells within the limits; the first fault is named by its row and cell. */
function checkCells(source: unknown): string[][] {
  const parsed = Cells.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [r, c] = issue.path.map(Number);
    const big = issue.code === 'too_big';
    const detail =
      r === undefined
        ? big
          ? U.tooManyRows(num(MAX_ROWS))
          : U.notObject
        : c === undefined
          ? big
            ? U.rowTooWide(r + 1, MAX_CELLS_PER_ROW)
            : U.notRow(r + 1)
          : big
            ? U.cellTooLong(r + 1, c + 1, num(MAX_CELL))
            : U.notText(r + 1, c + 1);
    throw new AddonError(U.rejected(detail));
  }
  let total = 0;
  for (const row of parsed.data) for (const cell of row) total += cell.length;
  if (total > MAX_CHARS) throw new AddonError(U.rejected(U.tooLong(num(MAX_CHARS))));
  return parsed.data;
}

/** What the two layouts (tabbed table, PDF text) produce before deadlines are read: raw text per field. */
export interface Draft {
  section: string;
  stageNumber: string;
  stage: string;
  activity: string;
  content: string;
  deadlineText: string;
  responsible: string;
  sourceRow: number;
}

/** One line of tabbed text, or one row of cells. */
export interface RawRow {
  line: number;
  cells: string[];
  /** A line of text with no tab: inside a table, a piece of a cell broken over lines. */
  plain: boolean;
}

/** A stage or activity number: «1», «1.», «2.3», «10000». */
export const NUMBER_RE = /^\d{1,5}(?:\.\d{1,3})*\.?$/;

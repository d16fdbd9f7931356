import type { LabelSource } from './types';
import { parentOf } from './visibility';

/** Text of a node as a person reads it: whitespace collapsed, form controls and scripts left out. */
export function readText(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'OPTION')
      return;
    if (tag === 'INPUT' || tag === 'BUTTON' || tag === 'TEMPLATE') return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (el.hasAttribute('data-nastavnik-overlay')) return;
    for (const c of Array.from(el.childNodes)) walk(c);
    if (/^(DIV|P|BR|LI|TD|TH|TR|H\d|LABEL|LEGEND)$/.test(tag)) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const CONTROL_SELECTOR =
  'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable=true], [role=textbox], [role=radio], [role=checkbox], [role=listbox], [role=combobox], [role=radiogroup]';

/** The form-builder question that holds a control (Google Forms, Yandex Forms, fieldsets). */
export const QUESTION_SELECTOR =
  '[role=listitem], [data-params], fieldset, .QuestionMarkup, [class*="question" i], [data-question-id], [data-item-id]';

/** Controls that each are one question; a container holding two of them is a section, not a question. */
const SINGLE_VALUE_SELECTOR =
  'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, [role=textbox], [contenteditable=true], [role=radiogroup], [role=listbox], [role=combobox]';

const TITLE_SELECTOR =
  '[role=heading], legend, .QuestionLabel, [class*="question-label" i], [class*="questionlabel" i], [class*="question-title" i], [class*="title" i]';

function byIds(el: Element, ids: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => readText(root.getElementById?.(id) ?? el.ownerDocument.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

function labelFor(el: Element): string {
  const id = el.getAttribute('id');
  if (!id) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  const labels = Array.from(root.querySelectorAll('label')).filter((l) => l.htmlFor === id);
  return labels
    .map((l) => readText(l))
    .join(' ')
    .trim();
}

function wrappingLabel(el: Element): string {
  const lbl = el.closest('label');
  return lbl ? readText(lbl) : '';
}

function ariaLabel(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const t = byIds(el, ids);
    if (t) return t;
  }
  return (el.getAttribute('aria-label') ?? '').trim();
}

export function questionTitle(el: Element): string {
  const item = el.closest(QUESTION_SELECTOR);
  if (!item || item === el) return '';
  if (item.querySelectorAll(SINGLE_VALUE_SELECTOR).length > 1) return '';
  // Only a question that holds one control (or one group) names it; a whole section does not.
  const heading = item.querySelector(TITLE_SELECTOR);
  if (heading && !heading.contains(el)) {
    const t = readText(heading);
    if (t) return t.replace(/\s*\*\s*$/, '');
  }
  return '';
}

const UNIT_CELL = /^(чел|ед|шт|руб|тыс|кол-во|%|да\/нет|ед\. изм)\.?$/i;

/** For a control in a table cell: the row header (text cells to its left) and the column header above. */
export function tableHeaders(el: Element): { row: string; column: string } | null {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return null;
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table) return null;
  const cells = Array.from(row.cells);
  const col = columnIndex(cells, cell);
  // Row header: the nearest text-only cells to the left (a number column «1.» alone is not a header).
  // A units column («чел.», «%») is not the header, but its unit tells the sense («%» = a share).
  let rowHeader = '';
  let unit = '';
  for (let i = cells.indexOf(cell) - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (c.querySelector(CONTROL_SELECTOR)) continue;
    const t = readText(c);
    if (!t || /^[\d.№\s]+$/.test(t)) continue;
    if (UNIT_CELL.test(t)) {
      unit ||= t;
      continue;
    }
    rowHeader = unit === '%' && !t.includes('%') ? `${t}, %` : t;
    break;
  }
  // Column header: a cell in the same column of an earlier row without controls (thead first).
  let columnHeader = '';
  const rows = Array.from(table.rows);
  for (let r = rows.indexOf(row) - 1; r >= 0; r--) {
    const hr = rows[r]!;
    if (hr.querySelector(CONTROL_SELECTOR)) continue;
    const hc = cellAtColumn(Array.from(hr.cells), col);
    const t = hc ? readText(hc) : '';
    if (t) {
      columnHeader = t;
      break;
    }
  }
  if (!rowHeader && !columnHeader) return null;
  return { row: rowHeader, column: columnHeader };
}

function columnIndex(cells: HTMLTableCellElement[], cell: HTMLTableCellElement): number {
  let col = 0;
  for (const c of cells) {
    if (c === cell) return col;
    col += c.colSpan || 1;
  }
  return col;
}

function cellAtColumn(cells: HTMLTableCellElement[], col: number): HTMLTableCellElement | null {
  let at = 0;
  for (const c of cells) {
    const span = c.colSpan || 1;
    if (col >= at && col < at + span) return c;
    at += span;
  }
  return null;
}

/** Text just before the control in document order, within its block, as a person reads «Label: [___]». */
export function precedingText(el: Element): string {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 4; depth++) {
    let sib: Node | null = cur.previousSibling;
    while (sib) {
      // A section heading names a group of questions, not this one.
      if (sib.nodeType === 1 && /^(LEGEND|H[1-6])$/.test((sib as Element).tagName)) return '';
      if (sib.nodeType === 1 && (sib as Element).matches(CONTROL_SELECTOR)) return '';
      if (sib.nodeType === 1 && (sib as Element).querySelector(CONTROL_SELECTOR)) return '';
      const t = sib.nodeType === 3 ? (sib.nodeValue ?? '').trim() : readText(sib);
      if (t) return t;
      sib = sib.previousSibling;
    }
    cur = parentOf(cur);
    if (cur && /^(FORM|BODY|TABLE|TR|TBODY|SECTION)$/.test(cur.tagName)) break;
  }
  return '';
}

export interface ReadLabel {
  label: string;
  source: LabelSource;
  row?: string;
  column?: string;
}

/** The label of a control the way a person reads it, most explicit source first. */
export function readLabel(el: Element, groupLabel?: ReadLabel | null): ReadLabel {
  if (groupLabel?.label) return groupLabel;
  const lf = labelFor(el);
  if (lf) return { label: lf, source: 'label-for' };
  const wrap = wrappingLabel(el);
  if (wrap) return { label: wrap, source: 'label-wrap' };
  const aria = ariaLabel(el);
  if (aria) return { label: aria, source: 'aria' };
  const q = questionTitle(el);
  if (q) return { label: q, source: 'question' };
  const th = tableHeaders(el);
  if (th) {
    const label = [th.row, th.column].filter(Boolean).join(' — ');
    return { label, source: 'table', row: th.row, column: th.column };
  }
  const pre = precedingText(el);
  if (pre) return { label: pre, source: 'preceding-text' };
  const ph = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
  if (ph) return { label: ph.trim(), source: 'placeholder' };
  const name = el.getAttribute('name') ?? el.getAttribute('id') ?? '';
  return { label: name, source: 'name' };
}

/** A group's label (radio group, checkbox group, ARIA radiogroup): legend, aria, question title, table, text. */
export function readGroupLabel(container: Element | null, first: Element): ReadLabel | null {
  if (container) {
    const aria = ariaLabel(container);
    if (aria) return { label: aria, source: 'aria' };
    if (container.tagName === 'FIELDSET') {
      const legend = container.querySelector('legend');
      if (legend) return { label: readText(legend), source: 'question' };
    }
  }
  const q = questionTitle(container ?? first);
  if (q) return { label: q, source: 'question' };
  const th = tableHeaders(first);
  if (th) {
    const label = [th.row, th.column].filter(Boolean).join(' — ');
    return { label, source: 'table', row: th.row, column: th.column };
  }
  const pre = precedingText(container ?? first);
  if (pre) return { label: pre, source: 'preceding-text' };
  return null;
}

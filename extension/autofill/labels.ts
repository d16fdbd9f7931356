/**
 * How a person reads a form field's label: its own words (label, aria, question title, table row and column
 * headers, placeholder) and the context they depend on (parent rows «из них…», section captions, fieldset
 * legends, the question a sub-label belongs to). Help text under a field is neither.
 */
import type { LabelSource } from './types';
import { parentOf } from './visibility';

/**
 * Help text, hints, units and validation messages next to a field are not its label (seen on portals: «Можно с
 * десятичной дробью…» was read as one). Class names of Bootstrap (`form-text`, `help-block`), Element Plus
 * (`el-form-item__error`), 1C-Bitrix (`field-hint`) and most portals say which is which.
 */
const HINT_CLASS =
  /(^|[\s_-])(form-text|help|help-block|hint|hints|description|desc|note|tooltip|error|errors|feedback|invalid-feedback|field-error|explain|remark)([\s_-]|$)/i;

function isHint(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && HINT_CLASS.test(cls)) return true;
  const role = el.getAttribute('role');
  return role === 'alert' || role === 'tooltip' || role === 'button' || role === 'status';
}

/** Text of a node as a person reads it: whitespace collapsed, form controls, scripts and help text left out. */
export function readText(node: Node | null | undefined, keepHints = false): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node, top: boolean) => {
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
    if (!keepHints && !top && isHint(el)) return;
    // A footnote mark («педагогов¹») is not part of the word.
    if (tag === 'SUP' && /^[\d*,\s]+$/.test(el.textContent ?? '')) return;
    for (const c of Array.from(el.childNodes)) walk(c, false);
    if (/^(DIV|P|BR|LI|TD|TH|TR|H\d|LABEL|LEGEND|SPAN)$/.test(tag)) parts.push(' ');
  };
  walk(node, true);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:;)])/g, '$1')
    .trim();
}

const CONTROL_SELECTOR =
  'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable=true], [role=textbox], [role=radio], [role=checkbox], [role=listbox], [role=combobox], [role=radiogroup], [role=switch], [role=spinbutton]';

/** The form-builder question that holds a control (Google Forms, Yandex Forms, fieldsets). */
export const QUESTION_SELECTOR =
  '[role=listitem], [data-params], fieldset, .QuestionMarkup, [class*="question" i], [data-question-id], [data-item-id]';

/** Controls that each are one question; a container holding two of them is a section, not a question. */
const SINGLE_VALUE_SELECTOR =
  'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, [role=textbox], [contenteditable=true], [role=radiogroup], [role=listbox], [role=combobox], [role=switch], [role=checkbox]';

const TITLE_SELECTOR =
  '[role=heading], legend, label, .QuestionLabel, [class*="label" i], [class*="question-title" i], [class*="questionlabel" i], [class*="title" i], [class*="caption" i]';

/** A section caption: headings, legends, card and panel headers (Bootstrap, Element Plus, 1C, Bitrix). */
const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, legend, caption, [role=heading], [class*="card-header" i], [class*="panel-heading" i], [class*="section-title" i], [class*="section-head" i], [class*="block-title" i], [class*="group-title" i], [class*="card-title" i], [class*="form-title" i], [class*="formtitle" i], [class*="__header" i], [class*="__title" i]';

// Caches for one planning pass: a table's header index and a container's captions are read once, not once
// per cell (seen on portals: per-cell `querySelector` was half of planning time at 1,000 fields).
let tableCache = new WeakMap<Element, TableIndex | null>();
let captionCache = new WeakMap<object, Captions>();

/** Forget cached page structure; call before reading a page again (it may have changed). */
export function resetLabelCaches(): void {
  tableCache = new WeakMap();
  captionCache = new WeakMap();
}

function rootOf(el: Element): Document | ShadowRoot {
  return el.getRootNode() as Document | ShadowRoot;
}

function byIds(el: Element, ids: string): string {
  const root = rootOf(el);
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => readText(root.getElementById?.(id) ?? el.ownerDocument.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

function labelFor(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    return Array.from(labels)
      .filter((l) => !l.contains(el))
      .map((l) => readText(l))
      .join(' ')
      .trim();
  }
  const id = el.getAttribute('id');
  if (!id) return '';
  const found = Array.from(rootOf(el).querySelectorAll('label')).filter((l) => l.htmlFor === id);
  return found
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

const clean = (t: string) => t.replace(/\s*\*\s*$/, '').trim();

/**
 * The title of the smallest block that holds this control and no other one-value control: a Google Forms
 * question, an Element Plus `el-form-item`, a Bootstrap form-group. Its title is the field's label.
 */
export function questionTitle(el: Element): string {
  let cur = parentOf(el);
  for (let depth = 0; cur && depth < 7; depth++, cur = parentOf(cur)) {
    if (/^(FORM|BODY|HTML|TABLE|TBODY|TR)$/.test(cur.tagName)) return '';
    const singles = cur.querySelectorAll(SINGLE_VALUE_SELECTOR);
    if (singles.length > 1) {
      // A radio group or a widget's inner parts count as one.
      const outer = Array.from(singles).filter(
        (s) => !Array.from(singles).some((o) => o !== s && o.contains(s)),
      );
      if (outer.length > 1 && !outer.every((o) => o === el || o.contains(el) || el.contains(o))) return '';
    }
    for (const t of Array.from(cur.querySelectorAll(TITLE_SELECTOR))) {
      if (t.contains(el) || t.querySelector(CONTROL_SELECTOR) || isHint(t)) continue;
      const text = clean(readText(t));
      if (text) return text;
    }
  }
  return '';
}

/** The title of the question a sub-field belongs to (a grid row, a scale, one box of several). */
function enclosingQuestion(el: Element): string {
  const item = el.closest(QUESTION_SELECTOR);
  // A fieldset's legend is read on its own terms (see withContext).
  if (!item || item === el || item.tagName === 'FIELDSET') return '';
  const heading = item.querySelector('[role=heading], legend, .QuestionLabel, [class*="question-title" i]');
  if (heading && !heading.contains(el)) return clean(readText(heading));
  return '';
}

// ---------------------------------------------------------------- tables and grids

const UNIT_CELL = /^(чел|ед|шт|руб|тыс|кол-во|%|да\/нет|ед\. изм|единиц[а-я]*|человек)\.?$/i;
const NUMBER_CELL = /^[\s\d.,№()-]+$/;
/** «х» marks a cell that is not filled in Russian statistical forms (Росстат's instructions). */
const CROSS_CELL = /^[хx×—–-]$/i;
const ROW_NUMBER = /^\d{1,3}(\.\d{1,3}){0,3}\.?$/;
/** «в том числе:», «из них:» rows that only say the rows below break down the row above. */
const MARKER = /^(в том числе|в т\.\s?ч\.|из них|из числа|в т\.ч\.)[^а-яё]*[а-яё\s]{0,30}:?$/i;
/** A row that continues the one above: written in lower case, or opening with «из них», «в т. ч.». */
const CONTINUATION = /^[«"(]?\s*([а-яё]|из них|в т\.?\s?ч|в том числе)/;

interface Cell {
  el: Element;
  row: number;
  col: number;
  colSpan: number;
  text: string;
  control: boolean;
  header: boolean;
}

interface Row {
  el: Element;
  cells: Cell[];
  hasControl: boolean;
  /** One text cell spanning the row: a section caption or a «в том числе:» marker. */
  caption: string | null;
  marker: boolean;
  /** All text cells are «(…)» captions under the row above (signature lines of official forms). */
  underCaption: boolean;
  label: string;
  number: string | null;
}

interface TableIndex {
  rows: Row[];
  cellOf: Map<Element, Cell>;
  byNumber: Map<string, number>;
}

function cellsOf(rowEl: Element): Element[] {
  return Array.from(rowEl.children).filter(
    (c) =>
      c.tagName === 'TD' ||
      c.tagName === 'TH' ||
      /^(gridcell|cell|columnheader|rowheader)$/.test(c.getAttribute('role') ?? ''),
  );
}

function buildTable(table: Element): TableIndex {
  const aria = table.tagName !== 'TABLE';
  const rowEls = aria
    ? Array.from(table.querySelectorAll('[role=row]')).filter(
        (r) => r.parentElement?.closest('[role=grid], [role=treegrid], [role=table]') === table,
      )
    : Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
  const rows: Row[] = [];
  const cellOf = new Map<Element, Cell>();
  const taken: Set<number>[] = [];
  let width = 0;
  rowEls.forEach((rowEl, r) => {
    const cells: Cell[] = [];
    taken[r] ??= new Set();
    let col = 0;
    const cellEls = cellsOf(rowEl);
    const colCount = Number(table.getAttribute('aria-colcount')) || 0;
    cellEls.forEach((c, k) => {
      const ariaCol = Number(c.getAttribute('aria-colindex'));
      if (aria && ariaCol > 0) col = ariaCol - 1;
      else while (taken[r]!.has(col)) col++;
      let colSpan = Math.max(1, Number(c.getAttribute('colspan') ?? c.getAttribute('aria-colspan')) || 1);
      // An ARIA grid gives where each cell starts (aria-colindex): a cell spans up to the next one's start.
      if (aria && ariaCol > 0 && !c.hasAttribute('aria-colspan')) {
        const next = Number(cellEls[k + 1]?.getAttribute('aria-colindex')) || (colCount ? colCount + 1 : 0);
        if (next > ariaCol) colSpan = next - ariaCol;
      }
      const rowSpan = Math.max(1, Number(c.getAttribute('rowspan') ?? c.getAttribute('aria-rowspan')) || 1);
      for (let dr = 1; dr < rowSpan; dr++) {
        taken[r + dr] ??= new Set();
        for (let dc = 0; dc < colSpan; dc++) taken[r + dr]!.add(col + dc);
      }
      const control =
        c.matches(CONTROL_SELECTOR) ||
        c.getAttribute('contenteditable') === 'true' ||
        !!c.querySelector(CONTROL_SELECTOR);
      const cell: Cell = {
        el: c,
        row: r,
        col,
        colSpan,
        text: control ? '' : readText(c),
        control,
        header: c.tagName === 'TH' || c.getAttribute('role') === 'columnheader',
      };
      cells.push(cell);
      cellOf.set(c, cell);
      col += colSpan;
    });
    width = Math.max(width, col);
    const texts = cells.filter((c) => isLabelText(c.text));
    const hasControl = cells.some((c) => c.control);
    const single = !hasControl && texts.length === 1 ? texts[0]! : null;
    const marker = !!single && MARKER.test(single.text);
    const numberCell = cells.find((c) => !c.control && ROW_NUMBER.test(c.text));
    const labelCell = cells.find(
      (c) =>
        !c.control &&
        c.text &&
        !NUMBER_CELL.test(c.text) &&
        !UNIT_CELL.test(c.text) &&
        !CROSS_CELL.test(c.text),
    );
    rows[r] = {
      el: rowEl,
      cells,
      hasControl,
      caption: single && !marker ? single.text : null,
      marker,
      underCaption:
        !hasControl &&
        texts.length > 0 &&
        texts.every((c) => /^\(.+\)$/.test(c.text)) &&
        !!rows[r - 1]?.hasControl,
      label: labelCell?.text ?? '',
      number: hasControl && numberCell ? numberCell.text.replace(/\.$/, '') : null,
    };
  });
  // A caption spans most of the table; a lone text cell in a narrow column is a header.
  for (const row of rows) {
    if (!row?.caption) continue;
    const c = row.cells.find((x) => x.text === row.caption)!;
    if (c.colSpan < Math.max(2, Math.ceil(width / 2)) && width > 2) row.caption = null;
  }
  const byNumber = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row?.number && !byNumber.has(row.number)) byNumber.set(row.number, i);
  });
  return { rows, cellOf, byNumber };
}

function tableOf(cellEl: Element): TableIndex | null {
  const table = cellEl.closest('table, [role=grid], [role=treegrid], [role=table]');
  if (!table) return null;
  let index = tableCache.get(table);
  if (index === undefined) {
    index = buildTable(table);
    tableCache.set(table, index);
  }
  return index;
}

function cellAt(row: Row | undefined, col: number): Cell | null {
  if (!row) return null;
  for (const c of row.cells) if (col >= c.col && col < c.col + c.colSpan) return c;
  return null;
}

/** Spreadsheet column letters («A», «B», «AA») name a column, not what it holds. */
const SHEET_LETTERS = /^[A-Z]{1,2}$/;

function isLabelText(t: string): boolean {
  return !!t && !NUMBER_CELL.test(t) && !CROSS_CELL.test(t) && !SHEET_LETTERS.test(t);
}

export interface TableLabel {
  row: string;
  column: string;
  /** Parent rows (numbering «1.1» under «1», «из них» rows): what the row is a part of. */
  lead: string[];
  /** The section caption row above. */
  context: string[];
}

/**
 * For a control in a table or ARIA grid: its row header (text cells to its left), its column header (every
 * header level above it, rowspan/colspan resolved), parent rows and the section caption. A caption «(…)»
 * right under a line names the line, as official forms print «(должность)», «(Ф.И.О.)» under it.
 */
export function tableHeaders(el: Element): TableLabel | null {
  const cellEl = el.closest('td, th, [role=gridcell], [role=cell]');
  if (!cellEl) return null;
  const index = tableOf(cellEl);
  const cell = index?.cellOf.get(cellEl);
  if (!index || !cell) return null;
  const { rows } = index;
  const r = cell.row;
  const row = rows[r]!;

  // Row header: the nearest text cell to the left; a units cell («чел.», «%») is not one, but «%» tells sense.
  let rowHeader = '';
  let unit = '';
  for (let i = row.cells.indexOf(cell) - 1; i >= 0; i--) {
    const c = row.cells[i]!;
    if (c.control || !isLabelText(c.text)) continue;
    if (UNIT_CELL.test(c.text)) {
      unit ||= c.text;
      continue;
    }
    rowHeader = c.text;
    break;
  }
  // The unit column says what kind of figure the row holds («%» is a share, «чел.» a count).
  if (unit && rowHeader && !rowHeader.toLowerCase().includes(unit.toLowerCase()))
    rowHeader = `${rowHeader}, ${unit}`;

  // A caption under the line.
  let below = '';
  const next = rows[r + 1];
  if (next?.underCaption) {
    const c = cellAt(next, cell.col);
    if (c && /^\(.+\)$/.test(c.text)) below = c.text;
  }

  // Column header: header levels above, top first; rows with controls are skipped, a caption row ends it.
  const levels: string[] = [];
  let sectionCaption = '';
  for (let i = r - 1; i >= 0; i--) {
    const hr = rows[i];
    if (!hr) continue;
    if (hr.caption) {
      sectionCaption = hr.caption;
      break;
    }
    if (hr.marker || hr.underCaption) continue;
    if (hr.hasControl) {
      if (levels.length) break;
      continue;
    }
    const hc = cellAt(hr, cell.col);
    if (!hc || !isLabelText(hc.text) || hc.text === rowHeader) continue;
    if (levels[0] !== hc.text) levels.unshift(hc.text);
  }
  if (!sectionCaption) {
    for (let i = r - 1; i >= 0; i--) {
      if (rows[i]?.caption) {
        sectionCaption = rows[i]!.caption!;
        break;
      }
    }
  }
  const column = levels.join(', ').replace(/,\s*,/g, ',');

  // Parent rows: by numbering («1.1.1» → «1.1» → «1»), else a lower-case or «в том числе» row → the row above.
  const lead: string[] = [];
  const context: string[] = [];
  if (row.number?.includes('.')) {
    const parts = row.number.split('.');
    for (let n = parts.length - 1; n >= 1; n--) {
      const p = index.byNumber.get(parts.slice(0, n).join('.'));
      if (p !== undefined && rows[p]!.label) lead.push(rows[p]!.label);
    }
  } else if (row.label && (CONTINUATION.test(row.label) || rows[r - 1]?.marker)) {
    for (let i = r - 1; i >= 0; i--) {
      const pr = rows[i];
      if (!pr || pr.caption) break;
      if (pr.marker || !pr.label || !pr.hasControl) continue;
      if (!CONTINUATION.test(pr.label)) {
        lead.push(pr.label);
        break;
      }
    }
  }
  if (sectionCaption) context.push(sectionCaption);
  if (below) {
    const above = rows
      .slice(0, r)
      .reverse()
      .find((x) => x && !x.hasControl && x.label && !x.underCaption);
    return { row: below, column: '', lead: above ? [above.label] : [], context };
  }
  if (!rowHeader && !column)
    return lead.length || context.length ? { row: '', column: '', lead, context } : null;
  return { row: rowHeader, column, lead, context };
}

// ---------------------------------------------------------------- captions of sections

function isHeading(el: Element): boolean {
  return el.matches(HEADING_SELECTOR) && !el.querySelector(CONTROL_SELECTOR);
}

/** A container's section captions: its first one, and for each child the nearest one before it. */
interface Captions {
  first: string | undefined;
  before: Map<Element, string>;
}

/**
 * Captions among a container's children, read once per container: for each child, the last caption before it
 * (a child's position is not searched for again per field: a form of 300 fields in one container made that
 * quadratic).
 */
function captionsOf(container: Element | ShadowRoot): Captions {
  const cached = captionCache.get(container);
  if (cached) return cached;
  const out: Captions = { first: undefined, before: new Map() };
  let last: string | undefined;
  for (const child of Array.from(container.children)) {
    if (last !== undefined) out.before.set(child, last);
    let h: Element | null = null;
    if (isHeading(child)) h = child;
    else if (!child.querySelector(CONTROL_SELECTOR)) {
      const inner = child.querySelector(HEADING_SELECTOR);
      if (inner && !inner.querySelector(CONTROL_SELECTOR)) h = inner;
    }
    const text = h ? clean(readText(h)) : '';
    if (text && text.length <= 200) {
      last = text;
      out.first ??= text;
    }
  }
  captionCache.set(container, out);
  return out;
}

/**
 * Section captions above a control, nearest first: the heading that precedes its branch in each ancestor
 * (a fieldset's legend, a card's header, an `<h2>`), and the title a shadow host keeps in its shadow root
 * for the children slotted into it.
 */
export function sectionCaptions(el: Element, max = 2): string[] {
  const out: string[] = [];
  const add = (t: string | undefined) => {
    if (t && !out.includes(t)) out.push(t);
  };
  let child: Element = el;
  for (let cur = parentOf(el); cur && out.length < max; child = cur, cur = parentOf(cur)) {
    if (cur.tagName === 'BODY' || cur.tagName === 'HTML') break;
    if (child.parentElement === cur) {
      add(captionsOf(cur).before.get(child));
      if (cur.shadowRoot) add(captionsOf(cur.shadowRoot).first);
    } else if (cur.shadowRoot && child.getRootNode() === cur.shadowRoot) {
      add(captionsOf(cur.shadowRoot).before.get(child));
    }
  }
  return out.slice(0, max);
}

// ---------------------------------------------------------------- text before a control

/** Text just before the control in document order, within its block, as a person reads «Label: [___]». */
export function precedingText(el: Element): { text: string; heading: boolean } {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 4; depth++) {
    let sib: Node | null = cur.previousSibling;
    while (sib) {
      if (sib.nodeType === 1) {
        const e = sib as Element;
        if (isHint(e)) {
          sib = sib.previousSibling;
          continue;
        }
        // A section heading names a group of questions, not this one.
        if (isHeading(e)) return { text: clean(readText(e)), heading: true };
        if (e.matches(CONTROL_SELECTOR) || e.querySelector(CONTROL_SELECTOR))
          return { text: '', heading: false };
      }
      const t = sib.nodeType === 3 ? (sib.nodeValue ?? '').trim() : readText(sib);
      if (t && !/^[+−–-]$/.test(t)) return { text: clean(t), heading: false };
      sib = sib.previousSibling;
    }
    cur = parentOf(cur);
    if (cur && /^(FORM|BODY|TABLE|TR|TBODY|SECTION|FIELDSET)$/.test(cur.tagName)) break;
  }
  return { text: '', heading: false };
}

export interface ReadLabel {
  label: string;
  source: LabelSource;
  row?: string;
  column?: string;
  /**
   * What the label is a part of, nearest first: parent rows («1.1» under «1», «из них…»), the fieldset's
   * legend, the question a sub-label (a grid row, one box of several) belongs to. Read as the label's words.
   */
  lead?: string[];
  /** Section captions above: what the field is about, in broad terms. */
  context?: string[];
}

/** A caption naming several things: «Пары и группы», «Организация и ответственный», «Кадры, контингент». */
const SEVERAL = /\s(и|или)\s|,/;

interface Around {
  lead: string[];
  context: string[];
}

const NONE: Around = { lead: [], context: [] };

function withContext(read: ReadLabel, el: Element, around: Around = NONE): ReadLabel {
  const seen = new Set([read.label, read.row, read.column].filter(Boolean).map((t) => t!.toLowerCase()));
  const lists: Around = { lead: [], context: [] };
  const push = (t: string, to: 'lead' | 'context') => {
    const k = t.toLowerCase();
    if (t && !seen.has(k)) {
      seen.add(k);
      lists[to].push(t);
    }
  };
  for (const t of around.lead) push(t, 'lead');
  if (read.source !== 'question') push(enclosingQuestion(el), 'lead');
  // A fieldset's legend captions the controls inside it (HTML: «the caption for the rest of the fieldset»):
  // one subject («Наставники») is part of each label; a list of several («Пары и группы») is a section title.
  const legend = el.closest('fieldset')?.querySelector(':scope > legend');
  const legendText = legend ? clean(readText(legend)) : '';
  if (legendText)
    push(
      legendText,
      SEVERAL.test(legendText.replace(/\([^)]*\)|,\s*(чел|ед|шт|%)\.?$/g, '')) ? 'context' : 'lead',
    );
  for (const t of around.context) push(t, 'context');
  for (const t of sectionCaptions(el)) push(t, 'context');
  return {
    ...read,
    ...(lists.lead.length ? { lead: lists.lead.slice(0, 3) } : {}),
    ...(lists.context.length ? { context: lists.context.slice(0, 3) } : {}),
  };
}

/** The label of a control the way a person reads it, most explicit source first, with its context. */
export function readLabel(el: Element, groupLabel?: ReadLabel | null): ReadLabel {
  if (groupLabel?.label) return groupLabel;
  const th = tableHeaders(el);
  const tableContext: Around = th ? { lead: th.lead, context: th.context } : NONE;
  const lf = labelFor(el);
  if (lf) return withContext({ label: clean(lf), source: 'label-for' }, el, tableContext);
  const wrap = wrappingLabel(el);
  if (wrap) return withContext({ label: clean(wrap), source: 'label-wrap' }, el, tableContext);
  const aria = ariaLabel(el);
  if (aria) return withContext({ label: clean(aria), source: 'aria' }, el, tableContext);
  if (th && (th.row || th.column)) {
    const label = [th.row, th.column].filter(Boolean).join(' — ');
    return withContext({ label, source: 'table', row: th.row, column: th.column }, el, tableContext);
  }
  const q = questionTitle(el);
  if (q) return withContext({ label: q, source: 'question' }, el, tableContext);
  const pre = precedingText(el);
  const ph = (el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '').trim();
  // A section caption before a field is its context; the field's own placeholder is its label.
  if (pre.text && !pre.heading)
    return withContext({ label: pre.text, source: 'preceding-text' }, el, tableContext);
  if (ph && !/^[\d\s.,_()+-]*$/.test(ph) && !/^(https?:|дд|гггг|\+7)/i.test(ph))
    return withContext({ label: ph, source: 'placeholder' }, el, {
      lead: tableContext.lead,
      context: [pre.text, ...tableContext.context],
    });
  if (pre.text) return withContext({ label: pre.text, source: 'preceding-text' }, el, tableContext);
  const name = el.getAttribute('name') ?? el.getAttribute('id') ?? '';
  return withContext({ label: name, source: 'name' }, el, tableContext);
}

/** A group's label (radio group, checkbox group, ARIA radiogroup): legend, aria, question title, table, text. */
export function readGroupLabel(container: Element | null, first: Element): ReadLabel | null {
  const th = tableHeaders(first);
  const tableContext: Around = th ? { lead: th.lead, context: th.context } : NONE;
  const at = container ?? first;
  if (container) {
    const aria = ariaLabel(container);
    if (aria) return withContext({ label: clean(aria), source: 'aria' }, at, tableContext);
    if (container.tagName === 'FIELDSET') {
      const legend = container.querySelector('legend');
      if (legend)
        return withContext({ label: clean(readText(legend)), source: 'question' }, at, tableContext);
    }
  }
  if (th && (th.row || th.column)) {
    const label = [th.row, th.column].filter(Boolean).join(' — ');
    return withContext({ label, source: 'table', row: th.row, column: th.column }, at, tableContext);
  }
  const q = questionTitle(at);
  if (q) return withContext({ label: q, source: 'question' }, at, tableContext);
  const pre = precedingText(at);
  if (pre.text) return withContext({ label: pre.text, source: 'preceding-text' }, at, tableContext);
  return null;
}

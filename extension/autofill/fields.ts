/** Finding the fillable fields of a page: inputs, selects, comboboxes, switches, contenteditable cells, through open shadow roots and same-origin frames. */
import { normalizeText } from '../../shared/text';
import {
  precedingText,
  QUESTION_SELECTOR,
  type ReadLabel,
  readGroupLabel,
  readLabel,
  readText,
} from './labels';
import type { FieldKind, FieldOption, FoundField } from './types';
import { withVisibilityCache } from './visibility';

const TEXT_TYPES = new Set(['', 'text', 'email', 'url', 'tel', 'search']);
const YES_NO = /^(да|нет|yes|no|есть|имеется|отсутствует)$/;
/** Only the words a switch shows for its states. */
const STATE_WORDS = /^((да|нет|вкл|выкл|on|off|yes|no)( |$))+$/;

/** Every document and open shadow root under `root`, same-origin iframes included (cross-origin are skipped). */
export function collectRoots(root: Document | Element | ShadowRoot): (Document | Element | ShadowRoot)[] {
  const out: (Document | Element | ShadowRoot)[] = [];
  const visit = (r: Document | Element | ShadowRoot) => {
    out.push(r);
    for (const el of Array.from(r.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument;
        } catch {
          doc = null;
        }
        if (doc?.documentElement) visit(doc);
      }
    }
  };
  visit(root);
  return out;
}

function cssString(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

function isDisabled(el: Element): boolean {
  if ((el as HTMLInputElement).disabled) return true;
  if (el.closest('fieldset:disabled')) return true;
  return el.closest('[aria-disabled=true]') !== null;
}

function isReadOnly(el: Element): boolean {
  if ((el as HTMLInputElement).readOnly) return true;
  return el.getAttribute('aria-readonly') === 'true';
}

function optionText(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const data = el.getAttribute('data-value');
  const text = readText(el);
  if (text) return text;
  if (data) return data;
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    const lbl = input.labels?.[0] ?? el.closest('label');
    if (lbl) return readText(lbl);
    // «<input type=radio> Да» without a label element: the text right after it.
    const next = el.nextSibling;
    if (next?.nodeType === 3 && next.nodeValue?.trim()) return next.nodeValue.trim();
    if (next?.nodeType === 1) return readText(next);
    return input.value;
  }
  return '';
}

/** The popup a combobox controls (WAI-ARIA aria-controls / aria-owns), wherever the page put it. */
function controlled(widget: Element): Element | null {
  const root = widget.getRootNode() as Document | ShadowRoot;
  for (const attr of ['aria-controls', 'aria-owns']) {
    const id = widget.getAttribute(attr);
    const target = id ? (root.getElementById?.(id) ?? widget.ownerDocument.getElementById(id)) : null;
    if (target) return target;
  }
  return null;
}

function listOptions(widget: Element): Element[] {
  const own = Array.from(widget.querySelectorAll('[role=option]'));
  if (own.length) return own;
  const target = controlled(widget);
  return target ? Array.from(target.querySelectorAll('[role=option]')) : [];
}

/**
 * Popups that comboboxes control: their lists are the comboboxes' options, not fields of their own. Element
 * Plus and similar libraries append the popup to <body>, hidden until opened (WAI-ARIA combobox pattern).
 */
function controlledPopups(r: Document | Element | ShadowRoot): Set<Element> {
  const out = new Set<Element>();
  for (const w of Array.from(r.querySelectorAll('[aria-controls], [aria-owns]'))) {
    const t = controlled(w);
    if (t && t !== w && !t.contains(w)) out.add(t);
  }
  return out;
}

function insidePopup(el: Element, popups: Set<Element>): boolean {
  if (!popups.size) return false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (popups.has(cur)) return true;
  return false;
}

/** A native input that is the inner part of an ARIA widget (an el-switch's hidden checkbox). */
const WIDGET_ROLE = '[role=switch], [role=checkbox], [role=radio], [role=option]';

function signatureOf(kind: FieldKind, label: string, el: Element): string {
  const family = kind
    .replace(/^aria-/, '')
    .replace(/^(number|textarea|date|contenteditable|textbox)$/, 'text');
  const key = normalizeText(label) || `#${el.getAttribute('name') ?? el.getAttribute('id') ?? ''}`;
  return `${family}:${key}`;
}

const OTHER_FIELDS =
  'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, [role=textbox], [role=listbox], [role=combobox]';

/**
 * The container of a group of choices (fieldset, radiogroup, form-builder question, table row) — only when
 * it holds nothing but this group; a fieldset around a whole section does not name one question.
 */
function groupContainer(first: Element): Element | null {
  const name = first.getAttribute('name');
  const box = first.closest('fieldset, [role=radiogroup], ' + QUESTION_SELECTOR);
  if (box) {
    const names = new Set(
      Array.from(box.querySelectorAll('input[type=radio], input[type=checkbox]')).map((i) =>
        i.getAttribute('name'),
      ),
    );
    if (!box.querySelector(OTHER_FIELDS) && names.size <= 1 && (!name || names.size === 0 || names.has(name)))
      return box;
  }
  return first.closest('tr');
}

/**
 * Finds the fields of a page. `isVisible` decides whether a person can see each one; the page's styles and
 * boxes are read once for the whole pass.
 */
export function findFields(
  root: Document | Element | ShadowRoot,
  isVisible: (el: Element) => boolean,
): FoundField[] {
  return withVisibilityCache(() => collectFields(root, isVisible));
}

function collectFields(
  root: Document | Element | ShadowRoot,
  isVisible: (el: Element) => boolean,
): FoundField[] {
  const fields: FoundField[] = [];
  const add = (
    kind: FieldKind,
    element: Element,
    read: ReadLabel,
    options: FieldOption[] = [],
    visibleEl: Element = element,
  ) => {
    fields.push({
      kind,
      element,
      options,
      label: read.label,
      labelSource: read.source,
      ...(read.row !== undefined ? { row: read.row } : {}),
      ...(read.column !== undefined ? { column: read.column } : {}),
      ...(read.lead?.length ? { lead: read.lead } : {}),
      ...(read.context?.length ? { context: read.context } : {}),
      signature: signatureOf(kind, read.label, element),
      disabled: isDisabled(element),
      readOnly: isReadOnly(element),
      visible: isVisible(visibleEl),
    });
  };

  for (const r of collectRoots(root)) {
    const radioGroups = new Map<string, FoundField>();
    const checkboxesByName = new Map<string, HTMLInputElement[]>();
    const seenAriaRadio = new Set<Element>();
    const popups = controlledPopups(r);
    for (const el of Array.from(r.querySelectorAll('*'))) {
      if (el.closest('[data-nastavnik-overlay]')) continue;
      const tag = el.tagName;
      const role = el.getAttribute('role');
      if (tag === 'INPUT') {
        const input = el as HTMLInputElement;
        const type = (input.getAttribute('type') ?? '').toLowerCase();
        if (el.parentElement?.closest(WIDGET_ROLE)) continue;
        if (role === 'combobox') {
          // A read-only input that opens a list (el-select): a choice, picked by clicking, not typed.
          const opts = listOptions(el);
          if (opts.length) {
            add(
              'aria-listbox',
              el,
              readLabel(el),
              opts.map((o) => ({ text: optionText(o), element: o })),
            );
            fields[fields.length - 1]!.readOnly = false;
            continue;
          }
        }
        if (type === 'radio') {
          // Radios with one name form one question; kept in place so the plan follows page order.
          const key = input.name || `#${fields.length}`;
          const group = radioGroups.get(key);
          const option = { text: optionText(input), element: input as Element };
          if (group) {
            group.options.push(option);
            group.disabled &&= isDisabled(input);
            group.visible ||= isVisible(input);
          } else {
            const read = readGroupLabel(groupContainer(input), input) ?? readLabel(input);
            add('radio', input, read, [option]);
            radioGroups.set(key, fields[fields.length - 1]!);
          }
        } else if (type === 'checkbox') {
          const list = checkboxesByName.get(input.name) ?? [];
          if (!list.length && input.name) checkboxesByName.set(input.name, list);
          list.push(input);
          const own = readLabel(el);
          const yesNo = YES_NO.test(normalizeText(own.label));
          const read = yesNo || own.source === 'name' ? (readGroupLabel(groupContainer(el), el) ?? own) : own;
          add('checkbox', el, read);
        } else if (type === 'number') add('number', el, readLabel(el));
        else if (type === 'date') add('date', el, readLabel(el));
        else if (
          TEXT_TYPES.has(type) ||
          !/^(hidden|submit|button|reset|image|file|password|range|color)$/.test(type)
        )
          add('text', el, readLabel(el));
        continue;
      }
      if (tag === 'TEXTAREA') {
        add('textarea', el, readLabel(el));
        continue;
      }
      if (tag === 'SELECT') {
        const opts = Array.from((el as HTMLSelectElement).options).map((o) => ({
          text: (o.textContent ?? '').replace(/\s+/g, ' ').trim() || o.value,
          element: o as Element,
        }));
        add('select', el, readLabel(el), opts);
        continue;
      }
      if (role === 'radiogroup') {
        const radios = Array.from(el.querySelectorAll('[role=radio]'));
        for (const rd of radios) seenAriaRadio.add(rd);
        const read = readGroupLabel(el, radios[0] ?? el) ?? readLabel(el);
        add(
          'aria-radio',
          el,
          read,
          radios.map((x) => ({ text: optionText(x), element: x })),
          radios[0] ?? el,
        );
        continue;
      }
      if (role === 'radio' && !seenAriaRadio.has(el) && !el.closest('[role=radiogroup]')) {
        const container = groupContainer(el);
        const radios = container ? Array.from(container.querySelectorAll('[role=radio]')) : [el];
        for (const rd of radios) seenAriaRadio.add(rd);
        const read = readGroupLabel(container, el) ?? readLabel(el);
        add(
          'aria-radio',
          container ?? el,
          read,
          radios.map((x) => ({ text: optionText(x), element: x })),
          el,
        );
        continue;
      }
      if (role === 'checkbox' || role === 'switch') {
        const own = readLabel(el);
        const yesNo = YES_NO.test(normalizeText(own.label));
        let read = yesNo ? (readGroupLabel(groupContainer(el), el) ?? own) : own;
        // A switch shows its states («Нет» / «Да», «Вкл» / «Выкл») inside itself; its name is the text
        // before it in its row (Element Plus el-switch, Material slide toggles).
        if (role === 'switch' && STATE_WORDS.test(normalizeText(read.label))) {
          const pre = precedingText(el).text;
          if (pre) read = { label: pre, source: 'preceding-text' };
        }
        add('aria-checkbox', el, read);
        continue;
      }
      if (role === 'listbox' || role === 'combobox') {
        if (el.parentElement?.closest('[role=listbox], [role=combobox]')) continue;
        if (insidePopup(el, popups)) continue;
        // A combobox's popup list belongs to the combobox, not a field of its own.
        if (
          el.id &&
          r.querySelector(`[aria-controls="${cssString(el.id)}"], [aria-owns="${cssString(el.id)}"]`)
        )
          continue;
        const opts = listOptions(el).map((o) => ({ text: optionText(o), element: o }));
        add('aria-listbox', el, readLabel(el), opts);
        continue;
      }
      if (role === 'textbox' && !el.parentElement?.closest('[role=textbox]')) {
        add('aria-textbox', el, readLabel(el));
        continue;
      }
      const ce = el.getAttribute('contenteditable');
      if (
        (ce === '' || ce === 'true' || ce === 'plaintext-only') &&
        !el.parentElement?.closest('[contenteditable]')
      ) {
        add('contenteditable', el, readLabel(el));
      }
    }
  }
  distinctSignatures(fields);
  return fields;
}

/**
 * Two fields with the same label («Всего, чел.» under «Наставники» and under «Наставляемые») must not share
 * a remembered correction: the second and later get their ordinal on the page, the first keeps the plain one.
 */
function distinctSignatures(fields: FoundField[]): void {
  const seen = new Map<string, number>();
  for (const f of fields) {
    const n = (seen.get(f.signature) ?? 0) + 1;
    seen.set(f.signature, n);
    if (n > 1) f.signature = `${f.signature} (${n})`;
  }
}

/** Filling a planned page: values set the way a browser's own autofill sets them (native setters, pointer and input events), and undo. */
import { normalizeText } from '../../shared/text';
import { planFill } from './plan';
import type { FillPlan, FillResult, PlannedField, PlanOptions, ReportPackage } from './types';

type Win = Window & typeof globalThis;

function winOf(el: Element): Win {
  return el.ownerDocument.defaultView as Win;
}

const setters = new WeakMap<object, (v: string) => void>();

/** Sets `value` through the prototype's setter, so React-style value trackers see a real change. */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const own = Object.getPrototypeOf(el) as object;
  let setter = setters.get(own);
  if (!setter) {
    for (let proto: object | null = own; proto && !setter; proto = Object.getPrototypeOf(proto))
      setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set as ((v: string) => void) | undefined;
    setter ??= function (this: HTMLInputElement, v: string) {
      this.value = v;
    };
    setters.set(own, setter);
  }
  setter.call(el, value);
}

/**
 * Dispatches one event of the kind a browser would. `composed` lets it cross shadow-root boundaries, so a
 * web component's host hears what happened in its shadow tree (DOM Standard, «composed» flag).
 */
function fire(el: Element, type: string, init: EventInit | InputEventInit | KeyboardEventInit = {}): boolean {
  const w = winOf(el);
  const Ctor =
    (type === 'input' || type === 'beforeinput') && w.InputEvent
      ? w.InputEvent
      : type === 'keydown' || type === 'keyup'
        ? w.KeyboardEvent
        : type === 'blur' || type === 'focusout' || type === 'focus' || type === 'focusin'
          ? w.FocusEvent
          : w.Event;
  return el.dispatchEvent(
    new Ctor(type, {
      bubbles: type !== 'blur' && type !== 'focus',
      cancelable: type === 'beforeinput' || type === 'keydown',
      composed: true,
      ...init,
    }),
  );
}

/**
 * Focus as the page hears it, without moving the real focus: moving it makes the browser restyle and
 * scroll for every field (the speed figures), while pages listen to the events, not the state.
 */
function focus(el: Element): void {
  fire(el, 'focus');
  fire(el, 'focusin');
}

function blur(el: Element): void {
  fire(el, 'blur');
  fire(el, 'focusout');
}

/** A click the way a pointer makes it: pointer and mouse events, then click. */
function press(el: Element): void {
  const w = winOf(el);
  const opts = { bubbles: true, cancelable: true, composed: true, view: w } as MouseEventInit;
  if (w.PointerEvent) el.dispatchEvent(new w.PointerEvent('pointerdown', opts));
  el.dispatchEvent(new w.MouseEvent('mousedown', opts));
  if (w.PointerEvent) el.dispatchEvent(new w.PointerEvent('pointerup', opts));
  el.dispatchEvent(new w.MouseEvent('mouseup', opts));
  (el as HTMLElement).click();
}

/**
 * What a browser's own autofill sends when it replaces a field's text: key events with an unidentified
 * key, beforeinput and input of type insertReplacementText (Input Events Level 2), change, then blur.
 * A page that cancels beforeinput refuses the text, as it would refuse typing.
 */
function typeInto(el: Element, value: string, write: () => void): void {
  focus(el);
  const key = { key: 'Unidentified', bubbles: true, cancelable: true, composed: true };
  fire(el, 'keydown', key);
  const edit: InputEventInit = { data: value, inputType: 'insertReplacementText' };
  if (fire(el, 'beforeinput', edit)) {
    write();
    fire(el, 'input', edit);
  }
  fire(el, 'keyup', key);
  fire(el, 'change');
  blur(el);
}

function setText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  typeInto(el, value, () => setNativeValue(el, value));
}

function setEditable(el: Element, value: string): void {
  typeInto(el, value, () => {
    el.textContent = value;
  });
}

function optionElement(p: PlannedField, text: string): Element | null {
  const want = normalizeText(text);
  return p.options.find((o) => normalizeText(o.text) === want)?.element ?? null;
}

/** Applies one field; returns how to put it back. */
function applyOne(p: PlannedField): () => void {
  const el = p.element;
  const value = p.value;
  switch (p.kind) {
    case 'checkbox': {
      const box = el as HTMLInputElement;
      const before = box.checked;
      if (box.checked !== value) press(box);
      return () => {
        if (box.checked !== before) press(box);
      };
    }
    case 'aria-checkbox': {
      const before = el.getAttribute('aria-checked') === 'true';
      if (before !== value) press(el);
      return () => {
        if ((el.getAttribute('aria-checked') === 'true') !== before) press(el);
      };
    }
    case 'radio': {
      const before = p.options.find((o) => (o.element as HTMLInputElement).checked)?.element as
        | HTMLInputElement
        | undefined;
      const target = optionElement(p, String(value)) as HTMLInputElement | null;
      if (!target) throw new Error('нет такого варианта ответа');
      if (!target.checked) press(target);
      return () => {
        if (before) {
          if (!before.checked) press(before);
        } else if (target.checked) {
          target.checked = false;
          fire(target, 'input');
          fire(target, 'change');
        }
      };
    }
    case 'aria-radio': {
      const before = p.options.find((o) => o.element.getAttribute('aria-checked') === 'true')?.element;
      const target = optionElement(p, String(value));
      if (!target) throw new Error('нет такого варианта ответа');
      if (target.getAttribute('aria-checked') !== 'true') press(target);
      return () => {
        if (before) press(before);
        // Form builders cannot untick a radio; without a previous answer the attribute is reset.
        else target.setAttribute('aria-checked', 'false');
      };
    }
    case 'select': {
      const sel = el as HTMLSelectElement;
      const before = sel.selectedIndex;
      const target = optionElement(p, String(value)) as HTMLOptionElement | null;
      if (!target) throw new Error('нет такого варианта ответа');
      focus(sel);
      setNativeValue(sel, target.value);
      sel.selectedIndex = Array.from(sel.options).indexOf(target);
      fire(sel, 'input');
      fire(sel, 'change');
      blur(sel);
      return () => {
        sel.selectedIndex = before;
        fire(sel, 'input');
        fire(sel, 'change');
      };
    }
    case 'aria-listbox': {
      const before = p.options.find((o) => o.element.getAttribute('aria-selected') === 'true')?.element;
      const target = optionElement(p, String(value));
      if (!target) throw new Error('нет такого варианта ответа');
      // Open the list as a person would, then pick the option.
      if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-expanded') === 'false') press(el);
      press(target);
      return () => {
        if (before) {
          if (el.getAttribute('role') === 'combobox') press(el);
          press(before);
        }
      };
    }
    case 'contenteditable':
    case 'aria-textbox': {
      const before = el.textContent ?? '';
      setEditable(el, String(value));
      return () => setEditable(el, before);
    }
    default: {
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      const before = input.value;
      setText(input, String(value));
      return () => setText(input, before);
    }
  }
}

/**
 * Puts the planned values into the page, the way a person's typing and clicking would, field by field.
 * Only fields planned as `fill` are touched; nothing is submitted. The result can undo it.
 */
export function applyFill(plan: FillPlan): FillResult {
  const undos: (() => void)[] = [];
  const failed: { index: number; error: string }[] = [];
  for (const p of plan.fields) {
    if (p.action !== 'fill' || p.value === null) continue;
    const el = p.element;
    // The page may have changed since planning: re-check what must never be filled.
    // (A read-only input that opens a list is picked from the list, not typed into.)
    const typed = p.kind !== 'aria-listbox';
    if (
      !el.isConnected ||
      (el as HTMLInputElement).disabled ||
      (typed && (el as HTMLInputElement).readOnly)
    ) {
      failed.push({ index: p.index, error: 'поле исчезло или стало недоступно' });
      continue;
    }
    try {
      undos.push(applyOne(p));
    } catch (e) {
      failed.push({ index: p.index, error: e instanceof Error ? e.message : String(e) });
    }
  }
  let undone = false;
  return {
    filled: undos.length,
    failed,
    undo: () => {
      if (undone) return 0;
      undone = true;
      for (const u of [...undos].reverse()) u();
      return undos.length;
    },
  };
}

const CHOICE_KINDS = new Set(['radio', 'checkbox', 'select', 'aria-radio', 'aria-checkbox', 'aria-listbox']);

/**
 * Plans and fills the page, then again while the last round picked a choice: a «Да» that shows the link
 * field under it, a form that enables the next question. Fields revealed that way were hidden when first
 * planned. At most `rounds` rounds; one undo puts back all of them.
 */
export function fillPage(
  root: Document | Element | ShadowRoot,
  report: ReportPackage,
  options: PlanOptions = {},
  rounds = 3,
): { plan: FillPlan; result: FillResult } {
  const plan = planFill(root, report, options);
  let result = applyFill(plan);
  let current = plan;
  for (let i = 1; i < rounds; i++) {
    const picked = current.fields.some((f) => f.action === 'fill' && CHOICE_KINDS.has(f.kind));
    if (!picked) break;
    current = planFill(root, report, options);
    if (!current.fields.some((f) => f.action === 'fill')) break;
    const more = applyFill(current);
    const before = result;
    result = {
      filled: before.filled + more.filled,
      failed: [...before.failed, ...more.failed],
      undo: () => more.undo() + before.undo(),
    };
  }
  return { plan, result };
}

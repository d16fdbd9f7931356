import { normalizeText } from '../../shared/sheets/normalize';
import type { FillPlan, FillResult, PlannedField } from './types';

type Win = Window & typeof globalThis;

function winOf(el: Element): Win {
  return el.ownerDocument.defaultView as Win;
}

/** Sets `value` through the prototype's setter, so React-style value trackers see a real change. */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) {
      desc.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  el.value = value;
}

function fire(el: Element, type: string, init: EventInit = {}): void {
  const w = winOf(el);
  const Ctor =
    type === 'input' && w.InputEvent
      ? w.InputEvent
      : type === 'blur' || type === 'focusout' || type === 'focus' || type === 'focusin'
        ? w.FocusEvent
        : w.Event;
  el.dispatchEvent(
    new Ctor(type, {
      bubbles: type !== 'blur' && type !== 'focus',
      cancelable: false,
      composed: true,
      ...init,
    }),
  );
}

/** Runs a native focus/blur; fires the events by hand only where the browser did not (background tab). */
function nativeOr(el: Element, type: 'focus' | 'blur', run: () => void): void {
  let seen = false;
  const mark = () => {
    seen = true;
  };
  el.addEventListener(type, mark, { once: true });
  run();
  el.removeEventListener(type, mark);
  if (!seen) {
    fire(el, type);
    fire(el, type === 'focus' ? 'focusin' : 'focusout');
  }
}

function focus(el: Element): void {
  nativeOr(el, 'focus', () => (el as HTMLElement).focus?.({ preventScroll: true } as FocusOptions));
}

function blur(el: Element): void {
  fire(el, 'change');
  nativeOr(el, 'blur', () => (el as HTMLElement).blur?.());
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

function setText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  focus(el);
  setNativeValue(el, value);
  fire(el, 'input', { data: value, inputType: 'insertText' } as InputEventInit);
  blur(el);
}

function setEditable(el: Element, value: string): void {
  focus(el);
  el.textContent = value;
  fire(el, 'input', { data: value, inputType: 'insertText' } as InputEventInit);
  blur(el);
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
    if (!el.isConnected || (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly) {
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

/** The two DOM helpers the dialogs without Preact share: an element by id, and an element with text only. */

export const $ = (id: string): HTMLElement => document.getElementById(id)!;

/** An element with text; user-visible text always goes through textContent, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  cls = '',
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

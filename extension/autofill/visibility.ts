/**
 * Visibility as a person sees it. Two checks: `styleVisibility` needs only computed styles (works in a DOM
 * library without layout); `layoutVisibility` adds geometry — zero size, clipped by an ancestor with
 * overflow, pushed off-screen, covered by another element — and needs a real browser.
 */

function win(el: Element): (Window & typeof globalThis) | null {
  return (el.ownerDocument?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

/** Parent across shadow-root boundaries. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** Hidden by markup or style: hidden attribute, aria-hidden, display:none, visibility, opacity 0. */
export function styleVisibility(el: Element): boolean {
  const w = win(el);
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
    if (cur.hasAttribute('hidden')) return false;
    if (cur.getAttribute('aria-hidden') === 'true') return false;
    if (cur.tagName === 'INPUT' && (cur as HTMLInputElement).type === 'hidden') return false;
    const style = w?.getComputedStyle(cur);
    if (!style) continue;
    if (style.display === 'none') return false;
    if (cur === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
    if (style.opacity !== '' && Number(style.opacity) === 0) return false;
  }
  return true;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Null when an ancestor cuts the element off; otherwise the part of it inside every scrolling ancestor's
 * view (what a person sees without scrolling those boxes).
 */
function clipByAncestors(el: Element, rect: DOMRect): Box | null {
  const w = win(el);
  const view: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  if (!w) return view;
  for (let cur = parentOf(el); cur; cur = parentOf(cur)) {
    const style = w.getComputedStyle(cur);
    const clipX = /(hidden|clip)/.test(style.overflowX);
    const clipY = /(hidden|clip)/.test(style.overflowY);
    const scrollX = /(scroll|auto)/.test(style.overflowX);
    const scrollY = /(scroll|auto)/.test(style.overflowY);
    if (
      style.clipPath &&
      style.clipPath !== 'none' &&
      /inset\(50%|circle\(0|polygon\(0px 0px\)/.test(style.clipPath)
    )
      return null;
    if (style.clip && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)) return null;
    if (!clipX && !clipY && !scrollX && !scrollY) continue;
    const box = cur.getBoundingClientRect();
    // A scrolling axis (a spreadsheet, a long list) shows what lies outside its view after a scroll; only a
    // box too small to scroll in hides it. A hidden/clip axis cuts it off (CSS Overflow 3).
    if ((scrollX || scrollY) && (box.width < 2 || box.height < 2)) return null;
    const overlapW = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
    const overlapH = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
    if ((clipX && overlapW < 2) || (clipY && overlapH < 2)) return null;
    view.left = Math.max(view.left, box.left);
    view.top = Math.max(view.top, box.top);
    view.right = Math.min(view.right, box.right);
    view.bottom = Math.min(view.bottom, box.bottom);
  }
  return view;
}

function coveredByOther(el: Element, rect: Box): boolean {
  const doc = el.ownerDocument;
  const w = win(el);
  if (!doc || !w) return false;
  // Only what is in the viewport can be probed; elsewhere the person would scroll to it.
  // A part scrolled out of its box's view cannot be probed either.
  if (rect.right - rect.left < 4 || rect.bottom - rect.top < 4) return false;
  const points: [number, number][] = [
    [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2],
    [rect.left + 2, rect.top + 2],
    [rect.right - 2, rect.bottom - 2],
  ];
  let probed = 0;
  let covered = 0;
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= w.innerWidth || y >= w.innerHeight) continue;
    probed++;
    // Probe in the field's own root, so a field in a shadow root is not hidden behind its host.
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = 'elementFromPoint' in root ? root.elementFromPoint(x, y) : doc.elementFromPoint(x, y);
    if (!hit) continue;
    if (hit === el || el.contains(hit) || hit.contains(el)) continue;
    // A label over its own control is not a cover.
    if (hit.closest('label') && hit.closest('label') === el.closest('label')) continue;
    const lbl = hit.closest('label') as HTMLLabelElement | null;
    if (lbl && lbl.control === el) continue;
    covered++;
  }
  return probed > 0 && covered === probed;
}

/** Style checks plus real geometry. Use in a browser. */
export function layoutVisibility(el: Element): boolean {
  if (!styleVisibility(el)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) {
    // A styled radio/checkbox hides its native input; its label is what the person sees.
    const type = (el as HTMLInputElement).type;
    if (el.tagName !== 'INPUT' || (type !== 'radio' && type !== 'checkbox')) return false;
    const label = (el as HTMLInputElement).labels?.[0];
    if (!label) return false;
    const lr = label.getBoundingClientRect();
    if (lr.width < 2 || lr.height < 2) return false;
    return clipByAncestors(label, lr) !== null;
  }
  const w = win(el);
  if (w) {
    const doc = el.ownerDocument.documentElement;
    if (rect.right + w.scrollX < 0 || rect.bottom + w.scrollY < 0) return false;
    if (rect.left + w.scrollX > Math.max(doc.scrollWidth, w.innerWidth) + 10) return false;
  }
  const view = clipByAncestors(el, rect);
  if (!view) return false;
  if (coveredByOther(el, view)) return false;
  return true;
}

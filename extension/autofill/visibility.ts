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

function clippedByAncestors(el: Element, rect: DOMRect): boolean {
  const w = win(el);
  if (!w) return false;
  for (let cur = parentOf(el); cur; cur = parentOf(cur)) {
    const style = w.getComputedStyle(cur);
    const clips = /(hidden|clip|scroll|auto)/.test(style.overflow + style.overflowX + style.overflowY);
    if (
      style.clipPath &&
      style.clipPath !== 'none' &&
      /inset\(50%|circle\(0|polygon\(0px 0px\)/.test(style.clipPath)
    )
      return true;
    if (style.clip && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)) return true;
    if (!clips) continue;
    const box = cur.getBoundingClientRect();
    const overlapW = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
    const overlapH = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
    if (overlapW < 2 || overlapH < 2) return true;
  }
  return false;
}

function coveredByOther(el: Element, rect: DOMRect): boolean {
  const doc = el.ownerDocument;
  const w = win(el);
  if (!doc || !w) return false;
  // Only what is in the viewport can be probed; elsewhere the person would scroll to it.
  const points: [number, number][] = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
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
    return !clippedByAncestors(label, lr);
  }
  const w = win(el);
  if (w) {
    const doc = el.ownerDocument.documentElement;
    if (rect.right + w.scrollX < 0 || rect.bottom + w.scrollY < 0) return false;
    if (rect.left + w.scrollX > Math.max(doc.scrollWidth, w.innerWidth) + 10) return false;
  }
  if (clippedByAncestors(el, rect)) return false;
  if (coveredByOther(el, rect)) return false;
  return true;
}

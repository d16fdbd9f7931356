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

interface AncestorInfo {
  clipX: boolean;
  clipY: boolean;
  scrollX: boolean;
  scrollY: boolean;
  /** clip-path / clip that leave nothing to see. */
  cut: boolean;
  box?: DOMRect;
}

/**
 * Answers kept for one pass over the page (findFields): every field walks up the same ancestors, so each
 * ancestor's style and box is read once, not once per field. Cleared after the pass: the page changes later.
 */
let pass: {
  shown: Map<Element, boolean>;
  info: Map<Element, AncestorInfo>;
  /** Ancestors that clip or scroll, nearest first: most have none, so a field walks only those. */
  clippers: Map<Element, Element[]>;
  /** The document's scroll width, read once (a layout read per field otherwise). */
  widths: Map<Document, number>;
} | null = null;

export function withVisibilityCache<T>(fn: () => T): T {
  if (pass) return fn();
  pass = { shown: new Map(), info: new Map(), clippers: new Map(), widths: new Map() };
  try {
    return fn();
  } finally {
    pass = null;
  }
}

/** The element and all its ancestors are rendered: no hidden, aria-hidden, display:none or opacity 0. */
function chainShown(el: Element, w: (Window & typeof globalThis) | null, own?: CSSStyleDeclaration): boolean {
  const known = pass?.shown.get(el);
  if (known !== undefined) return known;
  let shown = true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') shown = false;
  else if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') shown = false;
  else {
    const style = own ?? w?.getComputedStyle(el);
    if (style && (style.display === 'none' || (style.opacity !== '' && Number(style.opacity) === 0)))
      shown = false;
  }
  if (shown) {
    const parent = parentOf(el);
    shown = parent ? chainShown(parent, w) : true;
  }
  pass?.shown.set(el, shown);
  return shown;
}

/** Hidden by markup or style: hidden attribute, aria-hidden, display:none, visibility, opacity 0. */
export function styleVisibility(el: Element): boolean {
  const w = win(el);
  const style = w?.getComputedStyle(el);
  if (style && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  return chainShown(el, w, style);
}

function ancestorInfo(el: Element, w: Window & typeof globalThis): AncestorInfo {
  const known = pass?.info.get(el);
  if (known) return known;
  const style = w.getComputedStyle(el);
  const info: AncestorInfo = {
    clipX: /(hidden|clip)/.test(style.overflowX),
    clipY: /(hidden|clip)/.test(style.overflowY),
    scrollX: /(scroll|auto)/.test(style.overflowX),
    scrollY: /(scroll|auto)/.test(style.overflowY),
    cut:
      (!!style.clipPath &&
        style.clipPath !== 'none' &&
        /inset\(50%|circle\(0|polygon\(0px 0px\)/.test(style.clipPath)) ||
      (!!style.clip && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)),
  };
  pass?.info.set(el, info);
  return info;
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
  for (const cur of clippersOf(parentOf(el), w)) {
    const info = ancestorInfo(cur, w);
    if (info.cut) return null;
    const { clipX, clipY, scrollX, scrollY } = info;
    info.box ??= cur.getBoundingClientRect();
    const box = info.box;
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

/** `el` and its ancestors that cut off, clip or scroll, nearest first (each element's list built once per pass). */
function clippersOf(el: Element | null, w: Window & typeof globalThis): Element[] {
  if (!el) return [];
  const known = pass?.clippers.get(el);
  if (known) return known;
  const info = ancestorInfo(el, w);
  const above = clippersOf(parentOf(el), w);
  const out = info.cut || info.clipX || info.clipY || info.scrollX || info.scrollY ? [el, ...above] : above;
  pass?.clippers.set(el, out);
  return out;
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
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= w.innerWidth || y >= w.innerHeight) continue;
    probed++;
    // Probe in the field's own root, so a field in a shadow root is not hidden behind its host.
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = 'elementFromPoint' in root ? root.elementFromPoint(x, y) : doc.elementFromPoint(x, y);
    // Covered only when every probe is: the first free point answers, the rest are not probed (a hit test
    // each; probing all three of every free field was a tenth of planning time).
    if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return false;
    // A label over its own control is not a cover.
    const lbl = hit.closest('label') as HTMLLabelElement | null;
    if (lbl && (lbl === el.closest('label') || lbl.control === el)) return false;
  }
  return probed > 0;
}

function scrollWidth(doc: Document): number {
  let width = pass?.widths.get(doc);
  if (width === undefined) {
    width = doc.documentElement.scrollWidth;
    pass?.widths.set(doc, width);
  }
  return width;
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
    if (rect.right + w.scrollX < 0 || rect.bottom + w.scrollY < 0) return false;
    if (rect.left + w.scrollX > Math.max(scrollWidth(el.ownerDocument), w.innerWidth) + 10) return false;
  }
  const view = clipByAncestors(el, rect);
  if (!view) return false;
  if (coveredByOther(el, view)) return false;
  return true;
}

/** The preview on the page: each planned field outlined with its value and confidence, and removing those outlines. */
import type { FillPlan } from './types';

const HOST_ATTR = 'data-nastavnik-overlay';

function text(v: string | boolean | null): string {
  if (v === true) return '☑';
  if (v === false) return '☐';
  return v ?? '';
}

/**
 * Highlights every field of the plan with what will go in (green), what is matched but skipped (amber),
 * and what is not matched (grey). Drawn in a shadow root of its own so page styles do not reach it; text
 * only, never HTML. Returns a function that removes it.
 */
export function showPreview(plan: FillPlan): () => void {
  clearPreview(plan);
  const hosts = new Map<Document, HTMLElement>();
  const layer = (doc: Document) => {
    let host = hosts.get(doc);
    if (!host) {
      host = doc.createElement('div');
      host.setAttribute(HOST_ATTR, '');
      host.style.cssText =
        'position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none';
      host.attachShadow({ mode: 'open' });
      doc.documentElement.appendChild(host);
      hosts.set(doc, host);
    }
    return host.shadowRoot!;
  };
  for (const f of plan.fields) {
    if (!f.visible) continue;
    const doc = f.element.ownerDocument;
    const w = doc.defaultView;
    if (!w) continue;
    const rect = (
      f.options[0] && f.kind === 'radio' ? f.options[0].element : f.element
    ).getBoundingClientRect();
    const color = f.action === 'fill' ? '#1b8a3a' : f.indicator ? '#c77700' : '#888';
    const box = doc.createElement('div');
    box.setAttribute('data-index', String(f.index));
    box.style.cssText = `position:absolute;left:${rect.left + w.scrollX - 2}px;top:${rect.top + w.scrollY - 2}px;width:${Math.max(rect.width, 8) + 4}px;height:${Math.max(rect.height, 8) + 4}px;outline:2px solid ${color};border-radius:3px`;
    const badge = doc.createElement('div');
    badge.className = 'badge';
    badge.style.cssText = `position:absolute;left:0;bottom:100%;white-space:nowrap;font:12px sans-serif;background:${color};color:#fff;padding:1px 4px;border-radius:3px;max-width:420px;overflow:hidden;text-overflow:ellipsis`;
    badge.textContent =
      f.action === 'fill'
        ? `→ ${text(f.value)}`
        : f.indicatorLabel
          ? `${f.indicatorLabel}: ${f.reason}`
          : '?';
    box.appendChild(badge);
    layer(doc).appendChild(box);
  }
  return () => clearPreview(plan);
}

/** Removes the highlights from the page (and any frames of the plan). */
export function clearPreview(plan?: FillPlan): void {
  const docs = new Set<Document>();
  for (const f of plan?.fields ?? []) docs.add(f.element.ownerDocument);
  if (typeof document !== 'undefined') docs.add(document);
  for (const d of docs) for (const el of Array.from(d.querySelectorAll(`[${HOST_ATTR}]`))) el.remove();
}

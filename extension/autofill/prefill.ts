/** A pre-filled link for Google and Yandex Forms carrying the planned answers, for forms better opened than typed into. */
import type { FillPlan, PlannedField } from './types';

export interface PrefilledLink {
  service: 'google' | 'yandex';
  url: string;
  /** How many answers the link carries. */
  answers: number;
}

const YANDEX_NAME = /^answer_[a-z_]+_\d+$/;

function docOf(root: Document | Element | ShadowRoot): Document {
  return root.nodeType === 9
    ? (root as Document)
    : ((root as Element).ownerDocument ?? (root as unknown as Document));
}

function carries(p: PlannedField): boolean {
  return p.indicator !== null && p.value !== null && (p.action === 'fill' || p.reason === 'same-value');
}

function linkValue(p: PlannedField): string | null {
  if (typeof p.value === 'boolean') return p.value ? (p.kind.includes('checkbox') ? 'on' : 'Да') : null;
  return p.value;
}

/** Google Forms: each question holds `entry.<id>`, in a hidden input or in the item's data-params. */
function googleEntry(p: PlannedField): string | null {
  const item = p.element.closest('[role=listitem], [data-params]');
  if (!item) return null;
  const hidden = Array.from(item.querySelectorAll('input[name^="entry."]'))
    .map((i) => i.getAttribute('name')!)
    .find((n) => /^entry\.\d+$/.test(n));
  if (hidden) return hidden;
  const params = (item.matches('[data-params]') ? item : item.querySelector('[data-params]'))?.getAttribute(
    'data-params',
  );
  const m = params ? /\[\[(\d+),/.exec(params) : null;
  return m ? `entry.${m[1]}` : null;
}

function yandexName(p: PlannedField): string | null {
  const candidates = [p.element, ...p.options.map((o) => o.element)];
  for (const el of candidates) {
    const own = el.getAttribute('name') ?? el.getAttribute('data-question-id') ?? '';
    if (YANDEX_NAME.test(own)) return own;
    const inner = el.querySelector?.('[name^="answer_"]')?.getAttribute('name') ?? '';
    if (YANDEX_NAME.test(inner)) return inner;
    const q = el.closest('[data-question-id]')?.getAttribute('data-question-id') ?? '';
    if (YANDEX_NAME.test(q)) return q;
  }
  return null;
}

/**
 * The form's own pre-filled link for Google Forms (`viewform?usp=pp_url&entry.N=…`) and Yandex Forms
 * (answer parameters named by question id), built from the plan. Null when the page is neither.
 */
export function prefilledLink(root: Document | Element | ShadowRoot, plan: FillPlan): PrefilledLink | null {
  const doc = docOf(root);
  const googleForm = doc.querySelector('form[action*="/formResponse"]') as HTMLFormElement | null;
  const isGoogle = googleForm !== null || /docs\.google\.com\/forms/.test(doc.location?.href ?? '');
  if (isGoogle) {
    const base = googleForm
      ? (googleForm.getAttribute('action') ?? '').replace(/\/formResponse.*$/, '/viewform')
      : (doc.location?.href ?? '').replace(/[?#].*$/, '');
    const url = new URL(base, doc.baseURI);
    url.search = '';
    url.searchParams.set('usp', 'pp_url');
    let answers = 0;
    for (const p of plan.fields) {
      if (!carries(p)) continue;
      const entry = googleEntry(p);
      const v = linkValue(p);
      if (!entry || v === null) continue;
      url.searchParams.append(entry, v);
      answers++;
    }
    return { service: 'google', url: url.toString(), answers };
  }
  const isYandex =
    /forms\.yandex\./.test(doc.location?.href ?? '') ||
    doc.querySelector('[name^="answer_"], [data-question-id^="answer_"]') !== null;
  if (!isYandex) return null;
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  const url = new URL(canonical ?? doc.location?.href ?? '', doc.baseURI);
  url.search = '';
  url.hash = '';
  let answers = 0;
  for (const p of plan.fields) {
    if (!carries(p)) continue;
    const name = yandexName(p);
    const v = linkValue(p);
    if (!name || v === null) continue;
    url.searchParams.append(name, v);
    answers++;
  }
  return { service: 'yandex', url: url.toString(), answers };
}

import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectRoots } from '../../../extension/autofill/fields';
import type { FillPlan } from '../../../extension/autofill/types';
import { styleVisibility } from '../../../extension/autofill/visibility';
import { install } from '../fixtures/widgets.js';

export const FIXTURES = ['plain', 'table', 'google', 'yandex', 'sections'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url), 'utf8');
}

/** A fixture page in a fresh happy-dom window, with its widgets installed (scripts are not run by happy-dom). */
export function loadFixture(name: string, html = fixtureHtml(name)): { window: Window; document: Document } {
  const window = new Window({
    url: `http://127.0.0.1/${name}.html`,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableChildFrameNavigation: true },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  install(document);
  return { window, document };
}

/**
 * The DOM library has no layout: style checks decide, and the fixture marks where layout would hide a
 * honeypot (covered, clipped, zero-size, off-screen). The e2e test proves those with real geometry.
 */
export function domLibraryVisibility(el: Element): boolean {
  return styleVisibility(el) && !el.closest('[data-layout-honeypot]');
}

function expectationOf(el: Element): string | null {
  return el.getAttribute('data-expect') ?? el.closest('[data-expect]')?.getAttribute('data-expect') ?? null;
}

export interface Accuracy {
  /** Fields whose indicator is the expected one. */
  right: number;
  /** Fields the plan matched to some indicator. */
  found: number;
  /** Fields the fixture expects to be filled. */
  total: number;
  wrong: { label: string; got: string | null; expected: string | null }[];
}

/** Compares a plan with the fixture's `data-expect` marks (`none` = must stay empty). */
export function accuracy(root: Document, plan: FillPlan): Accuracy {
  const expected = collectRoots(root).flatMap((r) => Array.from(r.querySelectorAll('[data-expect]')));
  const total = expected.filter((e) => e.getAttribute('data-expect') !== 'none').length;
  let right = 0;
  let found = 0;
  const wrong: Accuracy['wrong'] = [];
  for (const f of plan.fields) {
    const exp = expectationOf(f.element) ?? (f.options[0] ? expectationOf(f.options[0].element) : null);
    if (f.indicator) found++;
    if (f.indicator && f.indicator === exp) right++;
    else if (f.indicator || (exp && exp !== 'none'))
      wrong.push({ label: f.label, got: f.indicator, expected: exp });
  }
  return { right, found, total, wrong };
}

// Plans a small page with the fields' indicators given by hand (as a person's saved corrections), so a test
// checks finding, units, widgets and events apart from label matching.
import { Window } from 'happy-dom';
import { findFields } from '../../../extension/autofill/fields';
import { planFill } from '../../../extension/autofill/plan';
import type { FillPlan } from '../../../extension/autofill/types';
import {
  REPORT_SCHEMA_VERSION,
  type ReportPackage,
  ReportPackage as ReportPackageSchema,
} from '../../../shared/model/report';
import { type IndicatorKey, indicatorDef } from '../../../shared/report/catalog';
import { domLibraryVisibility } from './fixtures';

/** A page in a fresh happy-dom window; its scripts do not run (tests attach the page's behaviour by hand). */
export function page(body: string): Document {
  const window = new Window({
    url: 'http://127.0.0.1/page.html',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
  });
  const document = window.document as unknown as Document;
  document.write(`<!doctype html><html><body>${body}</body></html>`);
  return document;
}

/** A school package holding exactly these catalog indicators. */
export function packageOf(values: Record<string, string | number | boolean | null>): ReportPackage {
  return ReportPackageSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'school',
    organisation: { name: 'МАОУ «Гимназия № 3» г. Северогорск' },
    period: { from: '2024-09-01', to: '2025-08-31', label: '2024/2025 учебный год' },
    generatedAt: '2024-12-16T10:00:00+05:00',
    indicators: Object.entries(values).map(([key, value]) => {
      const def = indicatorDef(key);
      if (!def) throw new Error(`нет показателя ${key}`);
      return { key, label: def.label, unit: def.unit, value };
    }),
  });
}

/** Plans `doc` with `assign` (CSS selector of a field or of one of its options → catalog key). */
export function planByHand(
  doc: Document,
  assign: Record<string, IndicatorKey>,
  values: Record<string, string | number | boolean | null>,
  isVisible: (el: Element) => boolean = domLibraryVisibility,
): FillPlan {
  const fields = findFields(doc, isVisible);
  const mappings: Record<string, IndicatorKey> = {};
  for (const [selector, key] of Object.entries(assign)) {
    const el = doc.querySelector(selector);
    const f = fields.find((x) => x.element === el || x.options.some((o) => o.element === el));
    if (!f) throw new Error(`поле ${selector} не найдено`);
    mappings[f.signature] = key;
  }
  // Nothing is matched by label: every assignment comes from `assign`.
  return planFill(doc, packageOf(values), { mappings, minConfidence: 2, isVisible });
}

/** The planned value of the field at `selector` (or holding the option at it). */
export function plannedValue(plan: FillPlan, doc: Document, selector: string): string | boolean | null {
  const el = doc.querySelector(selector);
  const f = plan.fields.find((x) => x.element === el || x.options.some((o) => o.element === el));
  if (!f) throw new Error(`поле ${selector} не найдено в плане`);
  return f.action === 'fill' ? f.value : null;
}

// The engine told by hand which field is which: the truth file names each field's key, the engine does the
// rest (finding, visibility, units, widgets, events). Measures filling apart from label matching.
import { findFields } from '../../extension/autofill/fields';
import { fillPage } from '../../extension/autofill/index';
import { layoutVisibility } from '../../extension/autofill/visibility';
import {
  type IndicatorUnit,
  type IndicatorValue,
  REPORT_SCHEMA_VERSION,
  type ReportPackage,
} from '../../shared/model/report';
import type { IndicatorKey } from '../../shared/report/catalog';

interface Entry {
  selector: string;
  key: string | null;
}
declare const __TRUTH__: Record<string, Entry[]>;

/** Units of the portals' vocabulary keys (README of the set), for this measurement only. */
function unitOf(key: string, v: unknown): IndicatorUnit {
  if (typeof v === 'number') return key.endsWith('_pct') ? 'percent' : 'count';
  if (key === 'report_date') return 'date';
  if (/^(doc_|site_section|bank_link|best_practices)/.test(key)) return 'link';
  return 'text';
}

function flatten(o: Record<string, unknown>, prefix = ''): IndicatorValue[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? flatten(v as Record<string, unknown>, `${prefix}${k}.`)
      : [
          {
            key: prefix + k,
            label: prefix + k,
            unit: unitOf(prefix + k, v),
            value: v as IndicatorValue['value'],
          },
        ],
  );
}

function resolveAll(sel: string): Element[] {
  const parts = sel.split(' >>> ');
  let scope: Document | ShadowRoot | null = document;
  for (let i = 0; i < parts.length - 1 && scope; i++) {
    const host: Element | null = scope.querySelector(parts[i]!);
    if (!host) return [];
    scope = host.tagName === 'IFRAME' ? (host as HTMLIFrameElement).contentDocument : host.shadowRoot;
  }
  return scope ? Array.from(scope.querySelectorAll(parts[parts.length - 1]!)) : [];
}

(window as unknown as { __fill: (r: Record<string, unknown>) => Promise<void> }).__fill = async (report) => {
  if (window.top !== window) return; // the top frame reaches same-origin frames
  const page = location.pathname.replace(/^\//, '').replace(/\.html$/, '');
  const entries = __TRUTH__[page] ?? [];
  const pkg: ReportPackage = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'school',
    organisation: { name: String(report.school_name), district: '', region: '', inn: '' },
    period: { from: '2024-09-01', to: '2025-08-31', label: '' },
    generatedAt: '2024-12-16T00:00:00.000Z',
    indicators: flatten(report),
    schools: [],
    lists: null,
  };
  const fields = findFields(document, layoutVisibility);
  const mappings: Record<string, IndicatorKey | null> = {};
  for (const e of entries) {
    const els = resolveAll(e.selector);
    const f = fields.find(
      (x) =>
        els.some((e) => e === x.element || e.contains(x.element)) ||
        x.options.some((o) => els.includes(o.element)),
    );
    if (!f) {
      if (e.key) console.error(`oracle: no field for ${e.selector}`);
      continue;
    }
    if (f.signature in mappings && mappings[f.signature] !== e.key)
      console.error(`oracle: signature ${f.signature} shared by ${mappings[f.signature]} and ${e.key}`);
    // The truth files name the portals' vocabulary keys (README of the set), which are the keys of the package
    // built above from the sample report, not the catalog's: the engine only needs them to agree with each other.
    mappings[f.signature] = e.key as IndicatorKey | null;
  }
  fillPage(document, pkg, { mappings, minConfidence: 2 });
};

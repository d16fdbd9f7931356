import type { IndicatorValue, ReportPackage } from '../../shared/model/report';
import { indicatorDef } from '../../shared/report/catalog';
import { findFields } from './fields';
import { valueForField } from './format';
import { type Candidate, scoreIndicators } from './match';
import { currentValue, personTyped, sameValue } from './state';
import type { FillPlan, FoundField, PlannedField, PlanOptions, PlanReason } from './types';
import { layoutVisibility } from './visibility';

/**
 * Finds the fields under `root`, decides which indicator each one asks for and what value goes in.
 * Pure reading: the page is not changed.
 */
export function planFill(
  root: Document | Element | ShadowRoot,
  report: ReportPackage,
  options: PlanOptions = {},
): FillPlan {
  const isVisible = options.isVisible ?? layoutVisibility;
  const minConfidence = options.minConfidence ?? 0.55;
  const decimal = options.decimalSeparator ?? ',';
  const mappings = options.mappings ?? {};
  const values = new Map<string, IndicatorValue>(report.indicators.map((iv) => [iv.key, iv]));
  const keys = new Set(values.keys());
  const found = findFields(root, isVisible);

  const planned: PlannedField[] = found.map((f, index) => ({
    ...f,
    index,
    indicator: null,
    indicatorLabel: null,
    value: null,
    confidence: 0,
    action: 'skip',
    reason: 'no-match',
  }));

  const fillable = (f: FoundField) => f.visible && !f.disabled && !f.readOnly;
  const used = new Set<string>();
  const assign = (p: PlannedField, key: string, confidence: number, reason: PlanReason) => {
    p.indicator = key;
    p.indicatorLabel = values.get(key)?.label ?? indicatorDef(key)?.label ?? key;
    p.confidence = confidence;
    p.reason = reason;
    used.add(key);
  };

  // A person's correction for this site wins over any guess.
  for (const p of planned) {
    if (!(p.signature in mappings)) continue;
    const key = mappings[p.signature];
    if (key === null || key === undefined) p.reason = 'ignored-by-person';
    else if (fillable(p)) assign(p, key, 1, 'saved-mapping');
  }

  // Then the best label matches, strongest first, one field per indicator.
  const pairs: { p: PlannedField; c: Candidate }[] = [];
  for (const p of planned) {
    if (p.indicator || p.reason === 'ignored-by-person' || !fillable(p) || !p.label) continue;
    const extra = {
      ...(p.row ? { row: p.row } : {}),
      ...(p.column ? { column: p.column } : {}),
      ...(p.options.length ? { options: p.options.map((o) => o.text) } : {}),
    };
    for (const c of scoreIndicators(p.label, p.kind, extra, keys).slice(0, 5)) {
      if (c.score >= minConfidence) pairs.push({ p, c });
    }
  }
  pairs.sort((a, b) => b.c.score - a.c.score || a.p.index - b.p.index);
  for (const { p, c } of pairs) {
    if (p.indicator || used.has(c.key)) continue;
    // A field that cannot take the indicator's value (no such option) is not its field.
    const iv = values.get(c.key);
    if (iv && iv.value !== null && iv.value !== '' && valueForField(p, iv, decimal) === null) continue;
    assign(p, c.key, Math.round(c.score * 100) / 100, c.how);
  }

  for (const p of planned) {
    if (!p.visible) p.reason = 'hidden';
    else if (p.disabled) p.reason = 'disabled';
    else if (p.readOnly) p.reason = 'read-only';
    if (!p.indicator) continue;
    const iv = values.get(p.indicator);
    const value = iv ? valueForField(p, iv, decimal) : null;
    if (value === null) {
      p.reason = iv && iv.value !== null && iv.value !== '' ? 'no-option' : 'no-value';
      continue;
    }
    p.value = value;
    const now = currentValue(p);
    if (sameValue(now, value)) p.reason = 'same-value';
    else if (!options.overwrite && personTyped(p)) p.reason = 'already-filled';
    else p.action = 'fill';
  }

  const matched = new Set(planned.filter((p) => p.indicator).map((p) => p.indicator));
  const missing = report.indicators
    .filter((iv) => iv.value !== null && iv.value !== '' && !matched.has(iv.key))
    .map((iv) => ({ key: iv.key, label: iv.label }));
  return { fields: planned, missing };
}

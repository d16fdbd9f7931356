import type { FillPlan, PlannedField } from './types';

/** A plan without DOM references, to pass from the page to the popup. */
export interface PlanSummary {
  fields: {
    index: number;
    kind: PlannedField['kind'];
    label: string;
    labelSource: PlannedField['labelSource'];
    signature: string;
    indicator: string | null;
    indicatorLabel: string | null;
    value: string | boolean | null;
    confidence: number;
    action: PlannedField['action'];
    reason: PlannedField['reason'];
  }[];
  missing: FillPlan['missing'];
}

export function summarizePlan(plan: FillPlan): PlanSummary {
  return {
    fields: plan.fields.map((f) => ({
      index: f.index,
      kind: f.kind,
      label: f.label,
      labelSource: f.labelSource,
      signature: f.signature,
      indicator: f.indicator,
      indicatorLabel: f.indicatorLabel,
      value: f.value,
      confidence: f.confidence,
      action: f.action,
      reason: f.reason,
    })),
    missing: plan.missing,
  };
}

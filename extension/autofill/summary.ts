/** A fill plan without DOM references (field, indicator, value, confidence, reason), as the popup receives it. */
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
    /** For a field the engine asks about (reason `ask`): its best indicators, best first. */
    choices: NonNullable<PlannedField['choices']>;
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
      choices: f.choices ?? [],
      action: f.action,
      reason: f.reason,
    })),
    missing: plan.missing,
  };
}

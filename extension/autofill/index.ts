/** What the autofill engine offers its callers (the injected script, the portal engine, tests): find, plan, preview, fill. */
export { applyFill, fillPage } from './apply';
export { collectRoots, findFields } from './fields';
export { readLabel, readText } from './labels';
export { scoreIndicators, senseOf, stem, words } from './match';
export { planFill } from './plan';
export { type PrefilledLink, prefilledLink } from './prefill';
export { type PlanSummary, summarizePlan } from './summary';
export type {
  FieldKind,
  FieldOption,
  FillPlan,
  FillResult,
  FoundField,
  LabelSource,
  PlanAction,
  PlannedField,
  PlanOptions,
  PlanReason,
} from './types';
export { layoutVisibility, styleVisibility } from './visibility';

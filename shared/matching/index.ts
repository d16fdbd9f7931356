/** What other modules use of the matching: suggestions, explanations, the curator's checks, the solvers, settings and their labels. */
export type { AssignmentResult, SparseMatrix } from './assignment';
export { solveSparse } from './assignment';
export type { CheckResult, ChosenPair, LockedPair } from './check';
export { checkPairs } from './check';
export {
  checkPairsFromInput,
  explainSuggestionsFromInput,
  type MatchingInput,
  pairRefs,
  parseMatchingInput,
  requestRefs,
  suggestPairsFromInput,
} from './input';
export type { PricedResult, PriceRow } from './pricing';
export { solveDense, solveWithPricing } from './pricing';
export type { Criterion, MatchingSettingsInput, Preset, ResolvedSettings, Weights } from './settings';
export { CRITERIA, MatchingSettings, PRESET_WEIGHTS, PRESETS, parseMatchingSettings } from './settings';
export { CRITERION_LABELS, PRESET_LABELS } from './strings';
export { explainSuggestions, suggestPairs } from './suggest';
export { stem, stems } from './text';
export * from './types';

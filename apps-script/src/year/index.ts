/** What other rooms of the add-on use from the pairs' year: meetings, plans, health, re-pairing. */
export {
  ensureMeetingForm,
  fileMeetings,
  getMeetingLinks,
  issueTokens,
  requireYearSheets,
  sendMeetingLinks,
} from './meetingFiling';
export {
  getPairAttention,
  loadHealthSettings,
  parseWeeks,
  refreshHealth,
  saveHealthSettings,
  writeHealth,
} from './pairHealth';
export { applyRepair, bestPairs, closePair, getYearState, suggestRepair } from './pairYear';
export { fillPairPlan, onPlansEdit, refreshPlanDeadlines } from './plans';

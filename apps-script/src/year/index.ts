/** What other rooms of the add-on use from the pairs' year: meetings, plans, health, re-pairing. */

export { refreshDashboard } from './dashboard';
export {
  ensureMeetingForm,
  fileMeetings,
  getMeetingLinks,
  issueTokens,
  keyOwners,
  requireYearSheets,
  sendMeetingLinks,
} from './meetingFiling';
export {
  getPairAttention,
  loadHealthSettings,
  parseLowScore,
  parseWeeks,
  refreshHealth,
  saveHealthSettings,
  writeHealth,
} from './pairHealth';
export { applyRepair, bestPairs, closePair, getYearState, suggestRepair } from './pairYear';
export { fillPairPlan, onYearEdit, refreshPlanDeadlines } from './plans';
export {
  type DigestSwitch,
  getYearDigest,
  sendWeeklyDigest,
  setYearDigest,
  switchYearDigest,
  yearDigestState,
} from './reminders';

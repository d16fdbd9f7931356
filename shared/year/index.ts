/** The pairs' year: plans as tracked items, closing and re-pairing, the «Лучшая пара» shortlist, meetings, pair health, the links' keys. */
export * from './closing';
export * from './dashboard';
export * from './digest';
export * from './health';
export * from './linkMail';
export * from './meetingForm';
export * from './meetings';
export * from './plans';
export * from './satisfaction';
export * from './shortlist';
export { DASHBOARD_STRINGS, DIGEST_STRINGS, LINK_MAIL_STRINGS, YEAR_STRINGS } from './strings';
export * from './tokens';

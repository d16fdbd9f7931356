/** The pairs' year: plans as tracked items, closing and re-pairing, the «Лучшая пара» shortlist, meetings, pair health, the links' keys. */
export * from './closing';
export * from './health';
export * from './linkMail';
export * from './meetingForm';
export * from './meetings';
export * from './plans';
export * from './shortlist';
export { LINK_MAIL_STRINGS, YEAR_STRINGS } from './strings';
export * from './tokens';

/** The pairs' year after the order fixing the pairs: meetings, pair health, the links' keys. */
export * from './health';
export * from './linkMail';
export * from './meetingForm';
export * from './meetings';
export { LINK_MAIL_STRINGS, YEAR_STRINGS } from './strings';
export * from './tokens';

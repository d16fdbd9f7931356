/** The pairs' year after the order fixing the pairs: meetings, pair health, the links' keys. */
export * from './health';
export * from './meetingForm';
export * from './meetings';
export { YEAR_STRINGS } from './strings';
export * from './tokens';

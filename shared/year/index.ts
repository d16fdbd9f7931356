/** The pairs' year: plans as tracked items, closing and re-pairing, the «Лучшая пара» shortlist. */
export * from './closing';
export * from './plans';
export * from './shortlist';
export { YEAR_STRINGS } from './strings';

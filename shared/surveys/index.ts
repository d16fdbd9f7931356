export * from './definitions';
export * from './filing';
export * from './questions';
export * from './stored';
export { SURVEY_STRINGS } from './strings';
export * from './summary';

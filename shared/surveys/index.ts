export * from './definitions';
export * from './filing';
export * from './questions';
export { SURVEY_STRINGS } from './strings';
export * from './summary';
export * from './stored';

/** What other modules use of the surveys: the questionnaires, filing answers, reading «Анкеты», the satisfaction summary. */
export * from './definitions';
export * from './filing';
export * from './questions';
export * from './stored';
export { SURVEY_STRINGS } from './strings';
export * from './summary';

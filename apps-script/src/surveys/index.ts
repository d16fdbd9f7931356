/** What other rooms of the add-on use from the questionnaires as Google Forms and the filing of their answers. */
export { openSurveys, SURVEY_CLIENT_API } from './surveyMenu';
export type { SurveyRegistry } from './surveys';
export { ensureForm, ensureSubmitTrigger, loadRegistry, openForm, saveRegistry } from './surveys';
export { onFormSubmit } from './surveyTrigger';

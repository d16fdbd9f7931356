/** What other rooms of the add-on use from the district report: sheet, export, settings, web app. */
export { reportExport } from './reportExport';
export type { ReportSettingsForm, SaveSettingsResult } from './reportSettings';
export { loadReportSettings, saveReportSettingsForm, toForm } from './reportSettings';
export { refreshMessage, refreshReportSheet } from './reportSheet';
export { answerGet, currentToken, renewToken, webAppUrl } from './webApp';

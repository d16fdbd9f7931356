/** What other modules use of the report: catalog, indicators, packages (JSON/CSV), district merge, lists, settings, the portals' vocabulary. */
export * from './catalog';
export * from './consistency';
export * from './csv';
export * from './indicators';
export * from './lists';
export * from './merge';
export * from './package';
export * from './period';
export * from './settings';
export { REPORT_STRINGS } from './strings';
export * from './vocabulary';
export * from './webAnswer';

/** What other rooms of the add-on use from the platform glue (host facts, sheet and form I/O, consent, menu, setup). */
export { missingConsent, requireConsent } from './consent';
export {
  AddonError,
  progress,
  sheetTimeZone,
  spreadsheet,
  todayIso,
  userMessage,
  withDocumentLock,
} from './env';
export { namedValuesOf, openRegistered, SUBMIT_LOCK_MS, seconds } from './formIo';
export {
  alert,
  ask,
  buildMenu,
  confirm,
  guarded,
  menuItems,
  showDialog,
  showSidebar,
  windowHtml,
} from './menu';
export { setupMessage, setupSheets } from './setup';
export {
  columnLetters,
  findSheet,
  readRange,
  requireSheet,
  SHEET_KEY,
  toSheet,
  wholeColumn,
  writeBlocks,
} from './sheetIo';
export type { RecordsOptions, TableOptions } from './table';
export { findTable, openTable, recordsOf, SheetTable } from './table';

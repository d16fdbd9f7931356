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
export type { Table } from './formIo';
export { flush, idsOf, namedValuesOf, openRegistered, put, SUBMIT_LOCK_MS, seconds, table } from './formIo';
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
  readRequired,
  readSheet,
  requireSheet,
  SHEET_KEY,
  toSheet,
  wholeColumn,
  writeBlocks,
} from './sheetIo';

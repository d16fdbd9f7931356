/** What other modules use of the roadmap: import from text and files, deadlines, periods, statuses, relative deadlines, the template. */
export { type ColumnField, headerField } from './columns';
export { parseDeadline } from './deadline';
export {
  detectRoadmapFile,
  type FileContent,
  importRoadmapFile,
  type RoadmapFileKind,
  readRoadmapFileContent,
} from './files';
export {
  type CellInput,
  type ImportedItem,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  importRoadmap,
} from './importer';
export {
  academicYear,
  academicYearOf,
  calendarYear,
  type Period,
  parsePeriod,
  toPeriod,
  yearOfMonth,
} from './period';
export { type DeadlineReading, deadlineReading } from './reading';
export { type RecordOptions, toRoadmapItems } from './records';
export {
  addLag,
  type DatedEvent,
  type RelativeInput,
  type ResolveOptions,
  referredActivity,
  resolveRelative,
} from './relative';
export { splitResponsible } from './responsible';
export { KNOWN_STAGE_NAMES, STAGE_KEYS, STANDARD_STAGES, type StageKey, type StandardStage } from './stages';
export {
  DEFAULT_DUE_SOON_DAYS,
  type DeadlineStatus,
  daysBetween,
  deadlineStatus,
  type StatusInput,
  type StatusSettings,
} from './status';
export {
  REASONS,
  STATUS_CODES,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  type StatusCode,
  WARNINGS,
} from './strings';
export { standardRoadmap } from './template';

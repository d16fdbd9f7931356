/** What other rooms of the add-on use from the roadmap tracker, its import, highlighting and daily digest. */
export { applyHighlighting } from './highlight';
export {
  importRoadmapDoc,
  importRoadmapTemplate,
  importRoadmapUpload,
  importSummaryMessage,
  onRoadmapEdit,
  PARSED_FIELDS,
  parsedCells,
  refreshDeadlines,
  roadmapImportState,
  roadmapPeriod,
  roadmapUndoQuestion,
  tableValues,
  undoRoadmapReplace,
} from './roadmapTracker';
export type { RoadmapUpload } from './roadmapUpload';
export { isDigestOn, sendDailyDigest, setDigest } from './triggers';

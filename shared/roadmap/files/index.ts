/** A roadmap file (bytes and name) imported whole, in Node or the import dialog, so the file never leaves the browser. */
import { parseCsvBytes } from '../../csv';
import { decodeCsvBytes } from '../../csv/decode';
import { failed, type ImportOptions, type ImportResult, importRoadmap } from '../importer';
import { FILE_ERRORS } from '../strings';
import { looksBinary } from '../text';
import { readRoadmapFileContent } from './detect';
import { readPdfRoadmap } from './pdf';

export {
  type DetectedFile,
  detectRoadmapFile,
  type FileContent,
  type RoadmapFileKind,
  readRoadmapFileContent,
} from './detect';

/**
 * A roadmap file (its bytes and name) → what `importRoadmap` returns. Pure: runs in Node for tests and
 * in the import dialog, so the file never leaves the curator's browser; only the result's cells are sent.
 * Word tables and sheets are read into rows of cells and handed to `importRoadmap` (format 'cells'),
 * so headers, sections, stages and deadlines are read by the same code as a pasted table.
 */
export async function importRoadmapFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const file = readRoadmapFileContent(bytes, fileName);
  switch (file.kind) {
    case 'error':
      return failed(file.message, 'cells');
    case 'pdf':
      return readPdfRoadmap(bytes, options);
    case 'rows':
      return importRoadmap(file.rows, options);
    case 'lines':
      return importRoadmap(file.text, options);
    case 'csv': {
      const csv = parseCsvBytes(bytes);
      if (looksBinary(csv.rows.flat().join('\t'))) return failed(FILE_ERRORS.unknown(fileName), 'cells');
      return importRoadmap(csv.rows, options);
    }
    case 'text': {
      const { text } = decodeCsvBytes(bytes);
      if (looksBinary(text)) return failed(FILE_ERRORS.unknown(fileName), 'table');
      return importRoadmap(text, options);
    }
  }
}

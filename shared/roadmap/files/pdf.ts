import { failed, type ImportOptions, type ImportResult } from '../importer';
import { FILE_ERRORS } from '../strings';

/**
 * STUB: the PDF reader is written on another branch (the text layer through pdfjs-dist); this file
 * only keeps the signature so the entry point compiles. The lead merges the real one over it.
 */
export async function readPdfRoadmap(_bytes: Uint8Array, _options: ImportOptions): Promise<ImportResult> {
  return failed(FILE_ERRORS.pdfNotConnected, 'text');
}

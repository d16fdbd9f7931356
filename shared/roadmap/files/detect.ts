/**
 * File bytes → what kind of file it is, and for Word and spreadsheets the rows of cells the importer
 * reads. No importer here (nor zod, papaparse or pdf.js): a page that only reads files and sends the
 * cells on can bundle this module alone.
 */
import { FILE_ERRORS } from '../strings';
import { docxRows, docxText, readDocxBlocks } from './docx';
import { roadmapSheets } from './grid';
import { readOdsSheets } from './ods';
import { readXlsxSheets } from './xlsx';
import { XmlScanner } from './xml';
import { isZip, openZip, type ZipParts } from './zip';

export type RoadmapFileKind = 'docx' | 'xlsx' | 'ods' | 'pdf' | 'csv' | 'text';

export type DetectedFile =
  | { kind: 'docx'; zip: ZipParts; part: string }
  | { kind: 'xlsx'; zip: ZipParts; part: string }
  | { kind: 'ods'; zip: ZipParts }
  | { kind: 'pdf' }
  | { kind: 'csv' | 'text' }
  | { kind: 'error'; message: string };

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const EXCEL_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** «%PDF-» within the first KB (some writers put junk before it, as readers allow). */
function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

/** The main part of an OOXML package as its [Content_Types].xml declares it, else null. */
function mainPart(zip: ZipParts, contentType: string): string | null {
  const xml = zip.text('[Content_Types].xml');
  if (!xml) return null;
  const sc = new XmlScanner(xml);
  for (let k = sc.next(); k !== 'end'; k = sc.next()) {
    if (k === 'open' && sc.name === 'Override' && sc.attr('ContentType') === contentType) {
      const name = (sc.attr('PartName') ?? '').replace(/^\//, '');
      if (zip.names.has(name)) return name;
    }
  }
  return null;
}

/**
 * What a file is, by its content: a zip holding a Word document, an Excel workbook or an OpenDocument
 * spreadsheet; a PDF; the old binary Office formats and RTF (refused with what to do). The extension
 * decides only between the text formats (.csv → cells, anything else → text) and names the old
 * Office format; it never overrides the content.
 */
export function detectRoadmapFile(bytes: Uint8Array, fileName: string): DetectedFile {
  const ext = extension(fileName);
  if (isZip(bytes)) {
    const zip = openZip(bytes);
    if (!zip) return { kind: 'error', message: FILE_ERRORS.brokenZip(fileName) };
    const word =
      mainPart(zip, WORD_MAIN) ?? (zip.names.has('word/document.xml') ? 'word/document.xml' : null);
    if (word) return { kind: 'docx', zip, part: word };
    const book = mainPart(zip, EXCEL_MAIN) ?? (zip.names.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
    if (book) return { kind: 'xlsx', zip, part: book };
    const mime = zip.names.has('mimetype') ? (zip.text('mimetype') ?? '').trim() : '';
    if (zip.names.has('content.xml') && mime === ODS_MIME) return { kind: 'ods', zip };
    if (mime === ODT_MIME || (zip.names.has('content.xml') && ext === 'odt')) {
      return { kind: 'error', message: FILE_ERRORS.odt(fileName) };
    }
    if (zip.names.has('content.xml') && ext === 'ods') return { kind: 'ods', zip };
    return { kind: 'error', message: FILE_ERRORS.otherZip(fileName) };
  }
  if (isPdf(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: Word 97–2003, Excel 97–2003 (or another Office file).
    const excel = ext === 'xls' || ext === 'xlt';
    return { kind: 'error', message: excel ? FILE_ERRORS.oldExcel(fileName) : FILE_ERRORS.oldWord(fileName) };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    return { kind: 'error', message: FILE_ERRORS.rtf(fileName) };
  return { kind: ext === 'csv' ? 'csv' : 'text' };
}

/**
 * What a file holds for the importer: rows of cells (Word tables, sheets), the lines of a Word document
 * without tables, or a kind the caller reads from the bytes itself (PDF, CSV, text), or an error.
 */
export type FileContent =
  | { kind: 'rows'; from: 'docx' | 'xlsx' | 'ods'; rows: string[][] }
  | { kind: 'lines'; text: string }
  | { kind: 'pdf' | 'csv' | 'text' }
  | { kind: 'error'; message: string };

export function readRoadmapFileContent(bytes: Uint8Array, fileName: string): FileContent {
  const file = detectRoadmapFile(bytes, fileName);
  switch (file.kind) {
    case 'docx': {
      const blocks = readDocxBlocks(file.zip, file.part);
      const rows = docxRows(blocks);
      return rows ? { kind: 'rows', from: 'docx', rows } : { kind: 'lines', text: docxText(blocks) };
    }
    case 'xlsx':
      return { kind: 'rows', from: 'xlsx', rows: roadmapSheets(readXlsxSheets(file.zip, file.part)) };
    case 'ods':
      return {
        kind: 'rows',
        from: 'ods',
        rows: roadmapSheets(readOdsSheets(file.zip.text('content.xml') ?? '')),
      };
    default:
      return file;
  }
}

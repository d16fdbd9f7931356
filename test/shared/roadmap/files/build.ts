import { strToU8, zipSync } from 'fflate';

/** Small Office files built in the test from XML written by hand, zipped with the same library the reader uses. */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function docx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.numbering) {
    files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  }
  return zipSync(files);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph; «\n» in the text becomes w:br. */
export function p(text: string, opts: { bold?: boolean; pPr?: string } = {}): string {
  const rPr = opts.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const runs = text
    .split('\n')
    .map((t, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)
    .join('');
  return `<w:p>${opts.pPr ? `<w:pPr>${opts.pPr}</w:pPr>` : ''}${text ? runs : ''}</w:p>`;
}

export interface Cell {
  /** Paragraphs of the cell. */
  paras?: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
  pPr?: string;
}

export function tc(cell: Cell | string): string {
  const c: Cell = typeof cell === 'string' ? { paras: [cell] } : cell;
  const tcPr = [
    c.span ? `<w:gridSpan w:val="${c.span}"/>` : '',
    c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  const paras = (c.paras ?? ['']).map((t) => p(t, { pPr: c.pPr })).join('');
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paras}</w:tc>`;
}

export function tr(cells: (Cell | string)[], opts: { header?: boolean } = {}): string {
  return `<w:tr>${opts.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(tc).join('')}</w:tr>`;
}

export function tbl(width: number, rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(width)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** An .xlsx with one or more sheets of cells, written as Excel writes them (shared strings, styles). */
export function xlsx(
  sheets: { name: string; xml: string; hidden?: boolean }[],
  parts: { sharedStrings?: string[]; styles?: string; date1904?: boolean } = {},
): Uint8Array {
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${S}" xmlns:r="${R}"><workbookPr${parts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet xmlns="${S}">${s.xml}</worksheet>`);
  });
  if (parts.sharedStrings) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<sst xmlns="${S}">${parts.sharedStrings.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`,
    );
  }
  if (parts.styles) files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${S}">${parts.styles}</styleSheet>`);
  return zipSync(files);
}

/** An .ods whose content.xml body is given (the office:spreadsheet element's children). */
export function ods(
  spreadsheet: string,
  mimetype = 'application/vnd.oasis.opendocument.spreadsheet',
): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  return zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:spreadsheet>${spreadsheet}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

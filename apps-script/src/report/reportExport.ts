/**
 * The export dialog's data: the school package as JSON and as CSV (shared/report's packageToCsv), to copy
 * or to download. Lists (names) go in only when the curator ticks «включить списки» in the dialog.
 */
import { packageToCsv } from '../../../shared/report';
import { ruDate } from '../../../shared/text';
import { userMessage } from '../platform';
import { R } from '../strings';
import { collectReport, schoolPackage } from './report';

export type ReportExport =
  | {
      status: 'ok';
      json: string;
      csv: string;
      /** File name without extension: «Наставничество, отчёт 01.01.2025-31.12.2025» (in the user's language). */
      fileName: string;
      includeLists: boolean;
      /** Rows skipped while reading the sheets (the figures do not count them). */
      issues: string[];
    }
  | { status: 'error'; message: string };

/** The package's file name: the period as дд.мм.гггг (no ISO order; dots and a hyphen are safe in any file name). */
export function exportFileName(from: string, to: string): string {
  return R.fileName(ruDate(from), ruDate(to));
}

export function reportExport(includeLists: boolean): ReportExport {
  try {
    const data = collectReport();
    const pkg = schoolPackage(data, includeLists === true);
    return {
      status: 'ok',
      json: JSON.stringify(pkg, null, 2),
      // Without BOM for the text box; the dialog adds it to the downloaded file (Excel reads it as UTF-8).
      csv: packageToCsv(pkg, { bom: false }),
      fileName: exportFileName(pkg.period.from, pkg.period.to),
      includeLists: pkg.lists !== null,
      issues: data.sources.issues,
    };
  } catch (e) {
    return { status: 'error', message: userMessage(e) };
  }
}

// The district report in the add-on (built Code.js on the double): service calls and time of «обновить лист
// «Отчёт»», the export dialog's data and the web app's answer, for the sample school and the sample copied
// 100 times (1,900 mentors, 3,400 mentees, 300 pairs), against what a row-by-row add-on would call.
import { join } from 'node:path';
import { DOCUMENTS_SHEET, MENTEES_SHEET, MENTORS_SHEET, PAIRS_SHEET, type SheetDef } from '../shared/sheets';
import { built_ } from '../test/apps-script/harness';
import { SAMPLE_FORM } from '../test/apps-script/reportFixture';
import { createDouble, loadAddon } from '../test/double';
import { sampleRows } from '../test/helpers/sample';

const SOURCES: [SheetDef, 'mentors' | 'mentees' | 'pairs' | 'documents', boolean][] = [
  [MENTORS_SHEET, 'mentors', true],
  [MENTEES_SHEET, 'mentees', true],
  [PAIRS_SHEET, 'pairs', true],
  [DOCUMENTS_SHEET, 'documents', false],
];

/** The sample's rows, copied `k` times with distinct IDs, names and e-mails (so nobody is a repeat). */
function scaled(name: (typeof SOURCES)[number][1], k: number, copy: boolean): string[][] {
  const [header, ...rows] = sampleRows(name);
  const out = [header!];
  for (let i = 0; i < (copy ? k : 1); i++)
    for (const r of rows)
      out.push(
        r.map((cell, c) =>
          i === 0
            ? cell
            : cell
                .replace(/\b(NS|NV|PR)-(\d{4})\b/g, `$1-$2-${i}`)
                .replace(/@/, `+${i}@`)
                .concat(c === 1 && cell !== '' ? ` ${i}` : ''),
        ),
      );
  return out;
}

async function measure(k: number) {
  const b = await built_();
  const double = createDouble({ distDir: b.outDir, today: '2025-12-20' });
  const addon = loadAddon(join(b.outDir, 'Code.js'), double);
  const counts: Record<string, number> = {};
  for (const [def, name, copy] of SOURCES) {
    const rows = scaled(name, k, copy);
    counts[name] = rows.length - 1;
    const width = Math.max(...rows.map((r) => r.length));
    const sheet = double.spreadsheet._addSheet(def.title);
    if (rows.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    sheet
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
  }
  addon.run('menuSetup');
  addon.callFromClient('saveReportSettings', SAMPLE_FORM);
  addon.run('menuReportWebKey');
  const token = double.properties.script.getProperty('nastavnik.webToken');
  const ops: Record<string, () => unknown> = {
    refresh: () => addon.run('menuReportRefresh'),
    're-refresh': () => addon.run('menuReportRefresh'),
    export: () => addon.callFromClient('reportExport', false),
    doGet: () => addon.run('doGet', { parameter: { token } }),
  };
  const result: Record<string, { calls: number; getValues: number; setValues: number; ms: number }> = {};
  for (const [op, run] of Object.entries(ops)) {
    double.log.reset();
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    result[op] = {
      calls: double.log.count(),
      getValues: double.log.count('Range.getValues'),
      setValues: double.log.count('Range.setValues'),
      ms,
    };
  }
  return { k, counts, result };
}

const runs = [await measure(1), await measure(100)];
console.log('operation     people+pairs   calls  getValues  setValues     ms   row-by-row calls  ratio');
for (const r of runs) {
  const rows = r.counts.mentors! + r.counts.mentees! + r.counts.pairs!;
  for (const [op, m] of Object.entries(r.result)) {
    // A naive add-on: getRange+getValue per source cell read (4 columns a row at least), setValue per report cell.
    const naive = rows * 4 * 2 + (op.includes('refresh') ? 60 * 4 * 2 : 0);
    console.log(
      `${op.padEnd(12)} ${String(rows).padStart(13)}  ${String(m.calls).padStart(6)}  ${String(m.getValues).padStart(9)}  ${String(m.setValues).padStart(9)}  ${m.ms.toFixed(0).padStart(5)}   ${String(naive).padStart(16)}  ${(naive / m.calls).toFixed(0)}×`,
    );
  }
}
const [a, b] = runs as [(typeof runs)[0], (typeof runs)[0]];
for (const op of Object.keys(a.result))
  console.log(
    `${op}: ${a.result[op]!.calls} calls at k=1, ${b.result[op]!.calls} at k=100 — ${a.result[op]!.calls === b.result[op]!.calls ? 'independent of rows' : 'differs'}`,
  );

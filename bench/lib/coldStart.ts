// One cold start of a built Code.js, in its own process (run by bench/codeJs.bench.ts): load the file onto a
// double that already holds the roadmap sheet, run onOpen and one onEdit of a deadline, print the CPU time in ms.
import { join } from 'node:path';
import { ROADMAP_SHEET, SHEET_KEY } from '../../shared/sheets';
import { createDouble, loadAddon } from '../../test/double';

const distDir = process.argv[2];
if (!distDir) throw new Error('usage: coldStart.ts <distDir>');
const double = createDouble({ distDir, today: '2026-12-07' });
const sheet = double.spreadsheet.insertSheet(ROADMAP_SHEET.title);
// How the add-on knows its own sheets (set by its setup).
sheet.addDeveloperMetadata(SHEET_KEY, ROADMAP_SHEET.key);
sheet.getRange(1, 1, 1, ROADMAP_SHEET.columns.length).setValues([ROADMAP_SHEET.columns.map((c) => c.header)]);
const deadline = ROADMAP_SHEET.columns.findIndex((c) => c.field === 'deadlineText') + 1;
// CPU time, not wall time: other processes on the machine do not colour it.
const t0 = process.cpuUsage();
const addon = loadAddon(join(distDir, 'Code.js'), double);
addon.open();
addon.edit(sheet, 2, deadline, 'До 1 декабря');
const used = process.cpuUsage(t0);
const ms = (used.user + used.system) / 1000;
// The edit must have been read, or the figure measures nothing.
const kind = sheet
  .getRange(2, ROADMAP_SHEET.columns.findIndex((c) => c.field === 'deadlineKind') + 1)
  .getValue();
if (!kind) throw new Error('onEdit did not read the deadline: the cold start measured nothing');
console.log(JSON.stringify({ ms }));

// The Sheets add-on on the test double: service calls and time of setup, roadmap import and deadline
// refresh for 50 and 5,000 rows, against what a row-by-row add-on (one getRange/setValue per cell) would make.
import { ROADMAP_SHEET } from '../shared/sheets';
import { measure, total } from '../test/apps-script/scale';

const SIZES = [50, 5000];
const results = [];
for (const n of SIZES) results.push(await measure(n));

const ownedColumns = ROADMAP_SHEET.columns.filter((c) => c.owned).length;
console.log('Service calls per operation (the double counts every call into SpreadsheetApp & co.)');
console.log('operation      rows   calls   setValues   ms      row-by-row calls   ratio');
for (const r of results) {
  for (const op of ['setup', 'import', 'refresh'] as const) {
    const calls = total(r.calls[op]);
    const setValues = r.calls[op]['Range.setValues'] ?? 0;
    // A naive add-on: import writes each owned cell with getRange+setValue; refresh reads «Сроки» and writes 3 cells per row.
    const naive =
      op === 'import' ? r.rows * ownedColumns * 2 : op === 'refresh' ? r.rows * (2 + 3 * 2) : calls;
    console.log(
      `${op.padEnd(14)} ${String(r.rows).padStart(5)}  ${String(calls).padStart(6)}  ${String(setValues).padStart(9)}   ${r.ms[op].toFixed(0).padStart(5)}   ${String(naive).padStart(16)}   ${(naive / calls).toFixed(1)}×`,
    );
  }
}
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
for (const op of ['setup', 'import', 'refresh'] as const) {
  const a = total(small.calls[op]);
  const b = total(large.calls[op]);
  const extra = Object.keys(large.calls[op]).filter((k) => small.calls[op][k] !== large.calls[op][k]);
  console.log(
    `${op}: ${a} calls at ${small.rows} rows, ${b} at ${large.rows} rows` +
      (extra.length
        ? ` (differs only in: ${extra.join(', ')} — the sheet grows past 1,000 rows once)`
        : ' (identical)'),
  );
}

// The pairs' year (issue 17): one meeting report filed by the form-submit trigger («Встречи» written, «Состояние»
// recomputed), its edit, the daily recompute, the weekly digest to the curator and the refresh of «Панель», at 50
// and 2,000 pairs.
const { measureYear, OPERATIONS } = await import('../test/apps-script/yearScale');
const year = [await measureYear(50), await measureYear(2000)];
console.log('\nPairs’ year: service calls per operation');
console.log('operation      pairs   calls   setValues   getValues   ms');
for (const r of year)
  for (const op of OPERATIONS)
    console.log(
      `${op.padEnd(14)} ${String(r.pairs).padStart(5)}  ${String(total(r.calls[op])).padStart(6)}  ${String(r.calls[op]['Range.setValues'] ?? 0).padStart(9)}   ${String(r.calls[op]['Range.getValues'] ?? 0).padStart(9)}   ${r.ms[op].toFixed(0).padStart(5)}`,
    );
for (const op of OPERATIONS) {
  const [a, b] = [year[0]!.calls[op], year[1]!.calls[op]];
  const differ = Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
  console.log(
    `${op}: ${total(a)} calls at 50 pairs, ${total(b)} at 2,000` +
      (differ.length ? ` (differs in: ${differ.join(', ')})` : ' (identical)'),
  );
}

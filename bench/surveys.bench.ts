// Questionnaires: service calls and time to file one form answer as the banks and «Анкеты» grow, and
// 200 simultaneous submissions on 8 concurrent executions (worker threads, blocking document lock).
// Alternative for comparison: an add-on writing a person cell by cell (getRange + setValue per column).
import { join } from 'node:path';
import { MENTORS_SHEET, RESPONSES_SHEET } from '../shared/sheets';
import { SURVEYS } from '../shared/surveys';
import { addonWithForms, built_ } from '../test/apps-script/harness';
import type { Answers, LoadedAddon } from '../test/double';
import { runConcurrently } from '../test/double/concurrent';

function answers(i: number): Answers {
  const out: Answers = {};
  for (const q of SURVEYS.mentor.questions) {
    if (q.field === 'fullName') out[q.title] = `Учитель ${i}`;
    else if (q.field === 'email') out[q.title] = `t${i}@school.ru`;
    else if (q.field === 'consent') out[q.title] = q.choices![0]!;
    else if (q.kind === 'checkboxes') out[q.title] = [q.choices![0]!];
    else if (q.kind === 'choice') out[q.title] = q.choices![0]!;
    else if (q.kind === 'number') out[q.title] = '5';
    else out[q.title] = `ответ ${i}`;
  }
  return out;
}

/** n people in the mentors bank and n filed answers, written straight into the sheets. */
function prefill(addon: LoadedAddon, n: number): void {
  const fill = (title: string, make: (i: number, header: unknown[]) => unknown[]) => {
    const sheet = addon.double.sheet(title)!;
    const header = sheet.getDataRange().getValues()[0]!;
    sheet.insertRowsAfter(sheet.getMaxRows(), n);
    sheet.getRange(2, 1, n, header.length).setValues(Array.from({ length: n }, (_, i) => make(i, header)));
  };
  const by = (header: unknown[], values: Record<string, unknown>) =>
    header.map((h) => values[String(h)] ?? '');
  fill(MENTORS_SHEET.title, (i, h) =>
    by(h, { ID: `NS-${String(i + 1).padStart(4, '0')}`, ФИО: `Человек ${i}`, 'E-mail': `p${i}@school.ru` }),
  );
  fill(RESPONSES_SHEET.title, (i, h) =>
    by(h, {
      ID: `AN-${String(i + 1).padStart(4, '0')}`,
      Анкета: 'Анкета наставника',
      'Отметка времени': new Date(2023, 8, 1),
      Ответы: '{}',
      'ID ответа в форме': `2_earlier-${i}`,
    }),
  );
}

console.log('Filing one form answer (the double counts every service call)');
console.log('people & answers   calls   setValues   getValues   ms     cell-by-cell calls   ratio');
const mentorColumns = MENTORS_SHEET.columns.filter((c) => c.owned).length;
const responseColumns = RESPONSES_SHEET.columns.length;
for (const n of [10, 2000]) {
  const addon = await addonWithForms();
  prefill(addon, n);
  const form = addon.double.forms._form(SURVEYS.mentor.title)!;
  addon.submitForm(form.id, answers(100000)); // warm-up
  addon.double.log.reset();
  const t0 = performance.now();
  const runs = 5;
  for (let i = 0; i < runs; i++) addon.submitForm(form.id, answers(200000 + i));
  const ms = (performance.now() - t0) / runs;
  const s = addon.double.log.snapshot();
  const calls =
    Object.entries(s)
      .filter(([k]) => !k.startsWith('FormApp'))
      .reduce((a, [, v]) => a + v, 0) / runs;
  const naive = calls - (s['Range.setValues'] ?? 0) / runs + 2 * (mentorColumns + responseColumns);
  console.log(
    `${String(n).padStart(16)}   ${calls.toFixed(0).padStart(5)}   ${((s['Range.setValues'] ?? 0) / runs).toFixed(0).padStart(9)}   ${((s['Range.getValues'] ?? 0) / runs).toFixed(0).padStart(9)}   ${ms.toFixed(1).padStart(5)}   ${naive.toFixed(0).padStart(18)}   ${(naive / calls).toFixed(1)}×`,
  );
}

const addon = await addonWithForms();
const d = addon.double;
const form = d.forms._form(SURVEYS.mentor.title)!;
const trigger = d.scriptApp.triggers.find((t) => t.spec.eventType === 'ON_FORM_SUBMIT')!;
const b = await built_();
const t0 = performance.now();
const r = await runConcurrently(
  d,
  join(b.outDir, 'Code.js'),
  Array.from({ length: 200 }, (_, i) => ({
    fn: trigger.spec.handler,
    args: () => [{ ...d.forms._submit(form.id, answers(i)), triggerUid: trigger.spec.id }],
  })),
  { workers: 8 },
);
const wall = performance.now() - t0;
const waits = d.locks.document.waits;
console.log(
  `200 simultaneous submissions, 8 executions at a time: ${wall.toFixed(0)} ms wall, ` +
    `${waits.filter((w) => w.got).length} waits for the lock (longest ${Math.max(...waits.map((w) => w.ms))} ms), ` +
    `${waits.filter((w) => !w.got).length} timeouts, up to ${r.maxWaiting} waiting at once, ` +
    `${r.errors.filter((e) => e).length} failed executions`,
);

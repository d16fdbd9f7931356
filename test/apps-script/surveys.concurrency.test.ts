import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENTEES_SHEET, MENTORS_SHEET, RESPONSES_SHEET } from '../../shared/sheets';
import { readSurveyResponses, SURVEYS } from '../../shared/surveys';
import type { Answers } from '../double';
import { runConcurrently } from '../double/concurrent';
import { built_, freshAddon } from './harness';

const q = (kind: 'mentor' | 'mentee', field: string) =>
  SURVEYS[kind].questions.find((x) => x.field === field)!;

/** A complete, valid answer of person `i` to the mentor or mentee questionnaire (answers from the dictionary). */
function answersOf(kind: 'mentor' | 'mentee', i: number): Answers {
  const out: Answers = {};
  for (const question of SURVEYS[kind].questions) {
    const t = question.title;
    if (question.field === 'fullName') out[t] = `Учитель ${kind} ${i}`;
    else if (question.field === 'email') out[t] = `${kind}${i}@school.ru`;
    else if (question.field === 'consent') out[t] = question.choices![0]!;
    else if (question.kind === 'checkboxes') out[t] = [question.choices![i % question.choices!.length]!];
    else if (question.kind === 'choice') out[t] = question.choices![i % question.choices!.length]!;
    else if (question.kind === 'number') out[t] = String(1 + (i % 20));
    else if (question.kind === 'date') out[t] = '01.09.1990';
    else out[t] = `ответ ${i}`;
  }
  return out;
}

describe('simultaneous form submissions', () => {
  it('files 200 interleaved submissions exactly once, with unique IDs, while executions wait for the lock', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuQuestionnaires');
    const d = addon.double;
    const mentorForm = d.forms._form(SURVEYS.mentor.title)!;
    const menteeForm = d.forms._form(SURVEYS.mentee.title)!;
    const trigger = d.scriptApp.triggers.find((t) => t.spec.eventType === 'ON_FORM_SUBMIT')!;
    expect(q('mentor', 'consent').required).toBe(true);

    const N = 200;
    const people = Array.from(
      { length: N },
      (_, i) => ({ kind: i % 3 === 0 ? 'mentee' : 'mentor', i }) as const,
    );
    const b = await built_();
    const result = await runConcurrently(
      d,
      join(b.outDir, 'Code.js'),
      people.map(({ kind, i }) => ({
        fn: trigger.spec.handler,
        // Google appends the response row, then the trigger's execution starts with the event.
        args: () => {
          const form = kind === 'mentor' ? mentorForm : menteeForm;
          return [{ ...d.forms._submit(form.id, answersOf(kind, i)), triggerUid: trigger.spec.id }];
        },
      })),
      { workers: 4 },
    );
    expect([...new Set(result.errors.filter((e) => e !== null))]).toEqual([]);
    // The lock really was contended: executions waited while another held it.
    expect(result.maxWaiting).toBeGreaterThan(1);
    const waits = d.locks.document.waits;
    expect(waits.filter((w) => w.got).length).toBeGreaterThan(10);
    expect(new Set(waits.map((w) => w.execution)).size).toBeGreaterThan(10);

    const answers = readSurveyResponses(
      d.sheet(RESPONSES_SHEET.title)!.getDataRange().getValues() as never,
      '2023-10-02',
    );
    expect(answers.issues).toEqual([]);
    expect(answers.rows).toHaveLength(N);
    const ids = answers.rows.map((r) => r.record.id);
    expect(new Set(ids).size).toBe(N);
    const emails = answers.rows.map((r) => r.record.email).sort();
    expect(emails).toEqual(people.map(({ kind, i }) => `${kind}${i}@school.ru`).sort());
    expect(answers.rows.every((r) => r.record.problems.length === 0)).toBe(true);

    for (const [sheet, kind] of [
      [MENTORS_SHEET.title, 'mentor'],
      [MENTEES_SHEET.title, 'mentee'],
    ] as const) {
      const values = d.sheet(sheet)!.getDataRange().getValues();
      const rows = values.slice(1).filter((r) => r.some((v) => v !== ''));
      const expected = people.filter((p) => p.kind === kind).length;
      expect(rows).toHaveLength(expected);
      const idCol = values[0]!.indexOf('ID');
      expect(new Set(rows.map((r) => r[idCol])).size).toBe(expected);
    }
    // Every response's person is the bank row with its e-mail.
    const personIds = new Set(answers.rows.map((r) => r.record.personId));
    expect(personIds.size).toBe(N);
  }, 120000);

  it('when waits time out, no answer is lost or doubled: the next execution or the menu files it', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuQuestionnaires');
    const d = addon.double;
    const mentorForm = d.forms._form(SURVEYS.mentor.title)!;
    const trigger = d.scriptApp.triggers.find((t) => t.spec.eventType === 'ON_FORM_SUBMIT')!;
    const N = 60;
    const b = await built_();
    const result = await runConcurrently(
      d,
      join(b.outDir, 'Code.js'),
      Array.from({ length: N }, (_, i) => ({
        fn: trigger.spec.handler,
        args: () => [
          { ...d.forms._submit(mentorForm.id, answersOf('mentor', i)), triggerUid: trigger.spec.id },
        ],
      })),
      // On fake time, a service call taking 10 s: a filing outlasts the 240 s timeout, so most waits time out.
      { workers: 4, callMs: 10_000 },
    );
    expect(result.errors.filter((e) => e !== null)).toEqual([]);
    expect(d.locks.document.waits.some((w) => !w.got)).toBe(true);
    addon.run('menuQuestionnaires');
    const answers = readSurveyResponses(
      d.sheet(RESPONSES_SHEET.title)!.getDataRange().getValues() as never,
      '2023-10-02',
    );
    expect(answers.rows).toHaveLength(N);
    expect(new Set(answers.rows.map((r) => r.record.id)).size).toBe(N);
    expect(new Set(answers.rows.map((r) => r.record.email)).size).toBe(N);
    const mentors = d.sheet(MENTORS_SHEET.title)!.getDataRange().getValues().slice(1);
    expect(mentors.filter((r) => r.some((v) => v !== ''))).toHaveLength(N);
  }, 120000);
});

import { afterAll, describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../../../shared/roadmap';
import {
  compare,
  deadlineAgrees,
  documentNames,
  periodMatches,
  readBytes,
  readExpected,
} from './roadmapFiles';

/*
 * Every .docx of ../shared/fixtures/roadmap-files through importRoadmapFile, against its .expected.json.
 * The Word reader owns period, organisation, and each item's stage, activity, deadline text and
 * responsible: all asserted, and every parsed deadline too; the summary printed at the end counts them.
 */

const names = documentNames();
const summary: string[] = [];

describe('.docx roadmaps read as their .expected.json says', () => {
  it('finds the six documents', () => {
    expect(names).toHaveLength(6);
  });

  it.each(names)('%s', async (name) => {
    const want = readExpected(name);
    const r = await importRoadmapFile(readBytes(`${name}.docx`), `${name}.docx`);
    const c = compare(r, want);
    summary.push(
      `${name}: items ${c.itemsMatched}/${c.items}, fields ${c.fieldsMatched}/${c.fields}, deadlines ${c.deadlinesAgreed}/${c.deadlines}`,
    );
    expect(r.error).toBeNull();
    expect(periodMatches(r, want.period), `period ${r.period?.label}`).toBe(true);
    expect(r.organisation).toBe(want.organisation);
    expect(r.items).toHaveLength(want.items.length);
    expect(c.mismatches).toEqual([]);
    const wrong: string[] = [];
    want.items.forEach((w, i) => {
      const got = r.items[i]!.deadline;
      if (deadlineAgrees(got, w.deadline)) return;
      const line = `${name} #${i + 1} «${w.deadlineText}»: want ${JSON.stringify(w.deadline)}, got ${got.kind} ${got.start} ${got.end} ${JSON.stringify(got.recurrence)}`;
      wrong.push(line);
    });
    expect(wrong).toEqual([]);
  });

  afterAll(() => {
    console.log(
      [
        '[docx] per document (items with stage, activity, deadline text and responsible all matching; fields; parsed deadlines):',
        ...summary.map((s) => `  ${s}`),
      ].join('\n'),
    );
  });
});

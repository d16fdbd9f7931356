import { describe, expect, it } from 'vitest';
import { academicYear, calendarYear, type Period, parseDeadline } from '../../../shared/roadmap';
import { deadlineAgrees, documentNames, type Expected, readExpected } from './files/roadmapFiles';

/*
 * Every deadline text of the Word/PDF fixtures (../shared/fixtures/roadmap-files/*.expected.json), read with
 * the document's period and judged as the README says (kind through the fixtures' neutral vocabulary, start,
 * end, recurrence: `deadlineAgrees`, the same judge the file readers' tests use).
 */

function periodOf(p: Expected['period']): Period {
  return p.kind === 'academic' ? academicYear(p.start) : calendarYear(p.year);
}

const files = documentNames();
const rows = files.flatMap((file) => {
  const doc = readExpected(file);
  return doc.items.map((item, i) => ({
    file,
    n: i + 1,
    period: periodOf(doc.period),
    text: item.deadlineText,
    want: item.deadline,
  }));
});

describe('deadlines of the Word/PDF fixtures, read from their text', () => {
  it('finds the six documents and their items', () => {
    expect(files).toHaveLength(6);
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  it.each(rows)('$file item $n: «$text»', ({ period, text, want }) => {
    const d = parseDeadline(text, period);
    expect(deadlineAgrees(d, want), `want ${JSON.stringify(want)}, got ${JSON.stringify(d)}`).toBe(true);
    if (d.kind === 'none') expect(d.reason).toBeTruthy();
  });
});

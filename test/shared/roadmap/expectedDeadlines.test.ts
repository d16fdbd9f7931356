import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deadline, Recurrence } from '../../../shared/model';
import { academicYear, calendarYear, type Period, parseDeadline } from '../../../shared/roadmap';

/*
 * Every deadline text of the Word/PDF fixtures (../shared/fixtures/roadmap-files/*.expected.json), read with
 * the document's period and judged by start, end and recurrence. The fixtures name kinds in a neutral
 * vocabulary (their README); the map below says which model kinds each one may be.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dir = path.resolve(repoRoot, '../shared/fixtures/roadmap-files');

interface ExpectedDeadline {
  kind: string;
  start: string | null;
  end: string | null;
  recurrence: string | null;
}
interface Expected {
  period: { kind: 'academic'; start: number } | { kind: 'calendar'; year: number };
  items: { deadlineText: string; deadline: ExpectedDeadline }[];
}

/** Fixture kind → the model's kinds: a span of months is the model's «month», «throughout» its «period». */
const KINDS: Record<string, Deadline['kind'][]> = {
  date: ['date'],
  month: ['month'],
  range: ['range', 'month'],
  by: ['by'],
  throughout: ['period'],
  recurring: ['recurring'],
  relative: ['relative'],
  none: ['none'],
};
const RECURRENCES: Record<string, Recurrence['every']> = {
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  'named-months': 'months',
};

function periodOf(p: Expected['period']): Period {
  return p.kind === 'academic' ? academicYear(p.start) : calendarYear(p.year);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort();
const rows = files.flatMap((file) => {
  const doc = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Expected;
  return doc.items.map((item, i) => ({
    file: file.replace('.expected.json', ''),
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
    const kinds = KINDS[want.kind];
    expect(kinds, `unknown fixture kind ${want.kind}`).toBeDefined();
    expect(kinds).toContain(d.kind);
    expect({ start: d.start, end: d.end }).toEqual({ start: want.start, end: want.end });
    if (want.recurrence === null) expect(d.recurrence).toBeNull();
    else expect(d.recurrence?.every).toBe(RECURRENCES[want.recurrence]);
    if (d.kind === 'none') expect(d.reason).toBeTruthy();
  });
});

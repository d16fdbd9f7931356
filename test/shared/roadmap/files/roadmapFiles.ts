import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deadline } from '../../../../shared/model';
import type { ImportedItem, ImportResult } from '../../../../shared/roadmap';
import { splitResponsible } from '../../../../shared/roadmap/responsible';

/**
 * The Word/PDF roadmaps of ../shared/fixtures/roadmap-files and their expectations, and how an import is
 * compared with them (README there). CI lays shared/ beside the clone, as /work/shared is beside /work/main.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const ROADMAP_FILES = path.resolve(repoRoot, '../shared/fixtures/roadmap-files');

export interface ExpectedItem {
  stage: string;
  activity: string;
  deadlineText: string;
  deadline: { kind: string; start: string | null; end: string | null; recurrence: string | null };
  responsible: string;
}

export interface Expected {
  period: { kind: 'academic'; start: number } | { kind: 'calendar'; year: number };
  organisation: string;
  items: ExpectedItem[];
}

/** Names without extension of the documents that come with an `.expected.json`. */
export function documentNames(): string[] {
  return readdirSync(ROADMAP_FILES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

export function readBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ROADMAP_FILES, name)));
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(ROADMAP_FILES, `${name}.expected.json`), 'utf8')) as Expected;
}

/**
 * The README's stage: the stage column's text, or the last section row above without its leading number
 * («I.», «1.»). The model keeps the section as written in `section`; the comparison drops the number.
 */
export function stageOf(it: ImportedItem): string {
  return it.stage || it.section.replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*)\.?\s+/, '');
}

/** The README's neutral deadline kinds → the model's kinds that mean the same. */
const KINDS: Record<string, Deadline['kind'][]> = {
  date: ['date'],
  month: ['month'],
  // A span of several months: the model may call it `month`, with the same dates (README).
  range: ['range', 'month'],
  by: ['by'],
  throughout: ['period'],
  recurring: ['recurring'],
  relative: ['relative'],
  none: ['none'],
};

/** The README's recurrences → the model's `every` (quarterly is new to the model: its name there is 'quarter'). */
const EVERY: Record<string, string> = {
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  'named-months': 'months',
};

/** Judged by kind (mapped), start, end and recurrence, as the README says. */
export function deadlineAgrees(got: Deadline, want: ExpectedItem['deadline']): boolean {
  if (!(KINDS[want.kind] ?? []).includes(got.kind)) return false;
  if (got.start !== want.start || got.end !== want.end) return false;
  const every = want.recurrence ? EVERY[want.recurrence] : null;
  return (got.recurrence?.every ?? null) === (every ?? null);
}

export function periodMatches(r: ImportResult, want: Expected['period']): boolean {
  if (!r.period || r.period.kind !== want.kind) return false;
  return r.period.startYear === (want.kind === 'academic' ? want.start : want.year);
}

export interface Comparison {
  items: number;
  /** Items whose stage, activity, deadline text and responsible all match. */
  itemsMatched: number;
  fields: number;
  fieldsMatched: number;
  deadlines: number;
  deadlinesAgreed: number;
  mismatches: string[];
}

const FIELDS = ['stage', 'activity', 'deadlineText', 'responsible'] as const;

/** Item by item, in document order: what matches the expectations and what does not. */
export function compare(r: ImportResult, want: Expected): Comparison {
  const out: Comparison = {
    items: want.items.length,
    itemsMatched: 0,
    fields: want.items.length * FIELDS.length,
    fieldsMatched: 0,
    deadlines: want.items.length,
    deadlinesAgreed: 0,
    mismatches: [],
  };
  want.items.forEach((w, i) => {
    const it = r.items[i];
    if (!it) {
      out.mismatches.push(`item ${i + 1}: missing («${w.activity.slice(0, 40)}»)`);
      return;
    }
    const got = {
      stage: stageOf(it),
      activity: it.activity,
      deadlineText: it.deadlineText,
      responsible: it.responsible,
    };
    const expected = {
      stage: w.stage,
      activity: w.activity,
      deadlineText: w.deadlineText,
      responsible: splitResponsible(w.responsible),
    };
    let all = true;
    for (const f of FIELDS) {
      if (JSON.stringify(got[f]) === JSON.stringify(expected[f])) out.fieldsMatched++;
      else {
        all = false;
        out.mismatches.push(
          `item ${i + 1} ${f}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(expected[f])}`,
        );
      }
    }
    if (all) out.itemsMatched++;
    if (deadlineAgrees(it.deadline, w.deadline)) out.deadlinesAgreed++;
  });
  if (r.items.length > want.items.length)
    out.mismatches.push(`${r.items.length - want.items.length} extra item(s)`);
  return out;
}

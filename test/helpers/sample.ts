import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvBytes } from '../../shared/csv';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'sample');

/** Rows of a sample CSV, as a sheet's getValues() would give them (strings). */
export function sampleRows(name: 'mentors' | 'mentees' | 'pairs' | 'documents'): string[][] {
  return parseCsvBytes(readFileSync(join(SAMPLE_DIR, `${name}.csv`))).rows;
}

// Runs the portal development set's judge (../shared/fixtures/portals/judge.mjs, called in its place) on an
// engine file and returns its per-page figures; used by the e2e test and `npm run bench -- autofill`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = new URL('../../../', import.meta.url).pathname;
/** The development set lives beside the clone (CI checks it out there); see its README. */
export const PORTALS_DIR = resolve(REPO_ROOT, '../shared/fixtures/portals');

export interface JudgedEntry {
  i: number;
  status: 'right' | 'wrong' | 'empty' | 'changed';
  why: string;
  got: string | null;
  key: string | null;
  label: string;
  expect: string;
  mustStayEmpty: boolean;
  selector: string;
}

export interface JudgedPage {
  page: string;
  total: number;
  right: number;
  wrong: number;
  empty: number;
  changed: number;
  forbidden: string[];
  consoleErrors: string[];
  offsite: string[];
  notes: string[];
  entries: JudgedEntry[];
}

export interface Judgement {
  right: number;
  total: number;
  mustStayChanged: number;
  pages: JudgedPage[];
}

/** Fails loudly when the set is missing: a skipped judgement would hide a regression. */
export function requirePortals(): string {
  const judge = join(PORTALS_DIR, 'judge.mjs');
  if (!existsSync(judge))
    throw new Error(
      `Нет набора порталов ${PORTALS_DIR} (judge.mjs): положите репозиторий shared рядом с клоном проекта.`,
    );
  return judge;
}

/** Runs the judge on `engineFile` (a script defining `window.__fill`); `only` = page prefixes («03,05»). */
export function judge(engineFile: string, only?: string): Judgement {
  const judgeFile = requirePortals();
  const dir = mkdtempSync(join(tmpdir(), 'portals-'));
  const out = join(dir, 'result.json');
  try {
    const args = [judgeFile, engineFile, '--json', out, ...(only ? ['--only', only] : [])];
    // cwd = the repo: the judge resolves playwright-core from there.
    const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 600_000 });
    if (!existsSync(out)) throw new Error(`Судья не дал результата:\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Judgement;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's truth entries (selectors, keys, expected values), as the set ships them. */
export function truthOf(page: string): { selector: string; key: string | null; mustStayEmpty: boolean }[] {
  return JSON.parse(readFileSync(join(PORTALS_DIR, `${page}.truth.json`), 'utf8'));
}

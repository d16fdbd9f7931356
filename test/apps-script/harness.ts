/** Builds the add-on once per test process and loads the built Code.js onto a fresh double. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildResult, buildAddon } from '../../apps-script/build/bundle';
import { createDouble, type DoubleOptions, type GoogleDouble, type LoadedAddon, loadAddon } from '../double';

let built: Promise<BuildResult> | null = null;

export function built_(): Promise<BuildResult> {
  built ??= buildAddon(mkdtempSync(join(tmpdir(), 'addon-build-')));
  return built;
}

export async function freshAddon(options: Partial<DoubleOptions> = {}): Promise<LoadedAddon & { double: GoogleDouble }> {
  const b = await built_();
  const double = createDouble({ distDir: b.outDir, ...options });
  return loadAddon(join(b.outDir, 'Code.js'), double);
}

/** A sheet's cell values as the curator sees them (trailing blanks trimmed), for before/after comparisons. */
export function grid(double: GoogleDouble, title: string): unknown[][] {
  const sheet = double.sheet(title);
  if (!sheet) throw new Error(`no sheet ${title}`);
  const values = sheet.getDataRange().getValues();
  return values.map((row) => row.map((v) => (v instanceof Date ? `date:${v.getFullYear()}-${v.getMonth() + 1}-${v.getDate()}` : v)));
}

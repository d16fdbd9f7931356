/** Builds the add-on once per test process and loads the built Code.js onto a fresh double. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildResult, buildAddon } from '../../apps-script/build/bundle';
import { ROADMAP_SHEET } from '../../shared/sheets';
import {
  createDouble,
  type DoubleOptions,
  type GoogleDouble,
  type LoadedAddon,
  loadAddon,
  zones,
} from '../double';

let built: Promise<BuildResult> | null = null;

export function built_(): Promise<BuildResult> {
  built ??= buildAddon(mkdtempSync(join(tmpdir(), 'addon-build-')));
  return built;
}

export async function freshAddon(
  options: Partial<DoubleOptions> = {},
): Promise<LoadedAddon & { double: GoogleDouble }> {
  const b = await built_();
  const double = createDouble({ distDir: b.outDir, ...options });
  return loadAddon(join(b.outDir, 'Code.js'), double);
}

/** A fresh add-on with its sheets set up and the questionnaires created (the curator confirmed the dialog). */
export async function addonWithForms(): Promise<LoadedAddon & { double: GoogleDouble }> {
  const addon = await freshAddon({ today: '2023-10-02' });
  addon.run('menuSetup');
  addon.double.ui.answers.push({ button: 'YES' });
  addon.run('menuQuestionnaires');
  return addon;
}

/** A sheet's cell values as the curator sees them (trailing blanks trimmed), for before/after comparisons. */
export function grid(double: GoogleDouble, title: string): unknown[][] {
  const sheet = double.sheet(title);
  if (!sheet) throw new Error(`no sheet ${title}`);
  const values = sheet.getDataRange().getValues();
  return values.map((row) =>
    row.map((v) => {
      if (!(v instanceof Date)) return v;
      // The day the cell shows: its wall-clock date in the spreadsheet's zone.
      const w = zones.wall(double.spreadsheet._timeZone, v.getTime());
      return `date:${w.year}-${w.month}-${w.day}`;
    }),
  );
}

/** Everything the curator could see or the add-on could rely on, as comparable JSON. */
export function snapshot(double: GoogleDouble): unknown {
  const ss = double.spreadsheet;
  const cell = (v: unknown) => (v instanceof Date ? `date:${v.toISOString()}` : (v ?? ''));
  // An empty cell is empty whether the double holds '' or nothing there: the curator sees no difference.
  const line = (values: unknown[]) => {
    const out = Array.from(values, cell);
    while (out.length > 0 && out.at(-1) === '') out.pop();
    return out;
  };
  return {
    sheets: ss._sheets.map((s) => ({
      name: s.name,
      values: [...s._values]
        .sort(([a], [b]) => a - b)
        .map(([r, values]) => [r, line(values)] as const)
        .filter(([, values]) => values.length > 0),
      notes: [...s._notes].sort(),
      bg: [...s._bg].sort(),
      weight: [...s._weight].sort(),
      fmt: [...s._fmt].sort(),
      validation: [...s._validation].map(([k, v]) => [k, v._key()]).sort(),
      widths: [...s._widths].sort(),
      frozen: s._frozenRows,
      maxRows: s._maxRows,
      maxColumns: s._maxColumns,
      protections: s._protections.map((p) => [p.description, p.warningOnly, p.range?.getA1Notation()]),
      rules: s._rules.map((r) => [
        r.condition.values,
        r.condition.background,
        r.ranges.map((x) => x.getA1Notation()),
      ]),
    })),
    metadata: ss._metadata
      .map((m) => [
        m.key,
        m.value,
        m.location.type,
        'sheet' in m.location ? m.location.sheet.name : '',
        'column' in m.location ? m.location.column : 0,
      ])
      .sort(),
  };
}

/** Which parts of two snapshots differ (short, so a failing test prints a readable message). */
export function snapshotDiff(a: unknown, b: unknown): string[] {
  const A = a as { sheets: Record<string, unknown>[]; metadata: unknown[] };
  const B = b as typeof A;
  const out: string[] = [];
  if (A.sheets.length !== B.sheets.length) out.push(`sheets: ${A.sheets.length} → ${B.sheets.length}`);
  A.sheets.forEach((s, i) => {
    for (const k of Object.keys(s))
      if (JSON.stringify(s[k]) !== JSON.stringify(B.sheets[i]?.[k])) out.push(`${String(s.name)}.${k}`);
  });
  if (JSON.stringify(A.metadata) !== JSON.stringify(B.metadata)) out.push('metadata');
  return out;
}

/** The activities of «Дорожная карта» as the sheet holds them, top to bottom (its column as setup made it). */
export function roadmapActivities(double: GoogleDouble): string[] {
  const sheet = double.sheet(ROADMAP_SHEET.title)!;
  const column = ROADMAP_SHEET.columns.findIndex((c) => c.field === 'activity') + 1;
  const out: string[] = [];
  for (let r = 2; r <= sheet._lastRow(); r++) {
    const v = sheet._get(r, column);
    if (v) out.push(String(v));
  }
  return out;
}

/** The deadline statuses by the background the conditional rules show (roadmap and «Планы пар» alike). */
const COLOR_STATUS: Record<string, string> = {
  '#d9ead3': 'done',
  '#eeeeee': 'no-date',
  '#e4dcf5': 'recurring',
  '#f4cccc': 'overdue',
  '#fff2cc': 'due-soon',
  '#cfe2f3': 'in-progress',
};

/** A cell's shown background as a status: no colour is «upcoming», an unknown colour «none». */
export function statusOfColour(bg: string | null | undefined): string {
  return bg ? (COLOR_STATUS[bg] ?? 'none') : 'upcoming';
}

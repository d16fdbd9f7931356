// End-to-end: the engine as the product builds it (dist/portal-engine.js) on every page of the portal
// development set (../shared/fixtures/portals), judged in Chromium by the set's own judge.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortalEngine } from '../../../scripts/portalEngine';
import { type Judgement, judge, requirePortals } from '../helpers/portals';

/**
 * Fields right per page, as last measured (`npm run bench -- autofill`). Raise a figure when the engine
 * gets better; a drop fails the test. Must-stay fields are never allowed to change.
 */
const RIGHT_AT_LEAST: Record<string, number> = {
  '01-bootstrap': 33,
  '02-hierarchy-table': 45,
  '03-vue-element': 33,
  '04-google-forms-grid': 41,
  '05-wizard-tabs': 42,
  '06-shadow-iframe': 26,
  '07-grid-contenteditable': 35,
  '08-traps-and-units': 28,
};

let result: Judgement;
const dir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));

beforeAll(async () => {
  // No set beside the clone is a failure, never a skip: CI checks ../shared out next to the project.
  requirePortals();
  const engine = join(dir, 'portal-engine.js');
  await buildPortalEngine(engine);
  result = judge(engine);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the portal development set, judged', () => {
  it('judges every page of the set, and no page is left out of the recorded figures', () => {
    expect(result.pages.map((p) => p.page).sort()).toEqual(Object.keys(RIGHT_AT_LEAST).sort());
  });

  for (const [name, atLeast] of Object.entries(RIGHT_AT_LEAST)) {
    it(`${name}: at least ${atLeast} fields right, nothing it must leave alone changed, no forbidden action`, () => {
      const p = result.pages.find((x) => x.page === name);
      expect(p, `страница ${name} не оценена`).toBeDefined();
      const changed = p!.entries.filter((e) => e.status === 'changed').map((e) => `${e.label}: ${e.got}`);
      expect(changed).toEqual([]);
      expect(p!.forbidden).toEqual([]);
      expect(p!.offsite).toEqual([]);
      expect(p!.notes).toEqual([]);
      expect(p!.right).toBeGreaterThanOrEqual(atLeast);
    });
  }
});

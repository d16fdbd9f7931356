// The store builds: Chrome and Firefox build without warnings, Mozilla's addons-linter passes the Firefox
// build, the sources zip for addons.mozilla.org holds what builds the extension, the icons are the generator's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintMessage } from 'addons-linter';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SIZES, iconPng } from '../../scripts/icons';

const ROOT = new URL('../../', import.meta.url).pathname;
const WXT = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
const OUT = mkdtempSync(join(tmpdir(), 'nastavnik-store-'));

/** `wxt …` into OUT; the output with the spinner's lines dropped. */
function wxt(...args: string[]): string {
  const r = spawnSync(process.execPath, [WXT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NASTAVNIK_OUT_DIR: OUT, CI: 'true' },
  });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`wxt ${args.join(' ')}:\n${out}`);
  return out;
}

let chromeLog = '';
let firefoxLog = '';
beforeAll(() => {
  chromeLog = wxt('build', '-b', 'chrome');
  firefoxLog = wxt('zip', '-b', 'firefox');
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/**
 * addons-linter warnings that are known and harmless, by code and file. Anything else fails the test.
 * - DANGEROUS_EVAL: zod checks whether `Function('')` works (in try/catch) to choose its fast path; an
 *   extension page's CSP forbids it, so zod takes the plain path. No string is ever evaluated.
 * - UNSAFE_VAR_ASSIGNMENT (innerHTML): Preact's branch for `dangerouslySetInnerHTML`, which no component
 *   of the extension uses (checked below).
 */
const KNOWN_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

describe('store builds', () => {
  it('Chrome and Firefox build without warnings', () => {
    // consola prints « WARN » on a terminal and «[warn]» elsewhere (CI).
    for (const log of [chromeLog, firefoxLog]) expect(log).not.toMatch(/\bWARN\b|\[warn\]/);
  });

  it('passes Mozilla addons-linter on the Firefox build: no errors, no warnings but the known ones', async () => {
    const linter = await import('addons-linter');
    const res = await linter
      .createInstance({
        config: {
          _: [join(OUT, 'firefox-mv3')],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: true,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    expect(res.errors.map(show)).toEqual([]);
    expect(res.warnings.filter((w) => !KNOWN_WARNINGS.has(w.code)).map(show)).toEqual([]);
    const sources = readdirSync(join(ROOT, 'extension'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'extension', f), 'utf8'));
    expect(sources.some((s) => s.includes('dangerouslySetInnerHTML'))).toBe(false);
  }, 120_000);

  it('Firefox manifest: add-on id, data-collection declaration, a minimum version that knows it', () => {
    const m = JSON.parse(readFileSync(join(OUT, 'firefox-mv3/manifest.json'), 'utf8'));
    const gecko = m.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('the sources zip holds what builds the extension and no tests', () => {
    const zip = readdirSync(OUT).find((f) => f.endsWith('-sources.zip'));
    expect(zip).toBeDefined();
    const names = Object.keys(unzipSync(readFileSync(join(OUT, zip!))));
    for (const need of ['package.json', 'package-lock.json', 'wxt.config.ts', 'extension/strings.ts'])
      expect(names).toContain(need);
    expect(names.some((n) => n.startsWith('shared/report/'))).toBe(true);
    expect(names.some((n) => n.startsWith('test/') || n.startsWith('node_modules/'))).toBe(false);
  });

  it('manifest texts in Russian (default) and English, icons of every store size', () => {
    const m = JSON.parse(readFileSync(join(OUT, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(m.default_locale).toBe('ru');
    expect(m.name).toBe('__MSG_extName__');
    for (const lang of ['ru', 'en']) {
      const messages = JSON.parse(
        readFileSync(join(OUT, `chrome-mv3/_locales/${lang}/messages.json`), 'utf8'),
      );
      for (const key of ['extName', 'extDescription', 'actionTitle', 'openPopup'])
        expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
      expect(messages.extName.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
    expect(Object.keys(m.icons).map(Number)).toEqual(ICON_SIZES);
    expect(m.action.default_icon).toBeDefined();
    expect(m.commands._execute_action.suggested_key.default).toBeTruthy();
    for (const size of ICON_SIZES) {
      const built = readFileSync(join(OUT, 'chrome-mv3', m.icons[size]));
      expect(built.readUInt32BE(16), `${size}.png width`).toBe(size);
      expect(built.readUInt32BE(20), `${size}.png height`).toBe(size);
    }
  });

  it('the committed icons are exactly what scripts/icons.mjs draws', () => {
    for (const size of ICON_SIZES)
      expect(readFileSync(join(ICON_DIR, `${size}.png`)).equals(iconPng(size)), `${size}.png`).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createDouble } from '../double';
import { built_, freshAddon } from './harness';

describe('the built bundle', () => {
  it('is a plain script: no export or import survives, every entry point is a top-level function', async () => {
    const b = await built_();
    const code = readFileSync(join(b.outDir, 'Code.js'), 'utf8');
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/^\s*import\s/m);
    for (const name of [
      'onOpen',
      'onInstall',
      'onEdit',
      'menuSetup',
      'menuRefreshDeadlines',
      'dailyDigest',
      'getAddonInfo',
    ])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(b.entryPoints).toContain('menuHelp');
  });

  it("inlines a window's CSS @import: the meeting links dialog carries the questionnaires dialog's rules", async () => {
    const b = await built_();
    const html = readFileSync(join(b.outDir, 'meetings.html'), 'utf8');
    expect(html).not.toMatch(/@import/);
    expect(html).toMatch(/border-collapse:\s*collapse/);
    expect(html).toMatch(/input\.link/);
  });

  it('does nothing at load time: it runs in a context with no globals at all', async () => {
    const b = await built_();
    const code = readFileSync(join(b.outDir, 'Code.js'), 'utf8');
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
    expect(typeof (context as Record<string, unknown>).onOpen).toBe('function');
  });

  it('compiles no code at run time: zod runs jitless, so no parser is built with `new Function`', async () => {
    const b = await built_();
    const code = readFileSync(join(b.outDir, 'Code.js'), 'utf8');
    const double = createDouble({ distDir: b.outDir, today: '2026-12-07' });
    let compiled = 0;
    // The script's own `Function`: every `new Function(…)` in the bundle goes through it.
    const counting = new Proxy(Function, {
      construct(target, args) {
        compiled++;
        return Reflect.construct(target, args);
      },
    });
    const context = vm.createContext({ ...double.globals, Function: counting });
    vm.runInContext(code, context);
    const run = (name: string) => ((context as Record<string, unknown>)[name] as () => unknown)();
    run('menuSetup');
    run('getReportSettings');
    expect(compiled).toBe(0);
  });

  it('makes no service call while loading', async () => {
    const addon = await freshAddon();
    expect(addon.double.log.count()).toBe(0);
  });

  it('ships appsscript.json with V8, a time zone and narrow scopes', async () => {
    const b = await built_();
    const manifest = JSON.parse(readFileSync(join(b.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });

  it('inlines each UI into one HTML file with no template literal and no external script', async () => {
    const b = await built_();
    expect(b.uis).toEqual(expect.arrayContaining(['help', 'import']));
    for (const ui of b.uis) {
      const html = readFileSync(join(b.outDir, `${ui}.html`), 'utf8');
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts.length, ui).toBe(1);
      expect(scripts[0], ui).toContain('google.script.run');
      expect(scripts[0], ui).not.toContain('`');
      expect(html, ui).not.toMatch(/<script[^>]+src=/);
      expect(html, ui).not.toContain('<!-- SCRIPT -->');
      expect(html, ui).toContain('<style>');
    }
  });

  it('lets google.script.run call public functions only, with JSON and no Dates', async () => {
    const addon = await freshAddon({ today: '2023-03-01' });
    const info = addon.callFromClient('getAddonInfo') as { today: string; sheets: string[] };
    expect(info.today).toBe('2023-03-01');
    expect(info.sheets).toContain('Дорожная карта');
    expect(() => addon.callFromClient('__addon_')).toThrow(/not found/);
    expect(() => addon.callFromClient('getAddonInfo', new Date())).toThrow(/Date/);
  });
});

/**
 * Builds the add-on for clasp: `apps-script/src` → one `Code.js`, `appsscript.json`, and each UI in
 * `apps-script/ui/<name>/` → one self-contained `<name>.html`.
 *
 * Code.js layout (clasp 3 pushes files as they are and refuses `export`):
 *   function __addon_() { … the CommonJS bundle, run once on first call … }
 *   function onOpen() { return __addon_().onOpen.apply(this, arguments); }
 *   …one wrapper per entry point of apps-script/src/entrypoints.ts…
 * Top-level code only declares functions, so loading the file touches no service (onOpen may run
 * before authorisation, when properties and files are off limits).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { type BuildOptions, build, type Plugin } from 'esbuild';

export const ADDON_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_DIR = join(ADDON_ROOT, 'dist');

/** Apps Script's V8 runs ES2019 reliably; newer syntax is lowered. */
const SERVER_TARGET = 'es2019';

export interface BuildResult {
  outDir: string;
  entryPoints: string[];
  uis: string[];
  codeBytes: number;
}

/**
 * zod re-exports all its ~45 locales (380 KB); the add-on's messages are its own Russian ones, so only
 * the English default (which zod installs at load) and Russian are kept.
 */
export const zodLocalesPlugin: Plugin = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: args.importer, namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents:
        'export { default as en } from "../locales/en.js";\nexport { default as ru } from "../locales/ru.js";\n',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * How Code.js is built. Both default on: every trigger and `google.script.run` call starts a fresh Apps Script
 * execution that loads the whole file, so its size and start-up cost are paid on each one
 * (`npm run bench -- codeJs` measures each variant).
 */
export interface ServerBuildOptions {
  /** Minify (whitespace and local names; entry point names are object keys and survive). */
  minify?: boolean;
  /**
   * zod's `jitless` mode (https://zod.dev/api?id=jitless — `z.config({ jitless: true })`): no `new Function`
   * parser compilation, which costs more at start than it saves in one short execution.
   */
  jitless?: boolean;
}

/** Bundles the server code into the body of `__addon_()` (CommonJS, so no `export` survives). */
async function bundleServer(options: ServerBuildOptions): Promise<string> {
  const out = await build({
    minify: options.minify ?? true,
    // zodMode.ts reads this to set zod's global config before any schema is built.
    define: { __ZOD_JITLESS__: String(options.jitless ?? true) },
    entryPoints: [join(ADDON_ROOT, 'src', 'entrypoints.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    // Packages resolve like a browser's (papaparse, used by shared/report's CSV form, ships a "browser"
    // build without Node's stream); Apps Script has no Node modules.
    mainFields: ['browser', 'module', 'main'],
    target: SERVER_TARGET,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [zodLocalesPlugin],
  });
  return out.outputFiles[0]!.text;
}

/** Reads the entry point names by running the bundle once with no globals at all. */
function entryNames(cjs: string): string[] {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(cjs, { module, exports: module.exports }, { filename: 'entrypoints.cjs' });
  const entries = module.exports.ENTRYPOINTS as Record<string, unknown> | undefined;
  if (!entries) throw new Error('apps-script/src/entrypoints.ts must export ENTRYPOINTS');
  const names = Object.keys(entries);
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Bad entry point name: ${name}`);
    if (typeof entries[name] !== 'function') throw new Error(`Entry point ${name} is not a function`);
  }
  return names;
}

export function codeJs(cjs: string, names: readonly string[]): string {
  const lines = [
    '// Built by scripts/build/10-apps-script.mjs from apps-script/src. Do not edit: edit the sources.',
    'var __addonCache_;',
    'function __addon_() {',
    '  if (__addonCache_) return __addonCache_;',
    '  var module = { exports: {} };',
    '  var exports = module.exports;',
    cjs,
    '  __addonCache_ = module.exports.ENTRYPOINTS;',
    '  return __addonCache_;',
    '}',
    '',
    ...names.map((n) => `function ${n}() {\n  return __addon_().${n}.apply(this, arguments);\n}\n`),
  ];
  return lines.join('\n');
}

/**
 * A UI's script, lowered so no template literal reaches HtmlService (it mangles `//` and `/*` in them).
 * zod's locales are cut as on the server: the import dialog runs shared/roadmap, whose model is zod's.
 */
async function bundleUi(entry: string): Promise<string> {
  const out = await build({ ...UI_BUILD, entryPoints: [entry], write: false });
  return escapeBackticks(out.outputFiles[0]!.text);
}

/** How every window's script is built (the size bench builds the same way). */
export const UI_BUILD = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  supported: { 'template-literal': false },
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'silent',
  plugins: [zodLocalesPlugin],
} satisfies BuildOptions;

/**
 * With template literals lowered, a backtick left in the script sits inside a string or a regular expression
 * (pdf.js's messages quote names in them). HtmlService's script scanner knows no template literals, so none
 * reaches it: each becomes `\x60`, the same character in both. An escaped one (`\``) cannot be rewritten
 * that simply; none occurs, and the build says so if one ever does.
 */
export function escapeBackticks(script: string): string {
  const at = script.indexOf('\\`');
  if (at >= 0) throw new Error(`UI script has an escaped backtick near: ${script.slice(at - 40, at + 10)}`);
  return script.replaceAll('`', '\\x60');
}

/** Inlines `<!-- SCRIPT -->` and `<!-- STYLE -->` of a UI's index.html. */
export function inlineHtml(template: string, script: string, style: string): string {
  // `</script` inside a string would end the tag early.
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  return template
    .replace('<!-- STYLE -->', () => `<style>\n${style}\n</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${safeScript}\n</script>`);
}

/** A UI is a folder of apps-script/ui with an entry (main.ts / main.tsx) or its own index.html. */
function uiNames(): string[] {
  const dir = join(ADDON_ROOT, 'ui');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared')
    .filter((d) => ['index.html', 'main.ts', 'main.tsx'].some((f) => existsSync(join(dir, d.name, f))))
    .map((d) => d.name)
    .sort();
}

/** The page of a Preact UI that renders into #app; a UI with its own markup keeps its own index.html. */
const SHELL = join(ADDON_ROOT, 'ui', 'shared', 'shell.html');
/** CSS every window starts from (ui/shared/base.css), before its own style.css. */
const BASE_CSS = join(ADDON_ROOT, 'ui', 'shared', 'base.css');

/**
 * A window's style.css may start from another window's (`@import '../surveys/style.css';`): the HTML is one
 * inlined file (HtmlService serves no side files), so the import is replaced by that file's text here.
 */
function inlineCssImports(css: string, dir: string): string {
  return css.replace(/^@import\s+['"]([^'"]+)['"];[ \t]*$/gm, (_line, file: string) =>
    readFileSync(join(dir, file), 'utf8'),
  );
}

async function buildUi(name: string, outDir: string): Promise<void> {
  const dir = join(ADDON_ROOT, 'ui', name);
  const own = join(dir, 'index.html');
  const template = readFileSync(existsSync(own) ? own : SHELL, 'utf8');
  const entry = ['main.tsx', 'main.ts'].map((f) => join(dir, f)).find((f) => existsSync(f));
  const script = entry ? await bundleUi(entry) : '';
  const cssFile = join(dir, 'style.css');
  const ownStyle = existsSync(cssFile) ? inlineCssImports(readFileSync(cssFile, 'utf8'), dir) : '';
  const style = `${readFileSync(BASE_CSS, 'utf8')}\n${ownStyle}`;
  writeFileSync(join(outDir, `${name}.html`), inlineHtml(template, script, style));
}

export async function buildAddon(
  outDir = DEFAULT_OUT_DIR,
  options: ServerBuildOptions = {},
): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cjs = await bundleServer(options);
  const names = entryNames(cjs);
  const code = codeJs(cjs, names);
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(join(ADDON_ROOT, 'appsscript.json'), join(outDir, 'appsscript.json'));
  const uis = uiNames();
  for (const ui of uis) await buildUi(ui, outDir);
  return { outDir, entryPoints: names, uis, codeBytes: Buffer.byteLength(code) };
}

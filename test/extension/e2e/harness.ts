import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXT_DIR = join(ROOT, '.output/chrome-mv3-e2e');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

const LOCK = join(ROOT, '.output/.e2e-build.lock');

/**
 * Test files run in parallel processes and more than one loads the e2e build: one process builds while the
 * others wait for it (a directory as the lock; one left by a killed run is taken over after two minutes).
 */
function withBuildLock<T>(work: () => T): T {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the test-mode extension (host permission for 127.0.0.1), unless a build newer than the sources exists. */
export function buildE2eExtension(): string {
  return withBuildLock(buildUnlocked);
}

function buildUnlocked(): string {
  const manifest = join(EXT_DIR, 'manifest.json');
  const sources = Math.max(
    newest(join(ROOT, 'extension')),
    newest(join(ROOT, 'shared')),
    newest(join(ROOT, 'wxt.config.ts')),
    newest(join(ROOT, 'package.json')),
  );
  if (existsSync(manifest) && statSync(manifest).mtimeMs > sources) return EXT_DIR;
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const r = spawnSync(process.execPath, [wxt, 'build', '--mode', 'e2e'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Сборка расширения для e2e не удалась:\n${r.stdout}\n${r.stderr}`);
  return EXT_DIR;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  /** Every request the server received: method and path with query. */
  log: string[];
  close: () => Promise<void>;
}

/** Serves the fixture portals from `host` (a loopback address), plus `/exec?token=…` standing in for the add-on's web app. */
export async function serveFixtures(
  packageJson: string,
  token: string,
  host = '127.0.0.1',
): Promise<FixtureServer> {
  const dir = new URL('../fixtures/', import.meta.url).pathname;
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname === '/exec') {
      const ok = url.searchParams.get('token') === token;
      res.writeHead(ok ? 200 : 403, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end(ok ? packageJson : '{"error":"forbidden"}');
      return;
    }
    const file = join(dir, url.pathname.replace(/^\/+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    log,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * Real Chromium with the built extension loaded; no request may leave 127.0.0.1. `lang` is the browser's
 * interface language, which the extension follows: on Linux Chromium takes it from LANGUAGE, and only for
 * the languages whose files are installed (Debian's chromium-l10n).
 */
export async function launchWithExtension(
  extDir: string,
  lang: 'ru' | 'en' = 'ru',
): Promise<{ context: BrowserContext; extensionId: string }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium не найден: ${CHROMIUM}. Установите его (apt-get install -y chromium) или укажите путь в CHROMIUM_PATH.`,
    );
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nastavnik-e2e-')), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    locale: lang === 'ru' ? 'ru-RU' : 'en-US',
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Nothing resolves except the loopback servers: a request elsewhere would fail and show up in the log.
      // 127.0.0.2: a portal the e2e build has no access to.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const ui = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }
    ).chrome.i18n.getUILanguage(),
  );
  if (!ui.startsWith(lang)) {
    await context.close();
    throw new Error(
      `Chromium запустился с языком «${ui}», а не «${lang}»: нет файлов языка. Установите их: apt-get install -y chromium-l10n.`,
    );
  }
  return { context, extensionId };
}

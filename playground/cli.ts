/**
 * `npm start`: build everything (unless --no-build), load the sample school onto the double, serve the
 * playground. `--smoke` checks that it answers and exits 0 (CI and a quick check by a person).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ListenError, listen, type PlaygroundServer } from './server';
import { PlaygroundSession } from './session';
import { P } from './strings';

export const ROOT = new URL('../', import.meta.url).pathname;

export interface StartOptions {
  /** 8080 by default; --smoke without --port takes any free port, so a check never clashes. */
  port: number;
  today: string;
  build: boolean;
  smoke: boolean;
  /** Open the playground in the person's browser (off with --no-open, and never with --smoke). */
  open: boolean;
  distDir: string;
  sampleDir: string;
}

/** Today's date on this machine's clock, ISO. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Parses the command line; throws a Russian message on a bad flag. */
export function parseArgs(argv: readonly string[]): StartOptions {
  const o: StartOptions = {
    port: 8080,
    today: localToday(),
    build: true,
    smoke: false,
    open: true,
    distDir: join(ROOT, 'apps-script/dist'),
    sampleDir: join(ROOT, 'sample'),
  };
  for (const a of argv) {
    const [flag, value = ''] = a.split(/=(.*)/s) as [string, string?];
    if (flag === '--smoke') o.smoke = true;
    else if (flag === '--no-build') o.build = false;
    else if (flag === '--no-open') o.open = false;
    else if (flag === '--port') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n > 65535) throw new Error(P.args.badPort(value));
      o.port = n;
    } else if (flag === '--today') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
        throw new Error(P.args.badToday(value));
      o.today = value;
    } else if (flag === '--dist') o.distDir = value;
    else throw new Error(P.args.unknown(a));
  }
  if (o.smoke && !argv.some((a) => a.startsWith('--port'))) o.port = 0;
  return o;
}

/**
 * The command that opens `url` in the person's browser, or null where there is none to open (CI, no display,
 * no opener installed): then the address printed is the way in.
 */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] | null {
  if (env['CI']) return null;
  if (platform === 'darwin') return ['open', url];
  if (platform === 'win32') return ['cmd', '/c', 'start', '""', url];
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return null;
  const onPath = (env['PATH'] ?? '').split(delimiter).some((d) => d && existsSync(join(d, 'xdg-open')));
  return onPath ? ['xdg-open', url] : null;
}

/** Opens the browser without waiting for it; true when an opener was started. */
function openBrowser(url: string): boolean {
  const cmd = browserCommand(url);
  if (!cmd) return false;
  try {
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** Runs `npm run build`'s script with its progress lines; the exit code when it failed. */
export function build(): number {
  console.log(P.build.start);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: ROOT });
  return r.status ?? 1;
}

/** Loads the session and serves it. */
export async function startPlayground(
  o: Pick<StartOptions, 'distDir' | 'sampleDir' | 'today' | 'port'>,
): Promise<{ session: PlaygroundSession; server: PlaygroundServer }> {
  const session = new PlaygroundSession(o);
  const server = await listen(session, o.port);
  return { session, server };
}

async function check(what: string, url: string, test: (body: string) => string | null): Promise<boolean> {
  try {
    const res = await fetch(url);
    const body = await res.text();
    const problem = res.ok ? test(body) : `HTTP ${res.status}: ${body.slice(0, 200)}`;
    if (problem) console.error(P.smoke.failed(what, problem));
    else console.log(P.smoke.ok(what));
    return !problem;
  } catch (e) {
    console.error(P.smoke.failed(what, e instanceof Error ? e.message : String(e)));
    return false;
  }
}

/** GETs the page, the state and every built UI; true when all answered as expected. */
export async function smoke(base: string): Promise<boolean> {
  console.log(P.smoke.start);
  let ok = await check('страница', base, (b) => (b.includes('app.js') ? null : 'нет скрипта страницы'));
  // The page and every dialog import it: without it no Google Form or Document link opens here.
  ok =
    (await check('ссылки Google Форм и Документов', `${base}google-links.js`, (b) =>
      b.includes('export function localAddress') ? null : 'нет скрипта ссылок',
    )) && ok;
  let uis: string[] = [];
  ok =
    (await check('состояние /api/state', `${base}api/state`, (b) => {
      const s = JSON.parse(b) as { sheets: { name: string }[]; menus: unknown[]; uis: string[] };
      uis = s.uis;
      if (!s.menus.length) return 'надстройка не построила меню';
      if (s.sheets.length < 2) return 'листы не созданы';
      return null;
    })) && ok;
  for (const ui of uis)
    ok =
      (await check(`интерфейс ${ui}.html`, `${base}ui/${ui}`, (b) =>
        b.includes('google.script') ? null : 'нет google.script.run',
      )) && ok;
  ok =
    (await check('портал района', `${base}portal`, (b) => (b.includes('<form') ? null : 'нет формы'))) && ok;
  return ok;
}

/** The whole `npm start`; `runBuild` is the build step (a test passes a failing one). */
export async function main(argv: readonly string[], runBuild: () => number = build): Promise<number> {
  let o: StartOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (o.build) {
    const code = runBuild();
    if (code !== 0) {
      console.error(P.build.failed(code));
      return code;
    }
  } else console.log(P.build.skipped);
  console.log(P.sample.loading(o.today));
  let started: Awaited<ReturnType<typeof startPlayground>>;
  try {
    started = await startPlayground(o);
  } catch (e) {
    console.error(e instanceof ListenError ? e.message : `✖ ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const { session, server } = started;
  console.log(P.sample.loaded(session.pasted.map((p) => `${p.sheet} ${p.rows}`).join(', ')));
  console.log(P.server.ready(server.url));
  if (!o.smoke) {
    console.log(o.open && openBrowser(server.url) ? P.server.opened : P.server.openYourself(server.url));
    return new Promise<number>(() => undefined);
  }
  const ok = await smoke(server.url);
  await server.close();
  if (ok) console.log(P.smoke.done);
  return ok ? 0 : 1;
}

import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { browserCommand, localToday, main, parseArgs, ROOT, startPlayground } from '../../playground/cli';
import { ListenError } from '../../playground/server';
import { built_ } from '../apps-script/harness';

describe('npm start flags', () => {
  it('reads --port, --today, --no-build, --smoke and refuses anything else in Russian', () => {
    const o = parseArgs(['--port=9001', '--today=2025-11-20', '--no-build']);
    expect(o).toMatchObject({ port: 9001, today: '2025-11-20', build: false, smoke: false });
    expect(parseArgs([]).port).toBe(8080);
    expect(parseArgs([]).today).toBe(localToday());
    // A smoke check takes any free port unless told otherwise.
    expect(parseArgs(['--smoke']).port).toBe(0);
    expect(parseArgs(['--smoke', '--port=8081']).port).toBe(8081);
    expect(() => parseArgs(['--port=http'])).toThrow('--port: «http»');
    expect(() => parseArgs(['--today=20.11.2025'])).toThrow('ГГГГ-ММ-ДД');
    expect(() => parseArgs(['--colour'])).toThrow('Неизвестный параметр «--colour»');
  });
});

describe('npm start opens the playground in the browser when it can', () => {
  const url = 'http://127.0.0.1:8080/';
  it('by the platform’s opener; not in CI, not without a display, not without xdg-open', () => {
    expect(parseArgs([]).open).toBe(true);
    expect(parseArgs(['--no-open']).open).toBe(false);
    expect(browserCommand(url, 'darwin', {})).toEqual(['open', url]);
    expect(browserCommand(url, 'win32', {})?.at(-1)).toBe(url);
    expect(browserCommand(url, 'darwin', { CI: 'true' })).toBeNull();
    expect(browserCommand(url, 'linux', { PATH: '/usr/bin:/bin' })).toBeNull();
    expect(browserCommand(url, 'linux', { DISPLAY: ':0', PATH: '/nowhere' })).toBeNull();
  });
});

describe('npm start when the build fails', () => {
  it('stops with the build’s exit code and says the playground was not started', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['--smoke'], () => 3)).toBe(3);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
    expect(errors.join('\n')).toContain('Сборка не удалась (код 3); площадка не запущена');
  });
});

describe('the playground server', () => {
  it('a taken port gives a message naming the port and the flag to change it', async () => {
    const b = await built_();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = await startPlayground({
        distDir: b.outDir,
        sampleDir: join(ROOT, 'sample'),
        today: '2025-11-20',
        port,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ListenError);
      expect((err as Error).message).toContain(`Порт ${port} уже занят`);
      expect((err as Error).message).toContain(`--port=${port + 1}`);
    } finally {
      blocker.close();
    }
  });

  it('answers JSON endpoints; /exec is the add-on’s own doGet (a clear message while it has none)', async () => {
    const b = await built_();
    const { server, session } = await startPlayground({
      distDir: b.outDir,
      sampleDir: join(ROOT, 'sample'),
      today: '2025-11-20',
      port: 0,
    });
    try {
      const post = (path: string, body: unknown) =>
        fetch(server.url + path, { method: 'POST', body: JSON.stringify(body) }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as Record<string, unknown>,
        }));
      const menu = await post('api/menu', { handler: 'menuRefreshDeadlines' });
      expect(menu).toMatchObject({ status: 200, body: { ok: true, dialogs: [] } });
      expect((await post('api/menu', { handler: 'onOpen' })).status).toBe(400);
      const run = await post('api/run', { name: 'getAddonInfo', args: '[]' });
      expect(run.body.ok).toBe(true);
      const bad = await fetch(`${server.url}api/run`, { method: 'POST', body: '[1' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { message: string }).message).toMatch(/^Неверный запрос/);
      const exec = await fetch(`${server.url}exec?token=x`);
      if (session.addon.functions().includes('doGet')) expect(exec.status).not.toBe(501);
      else {
        expect(exec.status).toBe(501);
        expect(await exec.text()).toContain('нет doGet');
      }
      expect((await fetch(`${server.url}ui/nope`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('`npm start -- --smoke --no-build` starts, checks itself and exits 0', async () => {
    const b = await built_();
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/start.ts'), '--smoke', '--no-build', `--dist=${b.outDir}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Площадка отвечает');
    expect(r.stdout).toContain('интерфейс help.html');
  }, 60_000);

  it('--no-build without a build says what to do and exits non-zero', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/start.ts'), '--smoke', '--no-build', '--dist=/nonexistent'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Нет собранной надстройки');
  }, 60_000);
});

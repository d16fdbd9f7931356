// @vitest-environment happy-dom
/** Tests of the google.script.run shim over the bridge: server functions called, errors passed, private names and Dates refused. */
import { describe, expect, it } from 'vitest';
import { freshAddon } from '../apps-script/harness';
import { bridgeCall, SCRIPT_RUN_SHIM } from './bridge';

type Win = typeof window & {
  __gasTransport: (name: string, json: string) => Promise<unknown>;
  __gasHost: (what: string) => void;
  google: { script: { run: Record<string, (...a: unknown[]) => unknown>; host: { close(): void } } };
};

async function install() {
  const addon = await freshAddon();
  const w = window as Win;
  const hostCalls: string[] = [];
  w.__gasTransport = async (name, json) => bridgeCall(addon, name, json);
  w.__gasHost = (what) => void hostCalls.push(what);
  new Function(SCRIPT_RUN_SHIM)();
  return { w, hostCalls };
}

const call = (w: Win, name: string, ...args: unknown[]) =>
  new Promise<{ ok: boolean; value: unknown }>((resolve) => {
    const run = w.google.script.run as unknown as {
      withSuccessHandler(f: (v: unknown) => void): {
        withFailureHandler(f: (e: Error) => void): Record<string, (...a: unknown[]) => void>;
      };
    };
    run
      .withSuccessHandler((value) => resolve({ ok: true, value }))
      .withFailureHandler((e) => resolve({ ok: false, value: e.message }))[name]!(...args);
  });

describe('google.script.run shim over the bridge', () => {
  it('calls a public server function of the built Code.js and returns its JSON result', async () => {
    const { w } = await install();
    const res = await call(w, 'getAddonInfo');
    expect(res.ok).toBe(true);
    expect(JSON.stringify(res.value)).toContain('Наставники');
  });

  it('passes server errors to the failure handler, refuses private names and Dates', async () => {
    const { w } = await install();
    const missing = await call(w, 'noSuchFunction');
    expect(missing.ok).toBe(false);
    const date = await call(w, 'getAddonInfo', new Date());
    expect(date).toEqual({ ok: false, value: 'google.script.run: a Date cannot be passed' });
  });

  it('google.script.host.close reaches the host', async () => {
    const { w, hostCalls } = await install();
    w.google.script.host.close();
    expect(hostCalls).toEqual(['close']);
  });
});

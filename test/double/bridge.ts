/**
 * The bridge between a built HTML UI running in a real browser and the built Code.js running on the
 * double in Node. One shim for every browser host: Playwright tests expose `__gasTransport` with
 * `page.exposeFunction`, the playground implements it with `fetch`. Arguments and results travel as JSON,
 * as google.script.run carries them (no Dates, no functions).
 */
import type { LoadedAddon } from './index';

export interface BridgeReply {
  ok: boolean;
  /** JSON of the server function's return value (ok) — `undefined` travels as null. */
  value?: string;
  /** The error message the failure handler receives (not ok). */
  message?: string;
}

/** Runs one google.script.run call on the loaded add-on and packs the reply for the browser. */
export function bridgeCall(addon: LoadedAddon, name: string, argsJson: string): BridgeReply {
  try {
    const args = JSON.parse(argsJson) as unknown[];
    const value = addon.callFromClient(name, ...args);
    return { ok: true, value: JSON.stringify(value ?? null) };
  } catch (e) {
    // Errors thrown inside the vm come from another realm: `instanceof Error` is false there.
    const message = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
    return { ok: false, message };
  }
}

/**
 * Browser script (a string, for `page.addInitScript` or a `<script>` tag) that defines `google.script.run`
 * and `google.script.host` over `window.__gasTransport(name, argsJson) → Promise<BridgeReply>`.
 * `google.script.host.close()` calls `window.__gasHost('close')` when the host defines it.
 */
export const SCRIPT_RUN_SHIM = `(() => {
  function runner(ok, fail, user) {
    return new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, fail, user);
        if (prop === 'withFailureHandler') return (f) => runner(ok, f, user);
        if (prop === 'withUserObject') return (u) => runner(ok, fail, u);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          let json;
          try {
            json = JSON.stringify(args, function (k, v) {
              if (this[k] instanceof Date) {
                throw new Error('google.script.run: a Date cannot be passed');
              }
              return v;
            });
          } catch (e) {
            setTimeout(() => fail && fail(e, user));
            return;
          }
          Promise.resolve(window.__gasTransport(prop, json)).then(
            (reply) => {
              if (reply && reply.ok) ok && ok(reply.value === undefined ? undefined : JSON.parse(reply.value), user);
              else fail && fail(new Error(reply ? reply.message : 'нет ответа сервера'), user);
            },
            (e) => fail && fail(e instanceof Error ? e : new Error(String(e)), user),
          );
        };
      },
    });
  }
  const host = (what, arg) => (window.__gasHost ? window.__gasHost(what, arg) : undefined);
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: () => host('close'),
      setHeight: (h) => host('setHeight', h),
      setWidth: (w) => host('setWidth', w),
      editor: { focus: () => host('focus') },
      origin: window.location.origin,
    },
  };
})();`;

/**
 * Loads a dialog's HTML (as the server showed it, appended markers included) into happy-dom, with a
 * google.script.run that calls the built Code.js on the double (JSON in and out, as the real bridge).
 */
import type { LoadedAddon } from '../double';

export function openDialogHtml(html: string, addon: LoadedAddon): { isClosed(): boolean } {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (script === undefined) throw new Error('no inline script in the dialog');
  const body = /<body>([\s\S]*?)<\/body>/.exec(html)?.[1] ?? '';
  // HtmlOutput.append puts content after </html>; a browser parses it into the body.
  const after = html.split(/<\/html>/i)[1] ?? '';
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/, '') + after;
  let closed = false;
  const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          return (...args: unknown[]) =>
            queueMicrotask(() => {
              try {
                ok(addon.callFromClient(prop, ...args));
              } catch (e) {
                fail(e);
              }
            });
        },
      },
    );
  (globalThis as Record<string, unknown>).google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
      host: { close: () => (closed = true) },
    },
  };
  new Function(script)();
  return { isClosed: () => closed };
}

export const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Types into an input or textarea as a person does (value + input event). */
export function type(el: Element, value: string): void {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

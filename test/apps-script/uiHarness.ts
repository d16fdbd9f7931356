/**
 * Loads a dialog's HTML (as the server showed it, appended markers included) into happy-dom, with a
 * google.script.run that calls the built Code.js on the double: the one browser shim and bridge of
 * test/double/bridge.ts (JSON in and out, as in Apps Script).
 */
import type { LoadedAddon } from '../double';
import { bridgeCall, SCRIPT_RUN_SHIM } from '../double/bridge';

export function openDialogHtml(html: string, addon: LoadedAddon): { isClosed(): boolean } {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (script === undefined) throw new Error('no inline script in the dialog');
  const body = /<body>([\s\S]*?)<\/body>/.exec(html)?.[1] ?? '';
  // HtmlOutput.append puts content after </html>; a browser parses it into the body.
  const after = html.split(/<\/html>/i)[1] ?? '';
  // The window's language as a browser takes it from <html lang> (the server writes it from the user's locale).
  document.documentElement.lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/, '') + after;
  let closed = false;
  const w = window as unknown as Record<string, unknown>;
  w.__gasTransport = async (name: string, json: string) => bridgeCall(addon, name, json);
  w.__gasHost = (what: string) => {
    if (what === 'close') closed = true;
  };
  new Function(SCRIPT_RUN_SHIM)();
  new Function(script)();
  return { isClosed: () => closed };
}

/**
 * One turn of the event loop: lets the page's own queued work (Preact's batched re-render after an input
 * event) run before the next step. Not a wait for time; waits for results use `until` or `vi.waitFor`.
 */
export const nextTurn = () => new Promise((r) => setTimeout(r, 0));

/** Waits until `ready()` holds (the dialog's server round trips finished), at most `ms`; a slow machine only waits longer. */
export async function until(ready: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('the dialog did not get there in time');
    await nextTurn();
  }
}

/** Types into an input or textarea as a person does (value + input event). */
export function type(el: Element, value: string): void {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Opens the built sidebar HTML in Debian's Chromium with google.script.run bridged to the built Code.js on the double. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { LoadedAddon } from '../../double';
import { bridgeCall, SCRIPT_RUN_SHIM } from '../../double/bridge';
import { built_ } from '../harness';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OpenSidebar {
  page: Page;
  /** Alerts, confirms, prompts the page tried to open (should stay empty). */
  dialogs: string[];
  /** Server functions the page called, in order. */
  calls: string[];
}

/**
 * A 300 px wide page (the Sheets sidebar's width) serving the built sidebar.html from a fake origin; `html`: the
 * page as the server showed it instead (menuPairing's HtmlOutput, in the user's language).
 */
export function openSidebar(browser: Browser, addon: LoadedAddon, html?: string): Promise<OpenSidebar> {
  return openUi(browser, addon, 'sidebar', { width: 300, height: 900 }, html);
}

/** Any built UI (dist/<name>.html) in a page of the given size, served from a fake origin, bridged to the double. */
export async function openUi(
  browser: Browser,
  addon: LoadedAddon,
  name: string,
  viewport: { width: number; height: number },
  shown?: string,
): Promise<OpenSidebar> {
  const b = await built_();
  const html = shown ?? readFileSync(join(b.outDir, `${name}.html`), 'utf8');
  const page = await browser.newPage({ viewport });
  const dialogs: string[] = [];
  const calls: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__gasTransport', (fn: string, json: string) => {
    calls.push(fn);
    return bridgeCall(addon, fn, json);
  });
  await page.exposeFunction('__gasHost', () => undefined);
  await page.addInitScript(SCRIPT_RUN_SHIM);
  await page.route(`https://${name}.test/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`https://${name}.test/`);
  return { page, dialogs, calls };
}

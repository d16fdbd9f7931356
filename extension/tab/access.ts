// Why the extension could not work in a tab, told from the tab's address rather than the browser's English error.
import { browser } from 'wxt/browser';

/**
 * - `no-access`: an ordinary page, but the extension has no access to it yet (its address is hidden from
 *   the extension for that very reason): the person must press the extension's button on that tab.
 * - `browser-page`: the browser's own pages (settings, new tab, PDF viewer, error page…), closed to all extensions.
 * - `store-page`: the extension stores' pages, closed to all extensions.
 * - `file`: a file opened from the disk, which needs the browser's «access to file URLs» switch.
 * - `page-failed`: the page is reachable but did not answer (still loading, or broke): reload and retry.
 */
export type TabProblem = 'no-access' | 'browser-page' | 'store-page' | 'file' | 'page-failed';

// Chrome and Firefox refuse scripting on their stores' pages whatever the permissions.
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/** The problem, from the tab's address as the extension sees it (undefined when it has no access). */
export function tabProblem(url: string | undefined): TabProblem {
  if (!url) return 'no-access';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (u.protocol === 'file:') return 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(u.hostname)) return 'store-page';
  return 'page-failed';
}

/** Looks the tab up (its address is visible only with access) and names the problem. */
export async function diagnoseTab(tabId: number): Promise<TabProblem> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tabProblem(tab.url || tab.pendingUrl);
  } catch {
    return 'no-access';
  }
}

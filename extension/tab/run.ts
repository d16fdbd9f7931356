/** Running one command in a tab: inject the autofill script once (the scripting API) and call it; which tab to work on. */
import { browser } from 'wxt/browser';
import { PAGE_GLOBAL, type PageAnswer, type PageCommand } from './protocol';

/** Injects the autofill script into the tab (once; it guards itself) and runs one command there. */
export async function runInTab(tabId: number, cmd: PageCommand): Promise<PageAnswer> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/autofill.js'] });
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, command: PageCommand) =>
      (globalThis as unknown as Record<string, { run: (c: PageCommand) => PageAnswer }>)[name]!.run(command),
    args: [PAGE_GLOBAL, cmd],
  });
  return res?.result as PageAnswer;
}

/** The tab to work on: `?tabId=` when given (tests), else the active tab of the current window. */
export async function targetTabId(search = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

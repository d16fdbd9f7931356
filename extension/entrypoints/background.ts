// On first install, open the options page so the person can import a report package.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && import.meta.env.MODE !== 'e2e') void browser.runtime.openOptionsPage();
  });
});

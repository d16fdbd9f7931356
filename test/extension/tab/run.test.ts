import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { targetTabId } = await import('../../../extension/tab/run');

describe('targetTabId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes the tab from ?tabId= when given', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
  });

  it('otherwise takes the active tab of the current window', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://portal.example/a', active: false });
    const active = await fakeBrowser.tabs.create({ url: 'https://portal.example/form', active: true });
    expect(await targetTabId('')).toBe(active.id);
    expect(await targetTabId('?tabId=abc')).toBe(active.id);
  });
});

/** Waiting in the options page's tests: for a condition the page reaches, never for a fixed time. */
import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';

/** Retries `check` (assertions) until it passes: the page's IndexedDB work and renders are done. */
export function until(check: () => unknown): Promise<unknown> {
  return vi.waitFor(check, { timeout: 5000, interval: 5 });
}

/** The page has opened the store and shown what it holds (it drops aria-busy then). */
export function ready(): Promise<unknown> {
  return until(() => expect(document.querySelector('[aria-busy="false"]')).not.toBeNull());
}

/** An event the person causes, with Preact's renders and effects flushed before the next step. */
export function user(action: () => void): Promise<void> {
  return act(action);
}

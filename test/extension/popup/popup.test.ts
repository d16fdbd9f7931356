// @vitest-environment happy-dom
// The popup offers what the person chose for a similar label on another site first, with the site, and fills
// nothing by it.
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planFill } from '../../../extension/autofill/plan';
import { summarizePlan } from '../../../extension/autofill/summary';
import { Popup } from '../../../extension/popup/Popup';
import { Store } from '../../../extension/store/db';
import { ru } from '../../../extension/strings';
import type { PageCommand } from '../../../extension/tab/protocol';
import { page } from '../helpers/byHand';
import { domLibraryVisibility } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

const HERE = 'https://new-portal.example/m2';

vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async () => {},
      setBadgeBackgroundColor: async () => {},
      setTitle: async () => {},
    },
    i18n: { getMessage: () => '', getUILanguage: () => 'ru' },
    runtime: { getURL: (p: string) => p },
  },
}));

/** The page in the tab: the engine plans it as the injected script would, from the popup's command. */
const sent: PageCommand[] = [];
vi.mock('../../../extension/tab/run', () => ({
  targetTabId: async () => 1,
  runInTab: async (_tab: number, cmd: PageCommand) => {
    sent.push(cmd);
    if (cmd.type !== 'preview') return { url: HERE };
    const doc = page('<h1>Мониторинг</h1><p><label for="a">Пары:</label><input id="a"></p>');
    const plan = planFill(doc, cmd.report, {
      isVisible: domLibraryVisibility,
      mappings: cmd.mappings,
      elsewhere: cmd.elsewhere ?? [],
    });
    return { url: HERE, plan: summarizePlan(plan) };
  },
}));

const settle = async (ms = 100) => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, ms / 10));
};

afterEach(async () => {
  render(null, document.body);
  const store = await Store.open();
  for (const p of await store.listPackages()) await store.deletePackage(p.id);
  for (const m of await store.listMappings()) await store.deleteMapping(m.site);
  store.close();
  sent.length = 0;
});

describe('popup: a choice made on another site', () => {
  it('is offered first for a similar label, named with its site, and the field stays unfilled', async () => {
    const s = await Store.open();
    await s.putPackage(samplePackage());
    // On another portal the person chose «Количество групп» for «Пары» (a portal that counts groups as pairs).
    await s.setMapping('https://old-portal.example/report', 'text:пары', 'pairs.groups');
    s.close();
    render(h(Popup, {}), document.body);
    await settle();
    (document.querySelector('#preview') as HTMLButtonElement).click();
    await settle(300);

    const cmd = sent.find((c) => c.type === 'preview');
    expect(cmd && 'elsewhere' in cmd ? cmd.elsewhere : []).toEqual([
      expect.objectContaining({ key: 'pairs.groups', site: 'old-portal.example' }),
    ]);
    const select = document.querySelector('#fields select') as HTMLSelectElement;
    const first = select.querySelector('optgroup.choices option') as HTMLOptionElement;
    expect(first.value).toBe('pairs.groups');
    expect(first.textContent).toContain(ru.popup.choseOn('old-portal.example'));
    expect(document.querySelector('#fields .elsewhere')?.textContent).toContain(
      'вы выбирали это на old-portal.example',
    );
    // Offered, not chosen: the select shows «не заполнять», the row is not to be filled.
    expect(select.value).toBe('');
    expect(document.querySelector('#fields tr')?.className).toBe('skip');
  });
});

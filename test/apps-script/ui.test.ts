// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built_, freshAddon } from './harness';

/** Loads a built UI into the DOM with a google.script.run that calls the built Code.js on the double. */
async function openUi(name: string, call: (fn: string, args: unknown[]) => unknown) {
  const b = await built_();
  const html = readFileSync(join(b.outDir, `${name}.html`), 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  document.body.innerHTML = html
    .replace(/<script>[\s\S]*?<\/script>/, '')
    .replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
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
                ok(call(prop, args));
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

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('built UIs in a DOM', () => {
  it('the help dialog shows the sheets the server reports', async () => {
    const addon = await freshAddon();
    await openUi('help', (fn, args) => addon.callFromClient(fn, ...args));
    await settle();
    expect(document.body.textContent).toContain('Дорожная карта');
    expect(document.body.textContent).toContain('Настроить или восстановить листы');
  });

  it('the import dialog sends the pasted table and shows the result', async () => {
    const addon = await freshAddon({ today: '2023-01-15' });
    addon.run('menuSetup');
    const ui = await openUi('import', (fn, args) => addon.callFromClient(fn, ...args));
    await settle();
    const area = document.querySelector('textarea')!;
    area.value = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'roadmaps', 'school-proskurinskaya-2023.txt'),
      'utf8',
    );
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    (document.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(document.body.textContent).toMatch(/Импортировано мероприятий: 8/);
    expect(addon.double.sheet('Дорожная карта')!._get(2, 1)).toBe('DK-0001');
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(ui.isClosed()).toBe(true);
  });
});

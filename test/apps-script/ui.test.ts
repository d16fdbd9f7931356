// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LoadedAddon } from '../double';
import { built_, freshAddon } from './harness';
import { openDialogHtml } from './uiHarness';

/** Loads a built UI into the DOM, its google.script.run bridged to the built Code.js on the double. */
async function openUi(name: string, addon: LoadedAddon) {
  const b = await built_();
  return openDialogHtml(readFileSync(join(b.outDir, `${name}.html`), 'utf8'), addon);
}

describe('built UIs in a DOM', () => {
  it('the help dialog shows the sheets the server reports', async () => {
    const addon = await freshAddon();
    await openUi('help', addon);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Дорожная карта'));
    expect(document.body.textContent).toContain('Настроить или восстановить листы');
  });
  // The import dialog: test/apps-script/importDialog.test.ts.
});

// Questionnaires: the «Анкеты» dialog.
describe('the questionnaires dialog', () => {
  it('shows the forms’ links and counts, and «Проверить формы» recreates a deleted form', async () => {
    const addon = await freshAddon({ today: '2023-10-02' });
    addon.run('menuSetup');
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuQuestionnaires');
    const forms = addon.double.forms;
    const mentor = forms._form('Анкета наставника')!;
    const feedback = forms._form('Промежуточная обратная связь')!;
    forms._delete(feedback.id);
    await openUi('surveys', addon);
    await vi.waitFor(() => expect(document.querySelectorAll('#forms tr').length).toBe(5));
    const rows = Array.from(document.querySelectorAll('#forms tr')).slice(1);
    expect(rows.map((r) => r.firstElementChild!.textContent)).toEqual([
      'Анкета наставника',
      'Анкета наставляемого',
      'Промежуточная обратная связь',
      'Итоговый мониторинг удовлетворённости',
    ]);
    const links = Array.from(rows[0]!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([mentor.getPublishedUrl(), mentor.getEditUrl()]);
    expect(rows[2]!.textContent).toContain('форма удалена');
    expect(document.querySelector('#satisfaction')!.textContent).toContain('Наставники');
    (document.getElementById('repair') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(document.getElementById('status')!.textContent).toContain('Промежуточная обратная связь'),
    );
    const again = Array.from(document.querySelectorAll('#forms tr')).slice(1);
    expect(again[2]!.querySelectorAll('a')).toHaveLength(2);
    expect(forms._form('Промежуточная обратная связь')!.id).not.toBe(feedback.id);
  });
});

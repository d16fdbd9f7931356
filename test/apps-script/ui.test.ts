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
  it('the help dialog in English for an English user: its own text too, the sheets’ names as they are', async () => {
    const addon = await freshAddon({ locale: 'en_US' });
    addon.run('menuHelp');
    const shown = addon.double.ui.dialogs.at(-1)!;
    expect(shown.text).toContain('<html lang="en">');
    openDialogHtml(shown.text, addon);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Today by the spreadsheet’s clock'));
    expect(document.body.textContent).toContain('Pairing…');
    expect(document.querySelector('h1')!.textContent).toBe('Mentoring');
    // Everything but the list of sheets (their Russian names are the data) reads in English outside «…».
    const sections = Array.from(document.querySelectorAll('#info section'));
    sections[0]!.remove();
    const text = document.body.textContent!.replace(/«[^«»]*»/g, '').replace(/«[^«»]*»/g, '');
    expect(text).toContain('Roadmap');
    expect(text).not.toMatch(/[а-яё]/i);
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

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious } from '../../helpers/axe';
import { freshAddon, grid } from '../harness';
import { sampleSchool, typeRows } from '../pairingFixture';
import { launch, openSidebar } from './sidebarPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const col = (rows: unknown[][], header: string) => (rows[0] as string[]).indexOf(header);

describe('pairing sidebar in Chromium on the double, for a user whose Google language is English', () => {
  it('is in English: the banks, the remarks, the suggestions', async () => {
    const addon = await sampleSchool(undefined, { locale: 'en_US' });
    addon.run('menuPairing');
    const shown = addon.double.ui.dialogs.at(-1)!;
    expect(shown.title).toBe('Pairing');
    const { page, dialogs } = await openSidebar(browser, addon, shown.text);
    await page.locator('[data-count="mentors"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText(/Remarks \(\d+\)/).click();
    await page.getByRole('button', { name: 'Suggest pairs' }).click();
    await page.locator('li.pair').first().waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Mentors: 19');
    expect(text).toContain('click one to select the cell');
    expect(text).toMatch(/Suggested: \d+\. Without a mentor: \d+\./);
    expect(text).toContain('Pairing settings');
    expect(text).not.toContain('Подобрать пары');
    expect(dialogs).toEqual([]);
  }, 60_000);
});

describe('pairing sidebar in Chromium on the double', () => {
  it('shows the banks, suggests, accepts some with one mentor swapped; «Пары» and the banks change', async () => {
    const addon = await sampleSchool();
    const { page, dialogs, calls } = await openSidebar(browser, addon);
    await page.getByText('Наставников:').waitFor();
    expect(await page.locator('[data-count="mentors"]').textContent()).toBe('19');
    expect(await page.locator('[data-count="in-pairs"]').textContent()).toBe('2');

    // A remark is a button: it selects the bad cell in the sheet.
    await page.getByText(/Замечания \(\d+\)/).click();
    await page
      .getByRole('button', { name: /Строка 16/ })
      .first()
      .click();
    await expect
      .poll(() => addon.double.spreadsheet._active?._activeRange?.getA1Notation())
      .toMatch(/^[B-Z]16$/);

    await page.getByLabel('Набор весов').selectOption('school');
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    const cards = page.locator('li.pair');
    const total = await cards.count();
    expect(total).toBeGreaterThan(4);

    // Find a card whose mentee has an alternative mentor with free places: that one is swapped.
    let swapped: { index: number; mentee: string; mentor: string; name: string } | null = null;
    for (let i = 0; i < total && !swapped; i++) {
      const select = cards.nth(i).locator('select');
      if ((await select.count()) === 0) continue;
      const options = await select
        .locator('option')
        .evaluateAll((os) =>
          os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
        );
      const free = options.slice(1).find((o) => /свободных мест: [1-9]/.test(o.text));
      if (free)
        swapped = {
          index: i,
          mentee: (await cards.nth(i).getAttribute('data-mentee'))!,
          mentor: free.value,
          name: free.text.split(' — ')[0]!,
        };
    }
    expect(swapped).not.toBeNull();
    // Accept some: untick all, tick three (keyboard: Space on a focused checkbox), swap one mentor.
    await page.getByRole('button', { name: 'Снять все' }).click();
    const indices = [swapped!.index, ...[0, 1, 2, 3].filter((i) => i !== swapped!.index).slice(0, 2)];
    const picked: string[] = [];
    for (const i of indices) {
      const box = cards.nth(i).getByRole('checkbox');
      await box.focus();
      await page.keyboard.press('Space');
      picked.push((await cards.nth(i).getAttribute('data-mentee'))!);
    }
    await cards.nth(swapped!.index).locator('select').selectOption(swapped!.mentor);
    await expect.poll(() => cards.nth(swapped!.index).locator('.mentor').textContent()).toBe(swapped!.name);
    const accept = page.getByRole('button', { name: 'Принять отмеченные (3)' });
    const callsBefore = calls.length;
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Закреплено: \d+ строк/).waitFor();

    const pairs = grid(addon.double, 'Пары');
    const ids = col(pairs, 'ID наставляемых');
    const mentorCol = col(pairs, 'ID наставника');
    const added = pairs.slice(4).filter((r) => r[col(pairs, 'ID пары')] !== '');
    const addedMentees = added.flatMap((r) => String(r[ids]).split(', '));
    expect(addedMentees.sort()).toEqual([...picked].sort());
    const swapRow = added.find((r) => String(r[ids]).split(', ').includes(swapped!.mentee))!;
    expect(swapRow[mentorCol]).toBe(swapped!.mentor);
    for (const r of added) expect(r[col(pairs, 'Статус')]).toBe('Действует');

    const mentees = grid(addon.double, 'Наставляемые');
    for (const id of picked)
      expect(mentees.find((r) => r[col(mentees, 'ID')] === id)![col(mentees, 'Статус')]).toBe('В паре');

    // After acceptance the sidebar runs again: the accepted mentees are now locked, not offered.
    await expect.poll(() => page.locator('[data-count="in-pairs"]').textContent()).toBe('5');
    for (const id of picked) expect(await page.locator(`li.pair[data-mentee="${id}"]`).count()).toBe(0);
    // One server call for «Принять»: its answer carried the new state and suggestions.
    expect(calls.slice(callsBefore)).toEqual(['acceptSuggested']);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it('excluding one pair keeps the curator’s picks and ticks on the other cards; accepting writes the pick', async () => {
    const addon = await sampleSchool();
    const { page, dialogs } = await openSidebar(browser, addon);
    await page.getByLabel('Набор весов').selectOption('school');
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    const cards = page.locator('li.pair');
    const total = await cards.count();
    // A card with an alternative mentor who has places: the curator picks that mentor.
    let picked: { mentee: string; mentor: string; name: string } | null = null;
    for (let i = 0; i < total && !picked; i++) {
      const options = await cards
        .nth(i)
        .locator('select option')
        .evaluateAll((os) =>
          os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
        );
      const free = options.slice(1).find((o) => /свободных мест: [1-9]/.test(o.text));
      if (free)
        picked = {
          mentee: (await cards.nth(i).getAttribute('data-mentee'))!,
          mentor: free.value,
          name: free.text.split(' — ')[0]!,
        };
    }
    expect(picked).not.toBeNull();
    const card = (id: string) => page.locator(`li.pair[data-mentee="${id}"]`);
    await card(picked!.mentee).locator('select').selectOption(picked!.mentor);
    // Another card is unticked, a third one excluded.
    const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-mentee')!));
    const [unticked, excluded] = ids.filter((id) => id !== picked!.mentee);
    await card(unticked!).getByRole('checkbox').uncheck();
    await card(excluded!).getByRole('button', { name: 'Исключить пару' }).click();
    await page.getByText('Исключённые пары (1)').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Подобрать пары' }).isEnabled()).toBe(true);

    await expect.poll(() => card(picked!.mentee).locator('.mentor').textContent()).toBe(picked!.name);
    expect(await card(picked!.mentee).locator('select').inputValue()).toBe(picked!.mentor);
    expect(await card(picked!.mentee).getByText('Наставник выбран куратором').count()).toBe(1);
    expect(await card(unticked!).getByRole('checkbox').isChecked()).toBe(false);

    // Accept only the pick: «Пары» gets the mentor the curator chose.
    await page.getByRole('button', { name: 'Снять все' }).click();
    await card(picked!.mentee).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Принять отмеченные (1)' }).click();
    await page.getByText(/Закреплено: 1 строка/).waitFor();
    const pairs = grid(addon.double, 'Пары');
    const row = pairs.find((r) => String(r[col(pairs, 'ID наставляемых')]) === picked!.mentee)!;
    expect(row[col(pairs, 'ID наставника')]).toBe(picked!.mentor);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it('picking a mentor with no free places warns on the card at once, and acceptance refuses it', async () => {
    const addon = await sampleSchool();
    const { page } = await openSidebar(browser, addon);
    await page.getByLabel('Набор весов').selectOption('school');
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    const cards = page.locator('li.pair');
    const total = await cards.count();
    let full: { index: number; mentor: string; name: string } | null = null;
    for (let i = 0; i < total && !full; i++) {
      const options = await cards
        .nth(i)
        .locator('select option')
        .evaluateAll((os) =>
          os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
        );
      const none = options.slice(1).find((o) => /свободных мест: 0/.test(o.text));
      if (none) full = { index: i, mentor: none.value, name: none.text.split(' — ')[0]! };
    }
    expect(full).not.toBeNull();
    const card = cards.nth(full!.index);
    expect(await card.getByRole('alert').count()).toBe(0);
    await card.locator('select').selectOption(full!.mentor);
    await card.getByRole('alert').getByText(`У наставника ${full!.name} мест:`, { exact: false }).waitFor();
    expect(await card.getByRole('alert').textContent()).toMatch(/Такую пару не закрепить/);
    const before = grid(addon.double, 'Пары');
    await page.getByRole('button', { name: /Принять отмеченные/ }).click();
    await page
      .locator('.error[role="alert"]')
      .getByText(new RegExp(`Наставник «${full!.name}» готов взять \\d+`))
      .waitFor();
    expect(grid(addon.double, 'Пары')).toEqual(before);
    await page.close();
  }, 60_000);

  it('accessibility: axe finds nothing serious in the sidebar, with its remarks and the suggestions open', async () => {
    const addon = await sampleSchool();
    const { page } = await openSidebar(browser, addon);
    await page.getByText('Наставников:').waitFor();
    await page.getByText(/Замечания \(\d+\)/).click();
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
  }, 60_000);

  it('consent is not a setting: no checkbox, a line saying it always applies', async () => {
    const addon = await sampleSchool();
    const { page } = await openSidebar(browser, addon);
    await page.getByText('Жёсткие правила').waitFor();
    expect(await page.getByRole('checkbox', { name: /согласием/ }).count()).toBe(0);
    await page.getByText(/Без согласия на обработку ПД человек в подбор не попадает/).waitFor();
    await page.close();
  }, 60_000);

  it('tells the curator to refresh when the sheet changed while the sidebar was open', async () => {
    const addon = await sampleSchool();
    const { page, calls } = await openSidebar(browser, addon);
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    addon.double
      .sheet('Наставляемые')!
      .getRange(2, 4)
      .setValues([['учитель химии']]);
    const before = grid(addon.double, 'Пары');
    await page.getByRole('button', { name: /Принять отмеченные/ }).click();
    await page
      .getByRole('alert')
      .getByText('Таблицу изменили, пока была открыта панель. Обновите подбор.')
      .waitFor();
    expect(grid(addon.double, 'Пары')).toEqual(before);
    const callsBefore = calls.length;
    await page.getByRole('button', { name: 'Обновить подбор' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.locator('li.pair').first().waitFor();
    // One server call: its answer carried the banks' state and the new suggestions.
    expect(calls.slice(callsBefore)).toEqual(['refreshPairing']);
    // The refreshed suggestions are current: accepting them is not refused as stale.
    await page.getByRole('button', { name: /Принять отмеченные/ }).click();
    await page.getByText(/^Закреплено:/).waitFor();
    await page.close();
  }, 60_000);

  it('shows a name like <img src=x onerror=alert(1)> as text, never as HTML', async () => {
    const addon = await sampleSchool();
    const evil = '<img src=x onerror=alert(1)>';
    const mentees = grid(addon.double, 'Наставляемые');
    const nameCol = col(mentees, 'ФИО') + 1;
    addon.double
      .sheet('Наставляемые')!
      .getRange(2, nameCol)
      .setValues([[evil]]);
    const mentors = grid(addon.double, 'Наставники');
    addon.double
      .sheet('Наставники')!
      .getRange(2, col(mentors, 'ФИО') + 1)
      .setValues([[`${evil} Соколова`]]);
    const { page, dialogs } = await openSidebar(browser, addon);
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    await page.getByText(evil, { exact: true }).first().waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.content()).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it('makes the draft order and the programmes from the sidebar and links to them', async () => {
    const addon = await sampleSchool();
    // One new pair (no order number, no programme yet), accepted in the sidebar.
    const { page } = await openSidebar(browser, addon);
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    await page.getByRole('button', { name: 'Снять все' }).click();
    await page.locator('li.pair').first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Принять отмеченные (1)' }).click();
    await page.getByText(/Закреплено: 1 строка/).waitFor();
    await page.getByRole('button', { name: 'Проект приказа о закреплении пар' }).click();
    await page.getByText('Проект приказа создан: 1 пара/группа.').waitFor();
    const order = addon.double.documents._created()[0]!;
    expect(await page.getByRole('link', { name: 'Открыть' }).getAttribute('href')).toContain(order.id);
    await page.getByRole('button', { name: 'Программы для пар без программы' }).click();
    await page.getByText(/Создано программ: 1\./).waitFor();
    expect(addon.double.documents._created()).toHaveLength(2);
    await page.close();
  }, 60_000);

  it('a long list is shown 50 cards at a time; the accept button counts every ticked suggestion', async () => {
    const addon = await freshAddon({ today: '2025-10-20' });
    addon.run('menuSetup');
    const head = (cols: string[]) => [cols];
    typeRows(addon.double, 'mentors', [
      ...head([
        'ID',
        'ФИО',
        'Формы наставничества',
        'Готов взять наставляемых',
        'Согласие на обработку ПД',
        'Статус',
      ]),
      ...Array.from({ length: 80 }, (_, i) => [
        `NS-${1000 + i}`,
        `Наставник ${i}`,
        'Учитель – учитель',
        '2',
        'да',
        'Активен',
      ]),
    ]);
    typeRows(addon.double, 'mentees', [
      ...head(['ID', 'ФИО', 'Желаемая форма', 'Согласие на обработку ПД', 'Статус']),
      ...Array.from({ length: 120 }, (_, i) => [
        `NV-${1000 + i}`,
        `Наставляемый ${i}`,
        'Учитель – учитель',
        'да',
        'Без пары',
      ]),
    ]);
    const { page } = await openSidebar(browser, addon);
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await page.locator('li.pair').first().waitFor();
    expect(await page.locator('li.pair').count()).toBe(50);
    await page.getByRole('button', { name: 'Принять отмеченные (120)' }).waitFor();
    await page.getByRole('button', { name: /Показать ещё 50 \(осталось 70/ }).click();
    expect(await page.locator('li.pair').count()).toBe(100);
    await page.getByRole('button', { name: /Показать ещё 20 \(осталось 20/ }).click();
    expect(await page.locator('li.pair').count()).toBe(120);
    // Cards past the first page are explained by the server on request, then work like the others.
    const last = page.locator('li.pair').nth(119);
    await last.locator('.mentor').waitFor();
    expect(await last.locator('.names b').textContent()).toMatch(/^Наставляемый /);
    await last.getByRole('checkbox').click();
    await page.getByRole('button', { name: 'Принять отмеченные (119)' }).waitFor();
    await page.close();
  }, 60_000);

  it('a failing server call is shown to the curator, not swallowed', async () => {
    const addon = await freshAddon({ today: '2025-10-20' }); // no setup: the sheets do not exist
    const { page } = await openSidebar(browser, addon);
    await page
      .getByRole('alert')
      .getByText(/Не получилось: Лист «Наставники» не найден/)
      .waitFor();
    expect(await page.getByText('Загрузка…').count()).toBe(0);
    await page.close();
  }, 60_000);
});

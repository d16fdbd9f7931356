// @vitest-environment happy-dom
// No code, ISO date or decimal point in what the add-on shows (issue 19): the report sheet, the CSV package,
// the pairing sidebar, all from the built Code.js on the double.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../shared/csv';
import { technicalText } from '../helpers/userText';
import { built_ } from './harness';
import { sampleSchool } from './pairingFixture';
import { sampleSchool as reportSchool } from './reportFixture';
import { openDialogHtml } from './uiHarness';

describe('what the add-on shows has no code, ISO date or decimal point', () => {
  it('the scan itself finds each of them', () => {
    expect(technicalText(['mentors.total', 'сформирован 2026-12-11', '4.83 из 13'])).toHaveLength(3);
    expect(
      technicalText(['4,83 из 13', '20.12.2025', 'https://docs.google.com/d/1', 'ivanova@school.ru']),
    ).toEqual([]);
  });

  it('the «Отчёт» sheet as the curator sees it (hidden columns aside) and the refresh message', async () => {
    const addon = await reportSchool();
    addon.run('menuReportRefresh');
    const sheet = addon.double.sheet('Отчёт')!;
    const shown = sheet
      .getDataRange()
      .getDisplayValues()
      .flatMap((row) => row.filter((_, c) => !sheet.isColumnHiddenByUser(c + 1)));
    expect(shown).toContain('Количество наставников');
    const message = addon.double.ui.dialogs.at(-1)!.text;
    expect(technicalText([...shown, message])).toEqual([]);
  });

  it('the CSV package with lists (its «Код» column aside: the file is read back by it)', async () => {
    const addon = await reportSchool();
    const r = addon.callFromClient('reportExport', true) as { status: string; csv: string };
    expect(r.status).toBe('ok');
    const rows = parseCsv(r.csv).rows;
    expect(rows.some((row) => row[0] === 'list.mentor')).toBe(true);
    expect(technicalText(rows.flatMap((row) => row.slice(1)))).toEqual([]);
  });

  it('the pairing sidebar: the banks’ state, its remarks and the suggested pairs with their reasons', async () => {
    const addon = await sampleSchool();
    const b = await built_();
    openDialogHtml(readFileSync(join(b.outDir, 'sidebar.html'), 'utf8'), addon);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Замечания'), { timeout: 20_000 });
    const suggest = Array.from(document.querySelectorAll('button')).find((x) =>
      /Подобрать пары/.test(x.textContent ?? ''),
    )!;
    suggest.click();
    await vi.waitFor(() => expect(document.body.textContent).toContain('Предложено'), { timeout: 20_000 });
    const texts = Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.children.length === 0)
      .map((e) => e.textContent ?? '');
    expect(texts.join(' ')).toMatch(/\d,\d|из \d+/);
    expect(technicalText(texts)).toEqual([]);
  }, 60_000);
});

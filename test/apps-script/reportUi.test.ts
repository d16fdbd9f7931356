// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePackageJson } from '../../extension/import/package';
import { packageFromCsv } from '../../shared/report';
import { SAMPLE_FORM, sampleSchool } from './reportFixture';
import { nextTurn, openDialogHtml, type, until } from './uiHarness';

type Loaded = Awaited<ReturnType<typeof sampleSchool>>;

function openFromMenu(addon: Loaded, menu: 'menuReportSettings' | 'menuReportExport') {
  addon.run(menu);
  const d = addon.double.ui.dialogs.at(-1)!;
  expect(d.kind).toBe('modal');
  expect(d.title).toBe('Отчёт для района');
  return openDialogHtml(d.text, addon);
}

const input = (label: string) => {
  const l = Array.from(document.querySelectorAll('label')).find((x) => x.textContent?.startsWith(label));
  if (!l) throw new Error(`no field ${label}`);
  return l.querySelector('input')!;
};

afterEach(() => vi.restoreAllMocks());

describe('the report dialog (built HTML, server on the double)', () => {
  it('settings: shows the stored values, names bad fields in Russian, saves a good form', async () => {
    const addon = await sampleSchool();
    openFromMenu(addon, 'menuReportSettings');
    await vi.waitFor(() => expect(input('Название организации').value).toBe(SAMPLE_FORM.name));
    expect(input('Начало периода').value).toBe('2025-01-01');
    type(input('Всего педагогов в школе'), 'много');
    await nextTurn();
    (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(document.querySelector('[role=alert]')?.textContent).toContain(
        '«Всего педагогов в школе»: «много» — не число',
      ),
    );
    type(input('Всего педагогов в школе'), '75');
    await nextTurn();
    (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(document.body.textContent).toContain('Настройки отчёта сохранены.'));
    expect((addon.callFromClient('getReportSettings') as typeof SAMPLE_FORM).teachersTotal).toBe('75');
  });

  it('settings: the curator’s name, position and contacts, a bad e-mail named', async () => {
    const addon = await sampleSchool();
    openFromMenu(addon, 'menuReportSettings');
    await vi.waitFor(() => expect(input('ФИО куратора').value).toBe(SAMPLE_FORM.curatorName));
    expect(input('Должность куратора').value).toBe(SAMPLE_FORM.curatorPosition);
    expect(input('Телефон куратора').value).toBe(SAMPLE_FORM.curatorPhone);
    type(input('Электронная почта куратора'), 'vinogradova@');
    await nextTurn();
    (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(document.querySelector('[role=alert]')?.textContent).toContain(
        '«Электронная почта куратора»: неверный адрес электронной почты',
      ),
    );
    // Two fields changed before the dialog re-renders: both must be saved.
    type(input('Электронная почта куратора'), 'curator@school7.example');
    type(input('ФИО куратора'), 'Павлова Наталья Владимировна');
    await nextTurn();
    (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(document.body.textContent).toContain('Настройки отчёта сохранены.'));
    const saved = addon.callFromClient('getReportSettings') as typeof SAMPLE_FORM;
    expect(saved.curatorEmail).toBe('curator@school7.example');
    expect(saved.curatorName).toBe('Павлова Наталья Владимировна');
  });

  it('export: JSON and CSV to copy; download makes files in the page; lists only after ticking, with a warning', async () => {
    const addon = await sampleSchool();
    const blobs: { name: string; blob: Blob }[] = [];
    let lastBlob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      lastBlob = b as Blob;
      return 'blob:report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      blobs.push({ name: this.download, blob: lastBlob! });
    });
    openFromMenu(addon, 'menuReportExport');
    await until(
      () =>
        (document.querySelector('textarea[data-output=csv]') as HTMLTextAreaElement | null)?.value !== '' &&
        document.querySelector('textarea[data-output=csv]') !== null,
    );
    const json = (document.querySelector('textarea[data-output=json]') as HTMLTextAreaElement).value;
    const csv = (document.querySelector('textarea[data-output=csv]') as HTMLTextAreaElement).value;
    const pkg = parsePackageJson(json);
    expect(pkg.ok).toBe(true);
    expect(packageFromCsv(csv).ok).toBe(true);
    expect(json).not.toContain('Соколова');
    const box = document.querySelector('input[name=includeLists]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.querySelector('.lists-warning')).toBeNull();

    (document.querySelector('button[data-download=json]') as HTMLButtonElement).click();
    (document.querySelector('button[data-download=csv]') as HTMLButtonElement).click();
    expect(blobs.map((b) => b.name)).toEqual([
      'Наставничество, отчёт 01.01.2025-31.12.2025.json',
      'Наставничество, отчёт 01.01.2025-31.12.2025.csv',
    ]);
    expect(await blobs[0]!.blob.text()).toBe(json);
    const csvFile = new Uint8Array(await blobs[1]!.blob.arrayBuffer());
    expect([...csvFile.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    box.click();
    await until(
      () =>
        document.querySelector('.lists-warning') !== null &&
        (document.querySelector('textarea[data-output=json]') as HTMLTextAreaElement).value !== json,
    );
    expect(document.querySelector('.lists-warning')?.textContent).toContain('ФИО');
    const withLists = (document.querySelector('textarea[data-output=json]') as HTMLTextAreaElement).value;
    expect(withLists).toContain('Соколова Марина Петровна');
  });
});

import { describe, expect, it } from 'vitest';
import { fetchPackage, parsePackageJson } from '../../extension/import/package';
import { Mentee, Mentor } from '../../shared/model';
import { packageFromCsv, readWebAppAnswer, validateReportPackage, WebAppAnswer } from '../../shared/report';
import { MENTEES_SHEET, MENTORS_SHEET, readTable } from '../../shared/sheets';
import { sampleRows } from '../helpers/sample';
import { SAMPLE_FORM, sampleSchool } from './reportFixture';

type Loaded = Awaited<ReturnType<typeof sampleSchool>>;

/**
 * The banks' people, whose names never travel without «включить списки». The curator is one of them (the
 * deputy director mentors too), but her name, position and contacts travel anyway: she typed them in the
 * report settings as the package's contact person, which portals ask for.
 */
const people = [
  ...readTable(sampleRows('mentors'), MENTORS_SHEET, Mentor, { today: '2025-12-20' }).rows.map(
    (r) => r.record,
  ),
  ...readTable(sampleRows('mentees'), MENTEES_SHEET, Mentee, { today: '2025-12-20' }).rows.map(
    (r) => r.record,
  ),
].filter((p) => p.fullName !== SAMPLE_FORM.curatorName);

/** What a GET to the web app answers: the TextOutput's MIME type and parsed body. */
function get(addon: Loaded, parameter: Record<string, string>) {
  const out = addon.run('doGet', { parameter, parameters: {}, queryString: '' }) as {
    getContent(): string;
    getMimeType(): string;
  };
  return { mime: out.getMimeType(), text: out.getContent(), body: JSON.parse(out.getContent()) };
}

function showKey(addon: Loaded, renew: boolean): void {
  addon.double.ui.answers.push({ button: renew ? 'YES' : 'NO' });
  addon.run('menuReportWebKey');
}

describe('the web app (doGet) on the built Code.js', () => {
  it('refuses everyone until the curator creates a key', async () => {
    const addon = await sampleSchool();
    const r = get(addon, { token: 'anything' });
    expect(r.mime).toBe('JSON');
    expect(r.body.ok).toBe(false);
    expect(r.text).not.toContain('indicators');
  });

  it('a missing or wrong token gets a JSON error and no data; the right one gets the package', async () => {
    const addon = await sampleSchool();
    showKey(addon, true);
    const token = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // The curator saw the key in the alert.
    expect(JSON.stringify(addon.double.ui.dialogs.at(-1))).toContain(token);

    const attempts: Record<string, string>[] = [
      {},
      { token: '' },
      { token: 'x' },
      { token: token.slice(0, -1) },
      { token: `${token}0` },
    ];
    for (const parameter of attempts) {
      const r = get(addon, parameter);
      expect(r.mime).toBe('JSON');
      expect(r.body).toEqual({ ok: false, error: expect.stringMatching(/ключ/) });
      expect(WebAppAnswer.safeParse(r.body).success).toBe(true);
      expect(r.text).not.toMatch(/indicators|mentors|Соколова/);
    }

    const ok = get(addon, { token });
    expect(ok.mime).toBe('JSON');
    // The answer is what the shared schema says it is: the package itself, read back by the extension's reader.
    expect(WebAppAnswer.safeParse(ok.body).success).toBe(true);
    expect(readWebAppAnswer(ok.body)).toMatchObject({ kind: 'package', ok: true });
    const valid = validateReportPackage(ok.body);
    expect(valid.ok, valid.ok ? '' : valid.error).toBe(true);
    const imported = parsePackageJson(ok.text);
    expect(imported.ok, imported.ok ? '' : imported.error).toBe(true);
    if (!imported.ok || !valid.ok) return;
    expect(imported.pkg.organisation.name).toBe(SAMPLE_FORM.name);
    expect(imported.pkg.period).toEqual({ from: '2025-01-01', to: '2025-12-31', label: '2025 год' });
    expect(imported.pkg.indicators.find((i) => i.key === 'pairs.total')?.value).toBe(3);
    // Aggregates only: no names leave the spreadsheet.
    expect(imported.pkg.lists).toBeNull();
    for (const p of people) expect(ok.text).not.toContain(p.fullName);
  });

  it('after renewal the old token is refused and the new one answers; keeping the key changes nothing', async () => {
    const addon = await sampleSchool();
    showKey(addon, true);
    const first = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    showKey(addon, false);
    expect(addon.double.properties.script.getProperty('nastavnik.webToken')).toBe(first);
    showKey(addon, true);
    const second = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    expect(second).not.toBe(first);
    expect(get(addon, { token: first }).body.ok).toBe(false);
    expect(get(addon, { token: second }).body.schemaVersion).toBe(2);
  });

  it('an unexpected failure after a valid key answers a generic message; the detail goes to the log only', async () => {
    const addon = await sampleSchool();
    showKey(addon, true);
    const token = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    // What Google's own exceptions look like: they quote the document's ID and the content they choked on.
    const detail =
      'Exception: Service Spreadsheets failed while accessing document with id 1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 (Соколова Марина Петровна)';
    const mentors = addon.double.sheet('Наставники')!;
    Object.assign(mentors, {
      getDataRange: () => {
        throw new Error(detail);
      },
    });
    const logged: unknown[][] = [];
    const quiet = () => undefined;
    addon.context.console = {
      log: quiet,
      info: quiet,
      warn: quiet,
      error: (...a: unknown[]) => logged.push(a),
    };
    const r = get(addon, { token });
    expect(r.mime).toBe('JSON');
    expect(r.body).toEqual({ ok: false, error: expect.stringContaining('внутренней ошибки надстройки') });
    expect(r.text).not.toContain('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
    expect(r.text).not.toContain('Соколова');
    expect(r.text).not.toContain('Exception');
    // The curator finds the detail in the execution log (console.error is what Apps Script keeps there).
    expect(JSON.stringify(logged)).toContain('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
  });

  it('our own message (no organisation name) still reaches the caller as it is', async () => {
    const addon = await sampleSchool();
    showKey(addon, true);
    const token = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    addon.double.properties.document.deleteProperty('nastavnik.reportSettings');
    const r = get(addon, { token });
    expect(r.body).toEqual({ ok: false, error: expect.stringContaining('Не указано название организации') });
  });

  it('lists travel by link only when the curator enabled them, and only people who consented', async () => {
    const addon = await sampleSchool();
    addon.callFromClient('saveReportSettings', { ...SAMPLE_FORM, webIncludeLists: true });
    showKey(addon, true);
    const token = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    const r = get(addon, { token });
    expect(r.body.lists).not.toBeNull();
    expect(r.body.lists.pairs.length).toBe(3);
    expect(r.text).toContain('Соколова Марина Петровна');
    for (const p of people.filter((x) => !x.consent)) expect(r.text).not.toContain(p.fullName);
  });
});

describe('the extension’s fetchPackage against the web app', () => {
  it('imports with the right key; a wrong key shows the web app’s reason', async () => {
    const addon = await sampleSchool();
    showKey(addon, true);
    const token = addon.double.properties.script.getProperty('nastavnik.webToken')!;
    const urls: string[] = [];
    // The network as the extension sees it: GET <url>?token=… answered by the built doGet.
    const fetchFn = (async (input: string) => {
      urls.push(input);
      const parameter = Object.fromEntries(new URL(input).searchParams);
      const out = addon.run('doGet', { parameter }) as { getContent(): string };
      return new Response(out.getContent(), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const url = 'https://script.google.com/macros/s/DEPLOYMENT/exec';
    const ok = await fetchPackage(url, token, fetchFn);
    expect(ok.ok && ok.pkg.organisation.name).toBe(SAMPLE_FORM.name);
    expect(urls[0]).toBe(`${url}?token=${token}`);
    const bad = await fetchPackage(url, 'wrong', fetchFn);
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('неверный ключ доступа') });
  });
});

describe('the export dialog’s data', () => {
  it('an English user’s file name is English, with the same dates', async () => {
    const addon = await sampleSchool(undefined, 'en_US');
    const r = addon.callFromClient('reportExport', false) as { fileName: string };
    expect(r.fileName).toBe('Mentoring report 01.01.2025-31.12.2025');
  });

  it('JSON and CSV of the same package; both import in the extension’s validator', async () => {
    const addon = await sampleSchool();
    const r = addon.callFromClient('reportExport', false) as {
      status: 'ok';
      json: string;
      csv: string;
      fileName: string;
      includeLists: boolean;
    };
    expect(r.status).toBe('ok');
    expect(r.includeLists).toBe(false);
    // The period as people write dates (no ISO order), the name in the user's language.
    expect(r.fileName).toBe('Наставничество, отчёт 01.01.2025-31.12.2025');
    const fromJson = parsePackageJson(r.json);
    const fromCsv = packageFromCsv(r.csv);
    expect(fromJson.ok && fromCsv.ok).toBe(true);
    if (fromJson.ok && fromCsv.ok) expect(fromCsv.value).toEqual(fromJson.pkg);
    for (const p of people) expect(r.json + r.csv).not.toContain(p.fullName);
  });

  it('«включить списки» adds names of consenting people only', async () => {
    const addon = await sampleSchool();
    const r = addon.callFromClient('reportExport', true) as {
      status: 'ok';
      json: string;
      includeLists: boolean;
    };
    expect(r.includeLists).toBe(true);
    expect(r.json).toContain('Соколова Марина Петровна');
    for (const p of people.filter((x) => !x.consent)) expect(r.json).not.toContain(p.fullName);
  });

  it('without an organisation name: a Russian message, no package', async () => {
    const addon = await sampleSchool();
    addon.double.properties.document.deleteProperty('nastavnik.reportSettings');
    const r = addon.callFromClient('reportExport', false) as { status: string; message: string };
    expect(r.status).toBe('error');
    expect(r.message).toContain('Не указано название организации');
  });
});

import { describe, expect, it } from 'vitest';
import {
  fetchPackage,
  packageUrl,
  parsePackageBytes,
  parsePackageCsv,
  parsePackageJson,
  parsePackageText,
} from '../../../extension/import/package';
import { encodeCp1251 } from '../../../shared/csv';
import { packageToCsv, readWebAppAnswer, WebAppAnswer } from '../../../shared/report';
import { samplePackage } from '../helpers/samplePackage';

const CSV = [
  'Код;Показатель;Значение;Единица',
  'meta.schemaVersion;Версия формата;1;',
  'meta.organisation.name;Организация;МБОУ СОШ № 5;',
  'meta.period.from;;2023-09-01;',
  'meta.period.to;;2024-05-31;',
  'meta.period.label;;2023/2024;',
  'meta.generatedAt;;2024-06-01T10:00:00+07:00;',
  'mentors.total;Количество наставников;24;count',
  'young.share;Доля молодых педагогов, %;63,6;percent',
  'documents.regulation.exists;Наличие положения;да;boolean',
  'bestPractices;Лучшие практики;;text',
].join('\r\n');

describe('package import', () => {
  it('accepts a valid JSON package', () => {
    const res = parsePackageJson(JSON.stringify(samplePackage()));
    expect(res.ok && res.pkg.organisation.name).toBe('МБОУ СОШ № 5');
  });

  it('refuses a bad package naming the wrong field', () => {
    const bad = samplePackage() as unknown as { indicators: { value: unknown }[] };
    bad.indicators[3]!.value = { x: 1 };
    const res = parsePackageJson(JSON.stringify(bad));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/indicators\[3\]\.value/);
    const noVersion = parsePackageJson(JSON.stringify({ ...samplePackage(), schemaVersion: 3 }));
    expect(!noVersion.ok && noVersion.error).toBe(
      'версия формата 3 не поддерживается: ожидается версия 1 или 2',
    );
    expect(parsePackageJson('{"schemaVersion":').ok).toBe(false);
  });

  it('reads the CSV that the add-on exports (one format, shared/report)', () => {
    const res = parsePackageCsv(packageToCsv(samplePackage()));
    expect(res.ok && res.pkg).toEqual(samplePackage());
  });

  it('reads the CSV form, with decimal comma and да/нет', () => {
    const res = parsePackageCsv(CSV);
    if (!res.ok) throw new Error(res.error);
    const v = Object.fromEntries(res.pkg.indicators.map((i) => [i.key, i.value]));
    expect(v).toEqual({
      'mentors.total': 24,
      'young.share': 63.6,
      'documents.regulation.exists': true,
      bestPractices: null,
    });
    expect(res.pkg.period).toEqual({ from: '2023-09-01', to: '2024-05-31', label: '2023/2024' });
  });

  it('refuses a CSV with a bad cell, naming the row', () => {
    const res = parsePackageCsv(CSV.replace(';24;count', ';двадцать;count'));
    expect(!res.ok && res.error).toMatch(/^CSV, строка 8: .*двадцать/);
    const noHeader = parsePackageCsv('a;b\n1;2');
    expect(!noHeader.ok && noHeader.error).toMatch(/Код; Показатель; Значение; Единица/);
  });

  it('reads a Windows-1251 CSV file and a JSON file by bytes; pasted text by its look', () => {
    const res = parsePackageBytes(encodeCp1251(CSV), 'отчёт.csv');
    expect(res.ok && res.pkg.organisation.name).toBe('МБОУ СОШ № 5');
    const json = parsePackageBytes(new TextEncoder().encode(JSON.stringify(samplePackage())), 'p.json');
    expect(json.ok).toBe(true);
    expect(parsePackageText(CSV).ok).toBe(true);
    expect(parsePackageText('   ').ok).toBe(false);
  });

  it('fetches from the web-app URL with the token, https or local only', async () => {
    expect(packageUrl('http://example.org/exec', 't')).toBeNull();
    expect(packageUrl('https://script.google.com/macros/s/X/exec', 'abc')?.searchParams.get('token')).toBe(
      'abc',
    );
    const calls: string[] = [];
    const fake = (async (u: string) => {
      calls.push(u);
      return new Response(JSON.stringify(samplePackage()), { status: 200 });
    }) as unknown as typeof fetch;
    const res = await fetchPackage('https://script.google.com/macros/s/X/exec', 'abc', fake);
    expect(res.ok).toBe(true);
    expect(calls).toEqual(['https://script.google.com/macros/s/X/exec?token=abc']);
    const denied = await fetchPackage(
      'https://script.google.com/macros/s/X/exec',
      'bad',
      (async () => new Response('no', { status: 403 })) as unknown as typeof fetch,
    );
    expect(!denied.ok && denied.error).toMatch(/ответ 403\).*ключ доступа/);
  });

  it('says what to do when the address does not answer, in Russian, without the browser’s English text', async () => {
    const down = await fetchPackage('https://script.google.com/macros/s/X/exec', 'abc', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(!down.ok && down.error).toMatch(/Проверьте адрес/);
    expect(!down.ok && down.error).not.toMatch(/Failed|fetch/);
    const missing = await fetchPackage(
      'https://script.google.com/macros/s/X/exec',
      'abc',
      (async () => new Response('', { status: 404 })) as unknown as typeof fetch,
    );
    expect(!missing.ok && missing.error).toMatch(/404.*Проверьте адрес/);
  });

  it("reads the web app's answer by the shared schema: a refusal shows its reason, a package is validated", async () => {
    const answering = (body: WebAppAnswer | unknown) =>
      (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
    const url = 'https://script.google.com/macros/s/X/exec';
    const refusal: WebAppAnswer = { ok: false, error: 'Неверный ключ доступа.' };
    const refused = await fetchPackage(url, 'x', answering(refusal));
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('Неверный ключ доступа.') });
    const pkg: WebAppAnswer = samplePackage();
    const fetched = await fetchPackage(url, 'x', answering(pkg));
    expect(fetched.ok && fetched.pkg.organisation.name).toBe(samplePackage().organisation.name);
    // Neither a refusal (no reason) nor a package: the package validator names what is missing.
    const odd = await fetchPackage(url, 'x', answering({ ok: false }));
    expect(odd.ok).toBe(false);
    expect(odd).toEqual(parsePackageJson('{"ok":false}'));
  });
});

describe('WebAppAnswer', () => {
  it('takes a refusal or a package, and nothing else', () => {
    expect(WebAppAnswer.safeParse({ ok: false, error: 'нет ключа' }).success).toBe(true);
    expect(WebAppAnswer.safeParse(samplePackage()).success).toBe(true);
    expect(WebAppAnswer.safeParse({ ok: true, package: samplePackage() }).success).toBe(false);
    expect(WebAppAnswer.safeParse({ ok: false }).success).toBe(false);
    expect(readWebAppAnswer({ ok: false, error: 'нет ключа' })).toEqual({
      kind: 'refused',
      error: 'нет ключа',
    });
    expect(readWebAppAnswer(samplePackage())).toMatchObject({ kind: 'package', ok: true });
  });
});

describe('package import: size, unknown indicators', () => {
  const big = () => {
    const pkg = samplePackage();
    const bp = pkg.indicators.find((i) => i.key === 'bestPractices')!;
    bp.value = 'а'.repeat(3 * 1024 * 1024); // 6 MB in UTF-8
    return pkg;
  };

  it('a file over 5 MB is refused by its size before it is decoded', () => {
    const csv = new TextEncoder().encode(packageToCsv(big()));
    const res = parsePackageBytes(csv, 'отчёт.csv');
    expect(!res.ok && res.error).toMatch(/^файл слишком большой: 6,0 МБ, допускается не больше 5,0 МБ/);
    const json = parsePackageBytes(new TextEncoder().encode(JSON.stringify(big())), 'p.json');
    expect(!json.ok && json.error).toMatch(/^файл слишком большой/);
    expect(parsePackageText(JSON.stringify(big())).ok).toBe(false);
  });

  it('a download over 5 MB is cut off while it streams, with or without Content-Length', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(c) {
          pulled += chunk.length;
          c.enqueue(chunk);
          if (pulled > 48 * 1024 * 1024) c.close();
        },
      });
    const streamed = await fetchPackage(
      'https://script.google.com/macros/s/X/exec',
      'abc',
      (async () => new Response(endless(), { status: 200 })) as unknown as typeof fetch,
    );
    expect(!streamed.ok && streamed.error).toMatch(/^файл слишком большой/);
    expect(pulled).toBeLessThan(10 * 1024 * 1024);
    pulled = 0;
    const declared = await fetchPackage(
      'https://script.google.com/macros/s/X/exec',
      'abc',
      (async () =>
        new Response(endless(), {
          status: 200,
          headers: { 'content-length': String(48 * 1024 * 1024) },
        })) as unknown as typeof fetch,
    );
    expect(!declared.ok && declared.error).toMatch(/^файл слишком большой: 48,0 МБ/);
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('an unknown indicator is dropped and the import says so', () => {
    const pkg = samplePackage() as unknown as { indicators: unknown[] };
    pkg.indicators.push({ key: 'mentors.future', label: 'Новый', unit: 'count', value: 7 });
    const res = parsePackageJson(JSON.stringify(pkg));
    expect(res.ok && res.warnings).toEqual([
      expect.stringContaining('показатель mentors.future неизвестен — пропущен'),
    ]);
    expect(res.ok && res.pkg.indicators.some((i) => i.key === 'mentors.future')).toBe(false);
    const csv = parsePackageCsv(`${CSV}\r\nmentors.future;Новый;0x1F;count`);
    expect(csv.ok && csv.warnings).toEqual([
      'CSV, строка 12: показатель mentors.future неизвестен — пропущен (пакет, возможно, сформирован более новой версией надстройки: обновите расширение)',
    ]);
  });

  it('a count written as hex or with an exponent is refused, naming the line', () => {
    expect(parsePackageCsv(CSV.replace(';24;count', ';0x1F;count'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^CSV, строка 8: «0x1F» — не число/),
    });
    expect(parsePackageCsv(CSV.replace(';24;count', ';1e3;count')).ok).toBe(false);
  });
});

describe('package import in an English browser', () => {
  it('the shared core’s messages (the validator, the CSV reader) are English too; Russian otherwise', () => {
    const api = globalThis as { browser?: unknown };
    const before = api.browser;
    const bad = samplePackage() as unknown as { indicators: { value: unknown }[] };
    bad.indicators[3]!.value = { x: 1 };
    const errors = () =>
      [
        parsePackageJson(JSON.stringify(bad)),
        parsePackageJson(JSON.stringify({ ...samplePackage(), schemaVersion: 3 })),
        parsePackageCsv(CSV.replace('24;count', 'двадцать;count')),
        parsePackageCsv('Код;Показатель;Значение;Единица\r\n"meta.kind;x'),
      ].map((r) => (r.ok ? '' : r.error));
    try {
      api.browser = { i18n: { getUILanguage: () => 'en-US' } };
      const english = errors();
      expect(english[0]).toMatch(/^field indicators\[3\]\.value: /);
      for (const e of english) {
        expect(e).not.toBe('');
        expect(e.replace(/«[^«»]*»/g, ''), e).not.toMatch(/[а-яё]/i);
      }
      api.browser = { i18n: { getUILanguage: () => 'ru' } };
      expect(errors()[0]).toMatch(/^поле indicators\[3\]\.value: /);
    } finally {
      api.browser = before;
    }
  });
});

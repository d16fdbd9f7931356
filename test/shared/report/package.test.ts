import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_BYTES, ReportPackageError, validateReportPackage } from '../../../shared/report';
import { schoolPackage } from './packages';

describe('buildReportPackage', () => {
  it('carries no lists unless the curator ticked «включить списки»', () => {
    expect(schoolPackage('СОШ № 1').lists).toBeNull();
    const withLists = schoolPackage('СОШ № 1', {}, { includeLists: true });
    expect(withLists.lists?.mentors.map((m) => m.id)).toEqual(['M1', 'M3']);
    expect(withLists.kind).toBe('school');
    expect(withLists.schemaVersion).toBe(2);
  });

  it('refuses an organisation without a name, naming the field', () => {
    expect(() => schoolPackage('  ')).toThrow(ReportPackageError);
    expect(() => schoolPackage('  ')).toThrow('поле organisation.name: не указано название организации');
  });
});

describe('validateReportPackage', () => {
  const good = () => JSON.parse(JSON.stringify(schoolPackage('СОШ № 1')));

  it('accepts a package and its JSON text', () => {
    const pkg = good();
    expect(validateReportPackage(pkg)).toEqual({ ok: true, value: pkg, warnings: [] });
    expect(validateReportPackage(JSON.stringify(pkg)).ok).toBe(true);
  });

  it('refuses another format version with one clear message', () => {
    const res = validateReportPackage({ ...good(), schemaVersion: 3 });
    expect(res).toMatchObject({
      ok: false,
      error: 'версия формата 3 не поддерживается: ожидается версия 1 или 2',
    });
    const none = validateReportPackage({ ...good(), schemaVersion: undefined });
    expect(none).toMatchObject({ ok: false, error: 'поле schemaVersion: не указана версия формата' });
  });

  it('reads a format-1 package as the current format: every key kept its meaning', () => {
    const v1 = { ...good(), schemaVersion: 1 };
    const res = validateReportPackage(v1);
    expect(res).toMatchObject({ ok: true, warnings: [] });
    expect(res.ok && res.value).toEqual({ ...good(), schemaVersion: 2 });
  });

  it('checks a 1–5 score and an ISO date against the catalog', () => {
    const pkg = good();
    const at = (key: string) => pkg.indicators.findIndex((i: { key: string }) => i.key === key);
    pkg.indicators[at('satisfaction.mentors.score')].value = 0;
    pkg.indicators[at('report.date')].value = '20.12.2025';
    const res = validateReportPackage(pkg);
    expect(!res.ok && res.errors).toEqual([
      `поле indicators[${at('satisfaction.mentors.score')}].value: ожидается средний балл от 1 до 5 или пусто, указано 0`,
      `поле indicators[${at('report.date')}].value: ожидается дата в виде ГГГГ-ММ-ДД или пусто, указано «20.12.2025»`,
    ]);
  });

  it('names the path of a broken indicator value, in Russian', () => {
    const pkg = good();
    pkg.indicators[3].value = 'семь';
    expect(validateReportPackage(pkg)).toMatchObject({
      ok: false,
      error: 'поле indicators[3].value: ожидается целое число от 0 до 10 000 000 или пусто, указано «семь»',
    });
    pkg.indicators[3].value = { n: 7 };
    const res = validateReportPackage(pkg);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/^поле indicators\[3\]\.value: Неверн/);
  });

  it('names broken envelope fields', () => {
    const pkg = good();
    pkg.period.from = '2025-02-30';
    pkg.generatedAt = 'вчера';
    const res = validateReportPackage(pkg);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.errors).toContain('поле period.from: такой даты нет в календаре');
      expect(res.errors).toContain('поле generatedAt: ожидается дата и время ISO 8601');
    }
  });

  it('checks units against the catalog and refuses a repeated indicator', () => {
    const pkg = good();
    pkg.indicators[0].unit = 'text';
    pkg.indicators.push({ ...pkg.indicators[1] });
    const res = validateReportPackage(pkg);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.errors[0]).toBe(
        'поле indicators[0].unit: для показателя mentors.total ожидается единица «count», указана «text»',
      );
      expect(res.errors[1]).toMatch(/^поле indicators\[\d+\]\.key: показатель mentors\.inPairs повторяется$/);
    }
  });

  it('refuses what is not a package at all', () => {
    expect(validateReportPackage('{не json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^не удалось прочитать JSON/),
    });
    expect(validateReportPackage([1, 2])).toMatchObject({
      ok: false,
      error: 'пакет отчёта должен быть объектом JSON',
    });
  });
});

describe('validateReportPackage: what a figure may be', () => {
  const good = () => JSON.parse(JSON.stringify(schoolPackage('СОШ № 1')));
  const at = (pkg: { indicators: { key: string }[] }, key: string) =>
    pkg.indicators.findIndex((i) => i.key === key);

  it('a count is an integer from 0 to 10 000 000: 1e300 and 10 000 001 are refused, naming the field', () => {
    for (const value of [1e300, 10_000_001, -1, 2.5]) {
      const pkg = good();
      const i = at(pkg, 'mentors.total');
      pkg.indicators[i].value = value;
      const res = validateReportPackage(pkg);
      expect(res, String(value)).toMatchObject({
        ok: false,
        error: `поле indicators[${i}].value: ожидается целое число от 0 до 10 000 000 или пусто, указано ${value}`,
      });
    }
    const pkg = good();
    pkg.indicators[at(pkg, 'mentors.total')].value = 10_000_000;
    expect(validateReportPackage(pkg).ok).toBe(true);
  });

  it('a share is 0–100 %: 250 and -0.5 are refused; 0 and 100 pass', () => {
    for (const value of [250, 100.1, -0.5]) {
      const pkg = good();
      const i = at(pkg, 'young.share');
      pkg.indicators[i].value = value;
      expect(validateReportPackage(pkg), String(value)).toMatchObject({
        ok: false,
        error: `поле indicators[${i}].value: ожидается доля от 0 до 100 % или пусто, указано ${value}`,
      });
    }
    for (const value of [0, 100, 63.6]) {
      const pkg = good();
      pkg.indicators[at(pkg, 'coverage.share')].value = value;
      expect(validateReportPackage(pkg).ok, String(value)).toBe(true);
    }
  });

  it('an indicator the catalog does not know is dropped, with a warning naming it', () => {
    const pkg = good();
    const n = pkg.indicators.length;
    pkg.indicators.push(
      { key: 'mentors.future', label: 'Новый показатель', unit: 'count', value: 1e300 },
      { key: 'x.anything', label: 'Что угодно', unit: 'text', value: 'что угодно' },
    );
    const res = validateReportPackage(pkg);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.indicators.map((i) => i.key)).not.toContain('mentors.future');
    expect(res.value.indicators.map((i) => i.key)).not.toContain('x.anything');
    expect(res.value.indicators).toHaveLength(n);
    expect(res.warnings).toEqual([
      `поле indicators[${n}].key: показатель mentors.future неизвестен — пропущен (пакет, возможно, сформирован более новой версией надстройки: обновите расширение)`,
      `поле indicators[${n + 1}].key: показатель x.anything неизвестен — пропущен (пакет, возможно, сформирован более новой версией надстройки: обновите расширение)`,
    ]);
  });

  it('a text over 5 MB is refused by its size before it is parsed', () => {
    const pkg = good();
    pkg.indicators[at(pkg, 'bestPractices')].value = 'а'.repeat(3 * 1024 * 1024); // 6 MB in UTF-8
    const res = validateReportPackage(JSON.stringify(pkg));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/^файл слишком большой: 6,0 МБ, допускается не больше 5,0 МБ/);
    expect(MAX_PACKAGE_BYTES).toBe(5 * 1024 * 1024);
  });
});

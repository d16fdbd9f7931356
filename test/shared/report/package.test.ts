import { describe, expect, it } from 'vitest';
import { ReportPackageError, validateReportPackage } from '../../../shared/report';
import { schoolPackage } from './packages';

describe('buildReportPackage', () => {
  it('carries no lists unless the curator ticked «включить списки»', () => {
    expect(schoolPackage('СОШ № 1').lists).toBeNull();
    const withLists = schoolPackage('СОШ № 1', {}, { includeLists: true });
    expect(withLists.lists?.mentors.map((m) => m.id)).toEqual(['M1', 'M3']);
    expect(withLists.kind).toBe('school');
    expect(withLists.schemaVersion).toBe(1);
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
    expect(validateReportPackage(pkg)).toEqual({ ok: true, value: pkg });
    expect(validateReportPackage(JSON.stringify(pkg)).ok).toBe(true);
  });

  it('refuses another format version with one clear message', () => {
    const res = validateReportPackage({ ...good(), schemaVersion: 2 });
    expect(res).toMatchObject({ ok: false, error: 'версия формата 2 не поддерживается: ожидается версия 1' });
    const none = validateReportPackage({ ...good(), schemaVersion: undefined });
    expect(none).toMatchObject({ ok: false, error: 'поле schemaVersion: не указана версия формата' });
  });

  it('names the path of a broken indicator value, in Russian', () => {
    const pkg = good();
    pkg.indicators[3].value = 'семь';
    expect(validateReportPackage(pkg)).toMatchObject({
      ok: false,
      error: 'поле indicators[3].value: ожидается целое неотрицательное число или пусто',
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

import { describe, expect, it } from 'vitest';
import { mergeSelected } from '../../../extension/import/merge';
import { en } from '../../../extension/strings';
import type { ReportPackage } from '../../../shared/model/report';
import { samplePackage } from '../helpers/samplePackage';

const value = (p: ReportPackage, key: string) => p.indicators.find((i) => i.key === key)?.value;
const setValue = (p: ReportPackage, key: string, v: number) => {
  p.indicators.find((i) => i.key === key)!.value = v;
};

const school = (name: string, inn: string, patch: (p: ReportPackage) => void = () => undefined) => {
  const p = samplePackage({
    organisation: { name, district: 'Богучанский район', region: 'Красноярский край', inn },
  });
  // samplePackage generates these counts; make them agree with the rest, so only the patch is inconsistent.
  setValue(p, 'pairs.terminated', 2);
  setValue(p, 'mentors.inPairs', 20);
  setValue(p, 'mentees.unpaired', 6);
  patch(p);
  return p;
};

describe('mergeSelected (options page: «Сложить в районный пакет»)', () => {
  it('sums the ticked schools and reports missing, excluded and inconsistent ones in Russian', () => {
    const a = school('МБОУ СОШ № 1', '2407000001');
    const b = school('МБОУ СОШ № 2', '2407000002');
    const c = school('МБОУ СОШ № 3', '2407000003', (p) => setValue(p, 'pairs.total', 31));
    const other = school('МБОУ СОШ № 4', '2407000004', (p) => {
      p.period = { from: '2022-09-01', to: '2023-05-31', label: '2022/2023' };
    });
    const district = samplePackage({ kind: 'district', schools: ['x'] });
    const res = mergeSelected([a, b, c, other, district], {
      expected: 'МБОУ СОШ № 1\nМБОУ СОШ № 2\nмбоу сош № 3\nМБОУ СОШ № 9\n',
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.pkg.kind).toBe('district');
    expect(res.pkg.organisation.name).toBe('Богучанский район');
    expect(res.pkg.period.from).toBe('2023-09-01');
    expect(res.pkg.schools).toEqual(['МБОУ СОШ № 1', 'МБОУ СОШ № 2', 'МБОУ СОШ № 3']);
    expect(value(res.pkg, 'mentors.total')).toBe(3 * 24);
    expect(value(res.pkg, 'pairs.total')).toBe(30 + 30 + 31);
    const text = res.lines.join('\n');
    expect(text).toContain('Сложено школ: 3');
    expect(text).toContain('Пакеты района не складываются: пропущено 1.');
    expect(text).toMatch(/Не прислали пакет \(1\):\n• МБОУ СОШ № 9/);
    expect(text).toMatch(/Не учтены \(1\):\n• .*МБОУ СОШ № 4/);
    expect(text).toMatch(/Противоречия в пакетах \(2\)[^\n]*\n• МБОУ СОШ № 3: pairs\.total = 31/);
  });

  it('the district name typed wins; nothing ticked or only district packages → a message, no package', () => {
    const a = school('МБОУ СОШ № 1', '');
    const named = mergeSelected([a], { districtName: 'Управление образования Богучанского района' });
    expect(named.ok && named.pkg.organisation.name).toBe('Управление образования Богучанского района');
    expect(mergeSelected([])).toEqual({ ok: false, error: 'Отметьте хотя бы один пакет школы.' });
    expect(mergeSelected([samplePackage({ kind: 'district' })]).ok).toBe(false);
    expect(mergeSelected([], {}, en)).toEqual({ ok: false, error: 'Tick at least one school package.' });
  });

  it('a school sent twice: the later package is used and the duplicate is named', () => {
    const early = school('МБОУ СОШ № 1', '2407000001');
    const late = school('МБОУ СОШ № 1', '2407000001', (p) => {
      p.generatedAt = '2024-06-02T10:00:00+07:00';
      setValue(p, 'mentors.total', 25);
    });
    const res = mergeSelected([early, late]);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(value(res.pkg, 'mentors.total')).toBe(25);
    expect(res.lines.join('\n')).toMatch(/Повторы \(1\)/);
  });
});

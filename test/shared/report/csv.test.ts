import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import type { ReportPackage } from '../../../shared/model';
import { mergePackages, packageFromCsv, packageToCsv } from '../../../shared/report';
import { schoolPackage } from './packages';

const PERIOD = { from: '2025-09-01', to: '2025-12-31' };

function tricky(): ReportPackage {
  const pkg: ReportPackage = JSON.parse(
    JSON.stringify(
      schoolPackage(
        '=HYPERLINK("http://evil.example";"СОШ")',
        { bestPractices: '- клуб «Молодой педагог»; встречи раз в месяц\n+ открытые уроки, "мастер-классы"' },
        { includeLists: true },
      ),
    ),
  );
  pkg.lists?.mentors.push({
    id: 'M9',
    fullName: '@Собакин Пётр',
    forms: ['student-student', 'teacher-student'],
  });
  return pkg;
}

describe('packageToCsv / packageFromCsv', () => {
  it('round-trips a package with lists, formula-like text, separators, quotes and line breaks', () => {
    const pkg = tricky();
    expect(packageFromCsv(packageToCsv(pkg))).toEqual({ ok: true, value: pkg });
  });

  it('round-trips a district package with its schools and no lists', () => {
    const { package: d } = mergePackages([schoolPackage('СОШ № 1'), schoolPackage('СОШ № 2')], {
      districtName: 'Заречный район',
      period: PERIOD,
    });
    expect(packageFromCsv(packageToCsv(d, { delimiter: ',', bom: false }))).toEqual({ ok: true, value: d });
  });

  it('neutralises formulas and writes numbers and yes/no the way Russian Excel reads them', () => {
    const csv = packageToCsv(tricky());
    const rows = parseCsv(csv).rows;
    const row = (key: string) => rows.find((r) => r[0] === key);
    expect(row('meta.organisation.name')?.[2]).toBe(`'=HYPERLINK("http://evil.example";"СОШ")`);
    expect(row('bestPractices')?.[2]?.startsWith("'-")).toBe(true);
    expect(row('satisfaction.mentees')?.[2]).toBe('65');
    expect(row('young.share')?.[2]).toBe('100');
    expect(row('documents.order-pairs.exists')?.slice(2)).toEqual(['да', 'boolean']);
    expect(csv.startsWith('\uFEFFКод;Показатель;Значение;Единица\r\n')).toBe(true);
  });

  it('reads a comma decimal and a percent sign as Excel may leave them', () => {
    const csv = packageToCsv(schoolPackage('СОШ № 1')).replace(/^(young\.share;[^;]*;)100;/m, '$1"52,5 %";');
    const res = packageFromCsv(csv);
    expect(res.ok && res.value.indicators.find((i) => i.key === 'young.share')?.value).toBe(52.5);
  });

  it('names the row of a value that is not a number, and the field of a broken envelope', () => {
    const csv = packageToCsv(schoolPackage('СОШ № 1'), { bom: false });
    const lines = csv.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('pairs.total;'));
    lines[at] = 'pairs.total;Количество наставнических пар/групп;четыре;count';
    expect(packageFromCsv(lines.join('\r\n'))).toMatchObject({
      ok: false,
      error: `строка ${at + 1}: «четыре» — не число`,
    });
    const noDate = csv.replace(/^meta\.period\.from;([^;]*);2025-09-01;/m, 'meta.period.from;$1;01.09.2025;');
    expect(packageFromCsv(noDate)).toMatchObject({
      ok: false,
      error: 'поле period.from: дата должна быть в виде ГГГГ-ММ-ДД',
    });
  });

  it('refuses another format version and a file that is not a package', () => {
    const csv = packageToCsv(schoolPackage('СОШ № 1')).replace(
      /^meta\.schemaVersion;([^;]*);1;/m,
      'meta.schemaVersion;$1;2;',
    );
    expect(packageFromCsv(csv)).toMatchObject({
      ok: false,
      error: 'версия формата 2 не поддерживается: ожидается версия 1',
    });
    expect(packageFromCsv('ФИО;Стаж\r\nИванов;3')).toMatchObject({
      ok: false,
      error: 'первая строка должна быть заголовком: Код; Показатель; Значение; Единица',
    });
    expect(packageFromCsv('')).toMatchObject({ ok: false, error: 'файл пуст' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import type { ReportPackage } from '../../../shared/model';
import { mergePackages, packageFromCsv, packageToCsv, validateReportPackage } from '../../../shared/report';
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
    expect(packageFromCsv(packageToCsv(pkg))).toEqual({ ok: true, value: pkg, warnings: [] });
  });

  it('round-trips the issue-15 figures: texts, a phone, a date, a 1–5 score, per-form counts (CSV and JSON)', () => {
    const pkg = schoolPackage(
      'МАОУ «Гимназия № 3»',
      {
        curatorName: 'Ковалёва Ирина Сергеевна',
        curatorPosition: 'заместитель директора по УВР',
        curatorEmail: 'kovaleva@gimn3.example',
        curatorPhone: '+7 (912) 345-67-89',
      },
      { inn: '0274012346' },
    );
    expect(packageFromCsv(packageToCsv(pkg))).toEqual({ ok: true, value: pkg, warnings: [] });
    expect(validateReportPackage(JSON.parse(JSON.stringify(pkg)))).toEqual({
      ok: true,
      value: pkg,
      warnings: [],
    });
    const csv = packageToCsv(pkg);
    const row = (key: string) =>
      parseCsv(csv)
        .rows.find((r) => r[0] === key)
        ?.slice(2);
    expect(row('curator.phone')).toEqual(["'+7 (912) 345-67-89", 'текст']);
    expect(row('organisation.inn')).toEqual(['0274012346', 'текст']);
    expect(row('satisfaction.mentors.score')).toEqual(['4,3', 'баллы']);
    expect(row('report.date')).toEqual(['20.12.2025', 'дата']);
    // Units by what is counted: groups are things, mentees people.
    expect(row('pairs.groups.byForm.teacher-teacher')).toEqual(['1', 'шт.']);
    expect(row('mentees.total')?.[1]).toBe('чел.');
    // A file written before (ISO date, unit codes) still reads as the same day.
    const older = packageFromCsv(
      csv.replace(/^(report\.date;[^;]*;)20\.12\.2025;дата/m, '$12025-12-20;date'),
    );
    expect(older.ok && older.value.indicators.find((i) => i.key === 'report.date')?.value).toBe('2025-12-20');
  });

  it('writes what a person reads in Russian and reads back the codes and ISO dates older files carry', () => {
    const pkg = tricky();
    const csv = packageToCsv(pkg, { bom: false });
    const rows = parseCsv(csv).rows;
    const row = (key: string) => rows.find((r) => r[0] === key);
    expect(row('meta.kind')?.slice(1, 3)).toEqual(['Вид пакета', 'школа']);
    expect(row('meta.period.from')?.[2]).toBe('01.09.2025');
    expect(row('meta.generatedAt')?.[2]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}(:\d{2}(,\d+)?)? UTC/);
    expect(row('list.mentor')?.[3]).not.toMatch(/[a-z]/);
    expect(rows.find((r) => r[0] === 'list.mentor' && r[1] === 'M9')?.[3]).toBe(
      'Ученик – ученик, Учитель – ученик',
    );
    // The same package as an older version wrote it: codes, ISO dates, the bilingual kind.
    const older = csv
      .replace(/^meta\.kind;[^;]*;школа;/m, 'meta.kind;Вид пакета (school — школа, district — район);school;')
      .replace(/^meta\.period\.from;([^;]*);01\.09\.2025;/m, `meta.period.from;$1;${pkg.period.from};`)
      .replace(/^meta\.generatedAt;([^;]*);[^;]*;/m, `meta.generatedAt;$1;${pkg.generatedAt};`)
      .replace(/;чел\.$/gm, ';count')
      .replace(/;шт\.$/gm, ';count')
      .replace(/Ученик – ученик, Учитель – ученик/, 'student-student, teacher-student');
    expect(older).not.toBe(csv);
    expect(packageFromCsv(older)).toEqual({ ok: true, value: pkg, warnings: [] });
  });

  it('round-trips a district package with its schools and no lists', () => {
    const { package: d } = mergePackages([schoolPackage('СОШ № 1'), schoolPackage('СОШ № 2')], {
      districtName: 'Заречный район',
      period: PERIOD,
    });
    expect(packageFromCsv(packageToCsv(d, { delimiter: ',', bom: false }))).toEqual({
      ok: true,
      value: d,
      warnings: [],
    });
  });

  it('neutralises formulas and writes numbers and yes/no the way Russian Excel reads them', () => {
    const csv = packageToCsv(tricky());
    const rows = parseCsv(csv).rows;
    const row = (key: string) => rows.find((r) => r[0] === key);
    expect(row('meta.organisation.name')?.[2]).toBe(`'=HYPERLINK("http://evil.example";"СОШ")`);
    expect(row('bestPractices')?.[2]?.startsWith("'-")).toBe(true);
    expect(row('satisfaction.mentees')?.[2]).toBe('65');
    expect(row('young.share')?.[2]).toBe('100');
    expect(row('documents.order-pairs.exists')?.slice(2)).toEqual(['да', 'да/нет']);
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
      error: expect.stringMatching(new RegExp(`^строка ${at + 1}: «четыре» — не число`)),
    });
    const noDate = csv.replace(
      /^meta\.period\.from;([^;]*);01\.09\.2025;/m,
      'meta.period.from;$1;первое сентября;',
    );
    expect(packageFromCsv(noDate)).toMatchObject({
      ok: false,
      error: 'поле period.from: дата должна быть в виде ГГГГ-ММ-ДД',
    });
  });

  it('refuses another format version and a file that is not a package', () => {
    const csv = packageToCsv(schoolPackage('СОШ № 1')).replace(
      /^meta\.schemaVersion;([^;]*);2;/m,
      'meta.schemaVersion;$1;3;',
    );
    expect(packageFromCsv(csv)).toMatchObject({
      ok: false,
      error: 'версия формата 3 не поддерживается: ожидается версия 1 или 2',
    });
    expect(packageFromCsv('ФИО;Стаж\r\nИванов;3')).toMatchObject({
      ok: false,
      error: 'первая строка должна быть заголовком: Код; Показатель; Значение; Единица',
    });
    expect(packageFromCsv('')).toMatchObject({ ok: false, error: 'файл пуст' });
  });
});

describe('packageFromCsv: numbers, lines and size as a person has them', () => {
  const base = () => packageToCsv(schoolPackage('СОШ № 1'), { bom: false }).split('\r\n');
  const withCell = (key: string, cell: string) => {
    const lines = base();
    const at = lines.findIndex((l) => l.startsWith(`${key};`));
    const [k, label, , unit] = lines[at]!.split(';');
    lines[at] = [k, label, cell, unit].join(';');
    return { text: lines.join('\r\n'), line: at + 1 };
  };
  const value = (res: ReturnType<typeof packageFromCsv>, key: string) =>
    res.ok ? res.value.indicators.find((i) => i.key === key)?.value : res.error;

  it.each(['0x1F', '1e3', '1E3', '1,5e2', 'Infinity', 'NaN', '0b11', '1 00', '--5', '5,', ',5', '1.000.000'])(
    'refuses «%s» in a count, naming its line',
    (cell) => {
      const { text, line } = withCell('pairs.total', cell);
      expect(packageFromCsv(text)).toMatchObject({
        ok: false,
        error: expect.stringMatching(
          new RegExp(`^строка ${line}: «${cell.replace(/[.*+]/g, '\\$&')}» — не число`),
        ),
      });
    },
  );

  it('reads thousands with spaces or no-break spaces, a plus sign, a decimal comma or point', () => {
    expect(value(packageFromCsv(withCell('school.pupils', '1 250').text), 'school.pupils')).toBe(1250);
    expect(value(packageFromCsv(withCell('school.pupils', '1\u00a0250').text), 'school.pupils')).toBe(1250);
    expect(value(packageFromCsv(withCell('school.pupils', '+12').text), 'school.pupils')).toBe(12);
    expect(value(packageFromCsv(withCell('young.share', '52.5').text), 'young.share')).toBe(52.5);
    expect(value(packageFromCsv(withCell('young.share', '52,5 %').text), 'young.share')).toBe(52.5);
  });

  it('a count of 1e300 written out, a negative count and a share of 250 are refused on their line', () => {
    const huge = withCell('mentors.total', `1${'0'.repeat(300)}`);
    expect(packageFromCsv(huge.text)).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        new RegExp(`^строка ${huge.line}: ожидается целое число от 0 до 10 000 000`),
      ),
    });
    // toCsv writes a negative number with its formula guard; the reader takes the guard off, then refuses it.
    const negative = withCell('mentors.total', "'-3");
    expect(packageFromCsv(negative.text)).toMatchObject({
      ok: false,
      error: `строка ${negative.line}: ожидается целое число от 0 до 10 000 000 или пусто, указано -3`,
    });
    const share = withCell('young.share', '250');
    expect(packageFromCsv(share.text)).toMatchObject({
      ok: false,
      error: `строка ${share.line}: ожидается доля от 0 до 100 % или пусто, указано 250`,
    });
  });

  it('names the line as the file has it, after blank lines and a cell of several lines', () => {
    const lines = base();
    // Two blank lines after the header and a three-line best-practices cell before the broken row.
    lines.splice(1, 0, '', ' ; ; ; ');
    const bp = lines.findIndex((l) => l.startsWith('bestPractices;'));
    lines[bp] = 'bestPractices;Лучшие практики;"первая строка\r\nвторая\r\nтретья";text';
    const at = lines.findIndex((l) => l.startsWith('pairs.byForm.teacher-teacher;'));
    expect(at).toBeGreaterThan(bp);
    lines[at] = 'pairs.byForm.teacher-teacher;Пары;много;count';
    const text = lines.join('\r\n');
    // The editor's line: rows before it, plus the two extra lines inside the quoted cell.
    const fileLine = text.slice(0, text.indexOf('pairs.byForm.teacher-teacher;')).split('\r\n').length;
    expect(fileLine).toBe(at + 1 + 2);
    expect(packageFromCsv(text)).toMatchObject({
      ok: false,
      error: `строка ${fileLine}: «много» — не число в привычной записи (цифры, можно пробелы между тысячами и десятичную запятую или точку)`,
    });
  });

  it('an unknown indicator row is dropped with a warning naming its line', () => {
    const lines = base();
    lines.push('mentors.future;Новый показатель;1e300;count');
    const res = packageFromCsv(lines.join('\r\n'));
    expect(res.ok, res.ok ? '' : res.error).toBe(true);
    if (!res.ok) return;
    expect(res.value.indicators.some((i) => i.key === 'mentors.future')).toBe(false);
    expect(res.warnings).toEqual([
      `строка ${lines.length}: показатель mentors.future неизвестен — пропущен (пакет, возможно, сформирован более новой версией надстройки: обновите расширение)`,
    ]);
  });

  it('a 48 MB CSV is refused by its size at once, not parsed', () => {
    const row = 'mentors.total;Количество наставников;24;count\r\n';
    const text = base().join('\r\n') + `\r\n${row.repeat(Math.ceil((48 * 1024 * 1024) / row.length))}`;
    const started = performance.now();
    const res = packageFromCsv(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(res).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^файл слишком большой: 4\d,\d МБ, допускается не больше 5,0 МБ/),
    });
  });
});

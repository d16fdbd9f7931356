import { describe, expect, it } from 'vitest';
import { REPORT_SHEET } from '../../shared/sheets';
import { freshAddon } from './harness';
import { expectedSampleIndicators, reportCells, SAMPLE_FORM, sampleSchool } from './reportFixture';

/** A cell as the report sheet should hold an indicator value. */
const asCell = (v: unknown) => (v === null ? '' : v === true ? 'да' : v === false ? 'нет' : v);

describe('«Отчёт для района: обновить лист» on the built Code.js', () => {
  it('writes every indicator of the sample school, as shared/report computes them', async () => {
    const addon = await sampleSchool();
    addon.run('menuReportRefresh');
    const cells = reportCells(addon.double);
    const expected = expectedSampleIndicators();
    expect([...cells.keys()]).toEqual(expected.map((i) => i.key));
    for (const i of expected) {
      // A date shows as дд.мм.гггг, and Sheets reads an all-digit text (the INN) as a number: see the next test.
      if (i.unit === 'date') continue;
      const cell = cells.get(i.key);
      if (i.unit === 'text' && typeof cell === 'number') expect(String(cell), i.key).toBe(i.value);
      else expect(cell, i.key).toEqual(asCell(i.value));
    }
    // Hand-counted on the sample (docs/report.md): numbers stay numbers, not texts.
    expect(cells.get('mentors.total')).toBe(18);
    expect(cells.get('pairs.total')).toBe(3);
    expect(cells.get('young.share')).toBe(5.9);
    expect(cells.get('coverage.share')).toBe(1);
    expect(cells.get('documents.order-introduction.exists')).toBe('да');
    expect(cells.get('bestPractices')).toBe('Школа молодого педагога');
    const alert = addon.double.ui.dialogs.at(-1) as unknown as { text?: string; message?: string };
    expect(JSON.stringify(alert)).toContain('2025 год');
  });

  it('shows the figures portals ask, in Russian, hand-counted on the sample school', async () => {
    const addon = await sampleSchool();
    addon.run('menuReportRefresh');
    const cells = reportCells(addon.double);
    // PR-0001 and PR-0003 are pairs, PR-0002 a group of two, all «учитель – учитель».
    expect(cells.get('pairs.pairs.byForm.teacher-teacher')).toBe(2);
    expect(cells.get('pairs.groups.byForm.teacher-teacher')).toBe(1);
    expect(cells.get('mentees.byForm.teacher-teacher')).toBe(4);
    expect(cells.get('pairs.groups.byForm.teacher-student')).toBe(0);
    // 14 teacher mentors + 23 teacher mentees of 60 teachers; 2 pupil mentors + 10 pupil mentees of 640.
    expect(cells.get('coverage.teachers')).toBe(37);
    expect(cells.get('coverage.teachers.share')).toBe(61.7);
    expect(cells.get('coverage.pupils')).toBe(12);
    expect(cells.get('coverage.pupils.share')).toBe(1.9);
    // No «Поощрён» marks and no meeting kept on «Встречи» (the empty sheet setup made): empty, not 0.
    expect(cells.get('mentors.rewarded')).toBe('');
    expect(cells.get('meetings.held')).toBe('');
    expect(cells.get('organisation.name')).toBe(SAMPLE_FORM.name);
    expect(cells.get('organisation.inn')).toBe(Number(SAMPLE_FORM.inn)); // Sheets reads digits as a number
    expect(cells.get('curator.name')).toBe('Виноградова Ирина Алексеевна');
    expect(cells.get('curator.position')).toBe('заместитель директора по УВР');
    expect(cells.get('curator.email')).toBe('vinogradova.ia@school7.example');
    expect(cells.get('report.period')).toBe('2025 год');
    const rows = addon.double.sheet('Отчёт')!.getDataRange().getDisplayValues();
    const row = (key: string) => rows.find((r) => r[0] === key)!;
    expect(row('curator.phone')[2]).toBe('+7 (841) 234-56-78');
    expect(row('report.date')[2]).toBe('20.12.2025');
    expect(row('satisfaction.mentors.score')[3]).toBe('баллы');
    // Units by what is counted: people «чел.», activities and pairs «шт.».
    expect(row('mentors.total')[3]).toBe('чел.');
    expect(row('roadmap.total')[3]).toBe('шт.');
    expect(row('pairs.total')[3]).toBe('шт.');
    // The keys rows are found by stay in their column, hidden from the curator.
    expect(addon.double.sheet('Отчёт')!.isColumnHiddenByUser(1)).toBe(true);
    expect(row('pairs.pairs.byForm.teacher-teacher')[1]).toBe(
      'Количество наставнических пар (без групп) по форме «Учитель – учитель»',
    );
    // The side block: per form, pairs and groups apart, and mentees; the shares in any role.
    const values = addon.double.sheet('Отчёт')!.getDataRange().getValues();
    const flat = values.flat();
    const at = flat.indexOf('Наставляемых');
    const width = values[0]!.length;
    const header = values[Math.floor(at / width)]!;
    const col = header.indexOf('Форма');
    expect(header.slice(col, col + 5)).toEqual(['Форма', 'Пар и групп', 'Пар', 'Групп', 'Наставляемых']);
    expect(values[Math.floor(at / width) + 1]!.slice(col, col + 5)).toEqual([
      'Учитель – учитель',
      3,
      2,
      1,
      4,
    ]);
    const teachers = values.find((r) => r.includes('Педагоги в наставничестве (в любой роли)'))!;
    const t = teachers.indexOf('Педагоги в наставничестве (в любой роли)');
    expect(teachers.slice(t, t + 4)).toEqual(['Педагоги в наставничестве (в любой роли)', 61.7, '—', '—']);
  });

  it('counts the mentors marked «Поощрён» in the bank', async () => {
    const addon = await sampleSchool();
    const sheet = addon.double.sheet('Наставники')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    let col = header.indexOf('Поощрён') + 1;
    if (col === 0) {
      // A bank made before the column existed: the curator adds it by its header.
      col = header.length + 1;
      sheet.getRange(1, col).setValue('Поощрён');
    }
    sheet.getRange(2, col).setValue('да'); // NS-0001
    sheet.getRange(3, col).setValue('нет'); // NS-0002
    sheet.getRange(21, col).setValue('да'); // NS-0020 «Выбыл», no pair in 2025: not counted
    sheet.getRange(17, col).setValue('да'); // NS-0016
    addon.run('menuReportRefresh');
    expect(reportCells(addon.double).get('mentors.rewarded')).toBe(2);
  });

  it('reads each source sheet once and writes the indicator table in one setValues', async () => {
    const addon = await sampleSchool();
    addon.run('menuReportRefresh');
    // mentors, mentees, pairs, roadmap, documents, «Анкеты», «Планы пар», «Встречи», «Отчёт»: one data-range read each.
    expect(addon.double.log.count('Range.getValues')).toBe(9);
    // The indicator table + the side block.
    expect(addon.double.log.count('Range.setValues')).toBe(2);
    expect(addon.double.log.count('Sheet.insertChart')).toBe(1);
  });

  it('draws one chart of pairs by form with the side block; a re-run updates it and keeps the curator’s work', async () => {
    const addon = await sampleSchool();
    addon.run('menuReportRefresh');
    const sheet = addon.double.sheet('Отчёт')!;
    const charts = sheet._charts.charts;
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.spec.type).toBe('COLUMN');
    const a1 = chart.spec.ranges[0]!.getA1Notation();
    const data = sheet.getRange(a1).getValues();
    expect(data[0]).toEqual(['Форма', 'Пар и групп']);
    expect(data.find((r) => r[0] === 'Учитель – учитель')?.[1]).toBe(3);
    const side = sheet.getDataRange().getValues();
    const coverage = side.flat().indexOf('Педагоги и обучающиеся в наставничестве');
    expect(coverage).toBeGreaterThan(0);
    const width = side[0]!.length;
    const row = side[Math.floor(coverage / width)]!;
    const col = coverage % width;
    expect(row.slice(col, col + 4)).toEqual(['Педагоги и обучающиеся в наставничестве', 1, 70, 69]);

    // The curator: a note column next to the indicators, a cell of their own, their own chart.
    const keyRow = side.findIndex((r) => r[0] === 'pairs.total') + 1;
    sheet.getRange(1, 5).setValue('Комментарий');
    sheet.getRange(keyRow, 5).setValue('сверено с приказом');
    sheet.getRange(150, 2).setValue('моя заметка');
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B3')).build());
    chart.spec.position = { row: 30, column: 2, offsetX: 5, offsetY: 5 };

    addon.double.log.reset();
    addon.run('menuReportRefresh');
    expect(addon.double.log.count('Sheet.insertChart')).toBe(0);
    expect(addon.double.log.count('Sheet.updateChart')).toBe(1);
    const after = sheet._charts.charts;
    expect(after).toHaveLength(2);
    expect(after[0]!.spec.chartId).toBe(chart.spec.chartId);
    // Moved by the curator: the update keeps where they put it.
    expect(after[0]!.spec.position.row).toBe(30);
    expect(after[1]!.spec.type).toBe('PIE');
    const values = sheet.getDataRange().getValues();
    expect(values[keyRow - 1]![0]).toBe('pairs.total');
    expect(values[keyRow - 1]![4]).toBe('сверено с приказом');
    expect(values[149]![1]).toBe('моя заметка');
    expect(reportCells(addon.double).size).toBe(expectedSampleIndicators().length);
  });

  it('a new period re-uses the rows by key: nothing duplicated, values follow the settings', async () => {
    const addon = await sampleSchool();
    addon.run('menuReportRefresh');
    const before = addon.double.sheet('Отчёт')!.getLastRow();
    addon.callFromClient('saveReportSettings', {
      ...SAMPLE_FORM,
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
    });
    addon.run('menuReportRefresh');
    expect(addon.double.sheet('Отчёт')!.getLastRow()).toBe(before);
    // In 2024 PR-0001 and PR-0003 (both from 01.10.2024) ran; PR-0002 began in October 2025.
    expect(reportCells(addon.double).get('pairs.total')).toBe(2);
    expect(reportCells(addon.double).get('pairs.terminated')).toBe(1);
  });

  it('without setup the curator gets a Russian message naming the missing sheet, not a crash', async () => {
    const addon = await freshAddon({ today: '2025-12-20' });
    addon.run('menuReportRefresh');
    const last = JSON.stringify(addon.double.ui.dialogs.at(-1));
    expect(last).toContain(`«${REPORT_SHEET.title}»`);
  });
});

describe('report settings (dialog calls)', () => {
  it('default: the current academic year from today, targets 50 and 70', async () => {
    const addon = await freshAddon({ today: '2025-12-20' });
    const form = addon.callFromClient('getReportSettings') as typeof SAMPLE_FORM;
    expect(form.periodFrom).toBe('2025-09-01');
    expect(form.periodTo).toBe('2026-08-31');
    expect(form.periodLabel).toBe('2025-2026 учебный год');
    expect(form.youngShareTarget).toBe('50');
    expect(form.coverageShareTarget).toBe('70');
    expect(form.webIncludeLists).toBe(false);
  });

  it('bad fields get Russian messages naming the field as the dialog labels it; nothing is saved', async () => {
    const addon = await freshAddon({ today: '2025-12-20' });
    const r = addon.callFromClient('saveReportSettings', {
      ...SAMPLE_FORM,
      name: ' ',
      teachersTotal: 'шестьдесят',
    }) as { ok: false; errors: string[] };
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toContain('«Всего педагогов в школе»: «шестьдесят» — не число');
    const r2 = addon.callFromClient('saveReportSettings', {
      ...SAMPLE_FORM,
      name: '',
      coverageShareTarget: '120',
      periodTo: '2024-01-01',
    }) as { ok: false; errors: string[] };
    const text = r2.errors.join('\n');
    expect(text).toContain('«Название организации»');
    expect(text).toContain(
      '«Цель: доля педагогов и обучающихся в наставничестве, %»: процент не может быть больше 100',
    );
    expect(text).toContain('«Конец периода»');
    expect(addon.double.properties.document.getKeys()).not.toContain('nastavnik.reportSettings');
    const ok = addon.callFromClient('saveReportSettings', {
      ...SAMPLE_FORM,
      teachersTotal: '60',
      youngShareTarget: '52,5',
    });
    expect(ok).toEqual({ ok: true, message: expect.any(String) });
    expect((addon.callFromClient('getReportSettings') as typeof SAMPLE_FORM).youngShareTarget).toBe('52,5');
  });
});

describe('planIndicatorBlocks (the indicator table through the codec)', () => {
  it('numbers stay numbers, texts that look like formulas are neutralised, one block for four columns', async () => {
    const { planIndicatorBlocks } = await import('../../apps-script/src/report/reportTable');
    const { mapHeaderRow } = await import('../../shared/sheets');
    const values = [REPORT_SHEET.columns.map((c) => c.header)];
    const header = mapHeaderRow(values[0]!, REPORT_SHEET);
    const blocks = planIndicatorBlocks(values, header, [
      { key: 'young.share', label: 'Доля', unit: 'percent', value: 5.9 },
      { key: 'bestPractices', label: '=Лучшие', unit: 'text', value: '=IMPORTXML("http://x";"//a")' },
      { key: 'documents.programme.exists', label: 'Есть', unit: 'boolean', value: false },
      { key: 'coverage.share', label: 'Охват', unit: 'percent', value: null },
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.row).toBe(2);
    expect(blocks[0]!.values).toEqual([
      ['young.share', 'Доля', 5.9, '%'],
      ['bestPractices', "'=Лучшие", `'=IMPORTXML("http://x";"//a")`, 'текст'],
      ['documents.programme.exists', 'Есть', 'нет', 'да/нет'],
      ['coverage.share', 'Охват', '', '%'],
    ]);
  });
});

describe('indicatorWrites', () => {
  it('updates rows found by key, appends new keys, blanks keys no longer reported (once each)', async () => {
    const { indicatorWrites } = await import('../../apps-script/src/report/reportTable');
    const values = [
      ['Код показателя', 'Показатель', 'Значение', 'Единица'],
      ['pairs.total', 'Пары', 3, 'чел./шт.'],
      ['old.key', 'Старый', 1, 'чел./шт.'],
      ['pairs.total', 'Повтор', 3, 'чел./шт.'],
    ];
    const writes = indicatorWrites(values, 0, 1, [
      { key: 'pairs.total', label: 'Пары', unit: 'count', value: 4 },
      { key: 'mentors.total', label: 'Наставники', unit: 'count', value: 18 },
    ]);
    expect(writes.map((w) => [w.row, w.record.key, w.record.value])).toEqual([
      [2, 'pairs.total', 4],
      [null, 'mentors.total', 18],
      [3, '', ''],
      [4, '', ''],
    ]);
  });
});

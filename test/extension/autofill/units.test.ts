// Units and formats: a report value written the way each field asks (extension/autofill/format.ts).
import { describe, expect, it } from 'vitest';
import { optionRange, separatorIn } from '../../../extension/autofill/format';
import { page, planByHand, plannedValue } from '../helpers/byHand';

describe('numbers in the unit the field asks', () => {
  it('writes a count asked in thousands («тыс. чел.») as thousands with three decimals', () => {
    const doc = page(
      '<table><tr><td>Численность обучающихся, тыс. чел.</td><td><input id="a" placeholder="0,000"></td></tr></table>',
    );
    const plan = planByHand(doc, { '#a': 'school.pupils' }, { 'school.pupils': 416 });
    expect(plannedValue(plan, doc, '#a')).toBe('0,416');
  });

  it('writes a share asked as a fraction of one («в долях единицы, от 0 до 1») as percent / 100', () => {
    const doc = page(
      '<table><tr><td>Доля молодых педагогов (в долях единицы, от 0 до 1)<span>например, 0.35 — а не 35</span></td><td><input id="a"></td></tr></table>',
    );
    const plan = planByHand(doc, { '#a': 'young.share' }, { 'young.share': 87.5 });
    expect(plannedValue(plan, doc, '#a')).toBe('0.875');
  });

  it('takes the decimal separator from the hint, the page note, a spinbutton; comma otherwise', () => {
    const doc = page(`
      <p><label for="dot">Доля, %</label><input id="dot"><small>только цифры и точка, например 37.5</small></p>
      <p><label for="comma">Доля педагогов, %</label><input id="comma" aria-describedby="h"><span id="h">например 33,3</span></p>
      <p><label for="spin">Охват, %</label><input id="spin" role="spinbutton" inputmode="decimal"></p>
      <p><label for="plain">Охват обучающихся, %</label><input id="plain"></p>`);
    const values = {
      'coverage.teachers.share': 45.6,
      'young.share': 87.5,
      'coverage.pupils.share': 12.5,
      'coverage.share': 33.3,
    };
    const plan = planByHand(
      doc,
      {
        '#dot': 'coverage.teachers.share',
        '#comma': 'young.share',
        '#spin': 'coverage.pupils.share',
        '#plain': 'coverage.share',
      },
      values,
    );
    expect(plannedValue(plan, doc, '#dot')).toBe('45.6');
    expect(plannedValue(plan, doc, '#comma')).toBe('87,5');
    expect(plannedValue(plan, doc, '#spin')).toBe('12.5');
    expect(plannedValue(plan, doc, '#plain')).toBe('33,3');

    const noted = page(
      '<div role="alert">Проценты указываются числом с одним знаком после точки (например, 37.5).</div><label for="p">Охват, %</label><input id="p">',
    );
    const p2 = planByHand(noted, { '#p': 'young.share' }, { 'young.share': 87.5 });
    expect(plannedValue(p2, noted, '#p')).toBe('87.5');
  });

  it('reads a separator from words before examples, and a date is no example', () => {
    expect(separatorIn('десятичный разделитель — точка')).toBe('.');
    expect(separatorIn('с тремя знаками после запятой, например 1,250')).toBe(',');
    expect(separatorIn('согласие по закону от 27.07.2006')).toBeNull();
  });
});

describe('kinds', () => {
  it('puts no words into a field that counts («…, чел.», a numeric keyboard); digits still fit', () => {
    const doc = page(`
      <table><tr><td>Численность наставников в прошлом учебном году, чел.</td><td><input id="a"></td></tr></table>
      <p><label for="b">Количество</label><input id="b" inputmode="numeric"></p>
      <p><label for="c">ИНН</label><input id="c" inputmode="numeric"></p>`);
    const plan = planByHand(
      doc,
      { '#a': 'report.period', '#b': 'curator.name', '#c': 'organisation.inn' },
      {
        'report.period': '2024/2025 учебный год',
        'curator.name': 'Ковалёва Ирина Сергеевна',
        'organisation.inn': '8603012346',
      },
    );
    expect(plannedValue(plan, doc, '#a')).toBeNull();
    expect(plannedValue(plan, doc, '#b')).toBeNull();
    expect(plannedValue(plan, doc, '#c')).toBe('8603012346');
  });
});

describe('dates in the field’s own format', () => {
  it('type=date and «ГГГГ-ММ-ДД» text get ISO, «дд.мм.гггг» and plain text get the Russian date', () => {
    const doc = page(`
      <p><label for="d1">Дата</label><input id="d1" type="date"></p>
      <table><tr><td>Дата заполнения <span>в формате ГГГГ-ММ-ДД</span></td><td><input id="d2" maxlength="10"></td></tr></table>
      <p><label for="d3">Дата отчёта</label><input id="d3" placeholder="дд.мм.гггг"></p>`);
    const date = { 'report.date': '2024-12-16' };
    for (const [sel, want] of [
      ['#d1', '2024-12-16'],
      ['#d2', '2024-12-16'],
      ['#d3', '16.12.2024'],
    ] as const) {
      const plan = planByHand(doc, { [sel]: 'report.date' }, date);
      expect(plannedValue(plan, doc, sel)).toBe(want);
    }
  });

  it('splits a date over «__» month «20__»: day, the month’s option, two-digit year', () => {
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября']
      .concat(['октября', 'ноября', 'декабря'])
      .map((m, i) => `<option value="${String(i + 1).padStart(2, '0')}">${m}</option>`)
      .join('');
    const doc = page(
      `<p>«<input id="d" maxlength="2" size="2">» <select id="m"><option value=""></option>${months}</select> 20<input id="y" maxlength="2" size="2"> год</p>`,
    );
    const date = { 'report.date': '2024-12-16' };
    expect(plannedValue(planByHand(doc, { '#d': 'report.date' }, date), doc, '#d')).toBe('16');
    expect(plannedValue(planByHand(doc, { '#m': 'report.date' }, date), doc, '#m')).toBe('декабря');
    expect(plannedValue(planByHand(doc, { '#y': 'report.date' }, date), doc, '#y')).toBe('24');
  });

  it('finds the month in a list of abbreviations («янв.», «сент.», «мая»), read by shared/text’s one list', () => {
    const months = 'янв. февр. март апр. мая июня июля авг. сент. окт. нояб. дек.'
      .split(' ')
      .map((m) => `<option>${m}</option>`)
      .join('');
    const doc = page(
      `<p>«<input id="d" maxlength="2" size="2">» <select id="m"><option value=""></option>${months}</select></p>`,
    );
    const date = { 'report.date': '2024-09-16' };
    expect(plannedValue(planByHand(doc, { '#m': 'report.date' }, date), doc, '#m')).toBe('сент.');
  });
});

describe('choices', () => {
  it('finds a period spelled differently, and prefers the whole year to its half', () => {
    const doc = page(`
      <select id="a"><option value="">— выберите —</option><option value="2023">2023-2024 уч. год</option><option value="2024">2024-2025 уч. год</option></select>
      <label><input type="radio" name="p" value="61">I полугодие 2024/2025 учебного года</label>
      <label><input type="radio" name="p" value="62">2024/2025 учебный год</label>
      <label><input type="radio" name="p" value="63">2023/2024 учебный год</label>
      <select id="c"><option value=""></option><option>I полугодие 2024/2025</option><option>2024–2025</option></select>`);
    const v = { 'report.period': '2024/2025 учебный год' };
    expect(plannedValue(planByHand(doc, { '#a': 'report.period' }, v), doc, '#a')).toBe('2024-2025 уч. год');
    expect(plannedValue(planByHand(doc, { '[value="62"]': 'report.period' }, v), doc, '[value="62"]')).toBe(
      '2024/2025 учебный год',
    );
    expect(plannedValue(planByHand(doc, { '#c': 'report.period' }, v), doc, '#c')).toBe('2024–2025');
  });

  it('picks the range a count falls in, a scale point, and no guess among near-duplicate names', () => {
    const ranges = ['0', '1–3', '4–6', '7–10', 'Более 10'].map((t) => `<option>${t}</option>`).join('');
    const doc = page(`
      <select id="r1"><option value="">Выбрать</option>${ranges}</select>
      <select id="r2"><option value="">Выбрать</option>${ranges}</select>
      <select id="r3"><option value="">Выбрать</option>${ranges}</select>
      <select id="s"><option value="">—</option><option value="1">1 — очень низкая</option><option value="4">4</option><option value="5">5 — очень высокая</option></select>
      <select id="n"><option value="">(не выбрано)</option><option>МАОУ «Гимназия № 3» г. Северогорск (структурное подразделение)</option><option>МАОУ «Гимназия № 3» г. Северогорск, филиал</option></select>`);
    const plan = planByHand(
      doc,
      {
        '#r1': 'pairs.pairs.byForm.teacher-teacher',
        '#r2': 'pairs.pairs.byForm.teacher-student',
        '#r3': 'pairs.pairs.byForm.employer-student',
        '#s': 'satisfaction.mentees.score',
        '#n': 'organisation.name',
      },
      {
        'pairs.pairs.byForm.teacher-teacher': 12,
        'pairs.pairs.byForm.teacher-student': 6,
        'pairs.pairs.byForm.employer-student': 0,
        'satisfaction.mentees.score': 5,
        'organisation.name': 'МАОУ «Гимназия № 3» г. Северогорск',
      },
    );
    expect(plannedValue(plan, doc, '#r1')).toBe('Более 10');
    expect(plannedValue(plan, doc, '#r2')).toBe('4–6');
    expect(plannedValue(plan, doc, '#r3')).toBe('0');
    expect(plannedValue(plan, doc, '#s')).toBe('5 — очень высокая');
    expect(plannedValue(plan, doc, '#n')).toBeNull();
  });

  it('answers yes/no from a document’s link and from a count', () => {
    const yn = '<option value="">—</option><option value="Y">Да</option><option value="N">Нет</option>';
    const doc = page(`
      <select id="doc">${yn}</select><select id="none">${yn}</select>
      <label><input type="checkbox" id="cnt">Пары</label><label><input type="checkbox" id="zero">Пары</label>
      <p>Реализуется ли форма?<label><input type="radio" name="f" value="1"> Да</label><label><input type="radio" name="f" value="0"> Нет</label></p>`);
    const plan = planByHand(
      doc,
      {
        '#doc': 'documents.regulation.link',
        '#none': 'documents.best-cases.link',
        '#cnt': 'pairs.pairs.byForm.teacher-teacher',
        '#zero': 'pairs.pairs.byForm.employer-student',
        '[name=f][value="1"]': 'mentees.byForm.employer-student',
      },
      {
        'documents.regulation.link': 'https://school.example/polozhenie.pdf',
        'documents.best-cases.link': '',
        'pairs.pairs.byForm.teacher-teacher': 12,
        'pairs.pairs.byForm.employer-student': 0,
        'mentees.byForm.employer-student': 8,
      },
    );
    expect(plannedValue(plan, doc, '#doc')).toBe('Да');
    expect(plannedValue(plan, doc, '#none')).toBe('Нет');
    expect(plannedValue(plan, doc, '#cnt')).toBe(true);
    // Unticked already: nothing to do.
    expect(plan.fields.find((f) => f.element.id === 'zero')?.reason).toBe('same-value');
    expect(plannedValue(plan, doc, '[name=f][value="1"]')).toBe('Да');
  });

  it('reads ranges the way forms write them', () => {
    expect(optionRange('4–6, ответ для Учитель – ученик')).toEqual({ min: 4, max: 6 });
    expect(optionRange('Более 10')).toEqual({ min: 11, max: Infinity });
    expect(optionRange('до 3')).toEqual({ min: -Infinity, max: 3 });
    expect(optionRange('10 и более')).toEqual({ min: 10, max: Infinity });
    expect(optionRange('5 — очень высокая')).toEqual({ min: 5, max: 5 });
    expect(optionRange('2024/2025 учебный год')).toBeNull();
  });
});

describe('a share and a score stay on their own scales', () => {
  it('a percent field never receives a score, however it says «%» (label, unit cell, addon, placeholder)', () => {
    const doc = page(`
      <p><label for="a">Удовлетворённость наставников, %</label><input id="a"></p>
      <p><label for="b">Удовлетворённость наставляемых</label><span><input id="b"><span class="input-group-text">%</span></span></p>
      <table><tr><td>Удовлетворённость наставников</td><td>%</td><td><input id="c"></td></tr></table>
      <p><label for="d">Удовлетворённость наставляемых</label><input id="d" placeholder="в процентах"></p>
      <p><label for="e">Удовлетворённость наставников, средний балл</label><input id="e"></p>`);
    // Told by hand that each field is a score: only the one that asks a score takes it.
    const plan = planByHand(
      doc,
      {
        '#a': 'satisfaction.mentors.score',
        '#b': 'satisfaction.mentees.score',
        '#c': 'satisfaction.mentors.score',
        '#d': 'satisfaction.mentees.score',
        '#e': 'satisfaction.mentors.score',
      },
      { 'satisfaction.mentors.score': 4.5, 'satisfaction.mentees.score': 4 },
    );
    for (const id of ['#a', '#b', '#c', '#d']) expect(plannedValue(plan, doc, id)).toBeNull();
    expect(plannedValue(plan, doc, '#e')).toBe('4,5');
  });

  it('a score field never receives a percent', () => {
    const doc =
      page(`<p><label for="a">Средняя оценка удовлетворённости наставников (шкала 1–5)</label><input id="a"></p>
      <p><label for="b">Удовлетворённость наставников</label><input id="b"></p>`);
    const plan = planByHand(
      doc,
      { '#a': 'satisfaction.mentors', '#b': 'satisfaction.mentees' },
      { 'satisfaction.mentors': 87.5, 'satisfaction.mentees': 91 },
    );
    expect(plannedValue(plan, doc, '#a')).toBeNull();
    expect(plannedValue(plan, doc, '#b')).toBe('91');
  });
});

// Labels read as a structure (table headers with spans, numbered parents, «из них», hints, legends) and the
// page assigned as a whole; each on a small page written for the rule.
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../../extension/autofill/labels';
import { planFill } from '../../../extension/autofill/plan';
import { page } from '../helpers/byHand';
import { domLibraryVisibility } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

const labelOf = (doc: Document, sel: string) => readLabel(doc.querySelector(sel)!);

describe('labels read as a structure', () => {
  it('a cell under two header rows (rowspan / colspan) reads its row and every column level above it', () => {
    const doc = page(`<table>
      <tr><th rowspan="2">Показатель</th><th colspan="2">Наставники</th><th rowspan="2">Примечание</th></tr>
      <tr><th>всего</th><th>из них педагоги</th></tr>
      <tr><td>Численность, чел.</td><td><input id="a"></td><td><input id="b"></td><td><input id="c"></td></tr>
    </table>`);
    const b = labelOf(doc, '#b');
    expect(b.row).toBe('Численность, чел.');
    expect(b.column).toContain('Наставники');
    expect(b.column).toContain('из них педагоги');
    // The third column spans both header rows: its one header, not the colspan's.
    expect(labelOf(doc, '#c').column).toBe('Примечание');
  });

  it('a numbered row reads with its parent («1.1» under «1»)', () => {
    const doc = page(`<table>
      <tr><td>1</td><td>Численность наставников, всего</td><td><input id="p"></td></tr>
      <tr><td>1.1</td><td>прошли обучение</td><td><input id="c"></td></tr>
      <tr><td>2</td><td>Численность наставляемых</td><td><input id="n"></td></tr>
    </table>`);
    expect(labelOf(doc, '#c').lead).toContain('Численность наставников, всего');
    expect(labelOf(doc, '#n').lead ?? []).not.toContain('Численность наставников, всего');
  });

  it('an «из них» row reads with the row above it', () => {
    const doc = page(`<table>
      <tr><td>Количество наставников</td><td><input id="p"></td></tr>
      <tr><td>из них прошли обучение</td><td><input id="c"></td></tr>
    </table>`);
    expect(labelOf(doc, '#c').lead).toContain('Количество наставников');
  });

  it('help text between a caption and its field is not the label', () => {
    const doc = page(`<div class="form-group"><span>Количество наставников</span>
        <small class="form-text text-muted">Можно с десятичной дробью, например 33,3</small><input id="a"></div>`);
    expect(labelOf(doc, '#a').label).toBe('Количество наставников');
  });

  it('a sub-label under a fieldset legend reads with the legend (the question)', () => {
    const doc = page(`<fieldset><legend>Удовлетворённость участников программой, %</legend>
      <label for="m">наставники</label><input id="m">
      <label for="e">наставляемые</label><input id="e"></fieldset>`);
    const m = labelOf(doc, '#m');
    expect(m.label).toBe('наставники');
    // One subject: part of each sub-label's words (lead), not a broad section caption (context).
    expect(m.lead).toContain('Удовлетворённость участников программой, %');
  });
});

describe('the page assigned as a whole', () => {
  it('each indicator goes to one field, where it fits best; the other field takes its next best', () => {
    const doc = page(`<table>
      <tr><td>Количество пар и групп</td><td><input id="t"></td></tr>
      <tr><td>Пар и групп всего (по приказу)</td><td><input id="o"></td></tr>
    </table>`);
    const plan = planFill(doc, samplePackage(), { isVisible: domLibraryVisibility });
    const key = (id: string) => plan.fields.find((f) => f.element.id === id)?.indicator;
    expect(key('t')).toBe('pairs.total');
    expect(key('o')).toBe('pairs.withOrder');
  });
});

describe('a bare word is asked, not filled', () => {
  const plan = (body: string) => planFill(page(body), samplePackage(), { isVisible: domLibraryVisibility });
  const field = (p: ReturnType<typeof plan>, id: string) => p.fields.find((f) => f.element.id === id)!;

  it('«Пары», «Группы», «Всего» alone (a page title over every field is no context) are offered, not filled', () => {
    const p = plan(`<h1>Отчёт о реализации программы наставничества</h1>
      <p><label for="a">Пары</label><input id="a"></p>
      <p><label for="b">Группы</label><input id="b"></p>
      <p><label for="c">Всего</label><input id="c"></p>`);
    for (const id of ['a', 'b']) {
      expect(field(p, id)).toMatchObject({ action: 'skip', reason: 'ask' });
      expect(field(p, id).confidence).toBeLessThanOrEqual(0.5);
      expect(field(p, id).choices!.length).toBeGreaterThan(1);
    }
    expect(field(p, 'a').choices!.map((c) => c.key)).toContain('pairs.pairs');
    expect(field(p, 'c').action).toBe('skip');
  });

  it('the same words under a legend or a table header fill', () => {
    const p = plan(`<fieldset><legend>Наставники</legend><label for="a">Всего</label><input id="a"></fieldset>
      <table><tr><th></th><th>Пары</th><th>Группы</th></tr>
        <tr><td>Учитель – учитель</td><td><input id="b"></td><td><input id="c"></td></tr></table>`);
    expect(field(p, 'a')).toMatchObject({ action: 'fill', indicator: 'mentors.total' });
    expect(field(p, 'b')).toMatchObject({ action: 'fill', indicator: 'pairs.pairs.byForm.teacher-teacher' });
    expect(field(p, 'c')).toMatchObject({ action: 'fill', indicator: 'pairs.groups.byForm.teacher-teacher' });
  });

  it('a word that only one indicator can fit (an ИНН, a date) is not ambiguous and fills', () => {
    const p = plan(`<h1>Отчёт</h1><p><label for="a">ИНН</label><input id="a"></p>
      <p><label for="b">Дата:</label><input id="b"></p>`);
    expect(field(p, 'a')).toMatchObject({ action: 'fill', indicator: 'organisation.inn' });
    // A document's «номер и дата» holds a date but is not one: «Дата:» is not offered it.
    expect(field(p, 'b')).toMatchObject({ action: 'fill', indicator: 'report.date' });
  });
});

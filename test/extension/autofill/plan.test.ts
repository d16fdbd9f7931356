import { describe, expect, it } from 'vitest';
import { planFill } from '../../../extension/autofill';
import { scoreIndicators, senseOf, stem, words } from '../../../extension/autofill/match';
import type { FillPlan } from '../../../extension/autofill/types';
import { accuracy, domLibraryVisibility, FIXTURES, loadFixture } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

const opts = { isVisible: domLibraryVisibility };

function byName(plan: FillPlan, name: string) {
  const f = plan.fields.find((x) => x.element.getAttribute('name') === name || x.element.id === name);
  if (!f) throw new Error(`нет поля ${name}`);
  return f;
}

describe('planFill on the fixture portals', () => {
  for (const name of FIXTURES) {
    it(`${name}: every expected field matched to the right indicator, nothing else matched`, () => {
      const { document } = loadFixture(name);
      const plan = planFill(document, samplePackage(), opts);
      const acc = accuracy(document, plan);
      expect(acc.wrong).toEqual([]);
      expect(acc.right).toBe(acc.total);
      expect(acc.found).toBe(acc.total);
    });
  }

  it('leaves honeypots, disabled and read-only fields out', () => {
    const { document } = loadFixture('plain');
    const plan = planFill(document, samplePackage(), opts);
    expect(byName(plan, 'hp_none')).toMatchObject({ action: 'skip', reason: 'hidden', indicator: null });
    expect(byName(plan, 'hp_covered')).toMatchObject({ action: 'skip', reason: 'hidden' });
    expect(byName(plan, 'mt_teachers')).toMatchObject({ action: 'skip', reason: 'disabled' });
    expect(byName(plan, 'target')).toMatchObject({ action: 'skip', reason: 'read-only' });
    expect(plan.fields.some((f) => f.element.getAttribute('type') === 'hidden')).toBe(false);
  });

  it('reads labels from each source a person uses', () => {
    const { document } = loadFixture('plain');
    const plan = planFill(document, samplePackage(), opts);
    expect(byName(plan, 'm_total')).toMatchObject({
      labelSource: 'label-for',
      label: 'Количество наставников (чел.)',
    });
    expect(byName(plan, 'm_teachers').labelSource).toBe('label-wrap');
    expect(byName(plan, 'm_trained')).toMatchObject({ labelSource: 'preceding-text' });
    expect(byName(plan, 'mt')).toMatchObject({
      labelSource: 'placeholder',
      label: 'Количество наставляемых',
    });
    expect(byName(plan, 'reg')).toMatchObject({
      kind: 'radio',
      label: 'Наличие положения о наставничестве:',
    });
    const google = planFill(loadFixture('google').document, samplePackage(), opts);
    expect(google.fields[0]).toMatchObject({ labelSource: 'aria', indicator: 'mentors.total' });
    expect(google.fields[2]).toMatchObject({
      labelSource: 'question',
      label: 'Количество наставнических пар',
    });
  });

  it('reads a report-table cell as its row header and column header together', () => {
    const { document } = loadFixture('table');
    const plan = planFill(document, samplePackage(), opts);
    expect(byName(plan, 'f1')).toMatchObject({
      labelSource: 'table',
      row: 'Учитель – учитель',
      column: 'Количество пар',
      // «Количество пар» by form: pairs alone, groups have their own column on the portals.
      indicator: 'pairs.pairs.byForm.teacher-teacher',
      value: '13',
    });
    expect(byName(plan, 'd1')).toMatchObject({
      kind: 'radio',
      indicator: 'documents.order-introduction.exists',
      value: 'да',
    });
    expect(byName(plan, 'd1link').indicator).toBe('documents.order-introduction.link');
  });

  it('formats numbers as each field wants: comma in text, dot in number inputs and dot patterns', () => {
    const { document } = loadFixture('plain');
    const plan = planFill(document, samplePackage(), opts);
    expect(byName(plan, 'young_share').value).toBe('63,6');
    expect(byName(plan, 'cov').value).toBe('41.25');
    expect(byName(plan, 'm_total')).toMatchObject({ kind: 'number', value: '24' });
    const dot = planFill(document, samplePackage(), { ...opts, decimalSeparator: '.' });
    expect(byName(dot, 'young_share').value).toBe('63.6');
  });

  it('picks select and radio options by their text', () => {
    const { document } = loadFixture('plain');
    const plan = planFill(document, samplePackage(), opts);
    expect(byName(plan, 'road')).toMatchObject({ indicator: 'documents.roadmap.exists', value: 'Имеется' });
    expect(byName(plan, 'reg').value).toBe('Да');
  });

  it('lists indicators with values that no field on the page asks for', () => {
    const { document } = loadFixture('google');
    const plan = planFill(document, samplePackage(), opts);
    const missing = plan.missing.map((m) => m.key);
    expect(missing).toContain('roadmap.overdue');
    expect(missing).not.toContain('mentors.total');
  });

  it('uses a remembered correction for the site, and ignores a field the person switched off', () => {
    const { document } = loadFixture('plain');
    const first = planFill(document, samplePackage(), opts);
    const comment = byName(first, 'comment');
    const mtrained = byName(first, 'm_trained');
    const plan = planFill(document, samplePackage(), {
      ...opts,
      mappings: { [comment.signature]: 'roadmap.overdue', [mtrained.signature]: null },
    });
    expect(byName(plan, 'comment')).toMatchObject({
      indicator: 'roadmap.overdue',
      reason: 'saved-mapping',
      value: '2',
    });
    expect(byName(plan, 'm_trained')).toMatchObject({
      indicator: null,
      reason: 'ignored-by-person',
      action: 'skip',
    });
  });

  it('does not overwrite what the person typed unless asked', () => {
    const { document } = loadFixture('plain');
    (document.getElementById('young-count') as HTMLInputElement).value = '99';
    expect(byName(planFill(document, samplePackage(), opts), 'young_count')).toMatchObject({
      action: 'skip',
      reason: 'already-filled',
    });
    expect(
      byName(planFill(document, samplePackage(), { ...opts, overwrite: true }), 'young_count'),
    ).toMatchObject({
      action: 'fill',
      value: '11',
    });
  });

  it('skips a field whose indicator has no value in the package', () => {
    const { document } = loadFixture('table');
    const pkg = samplePackage();
    pkg.indicators = pkg.indicators.map((iv) => (iv.key === 'mentors.total' ? { ...iv, value: null } : iv));
    const f = byName(planFill(document, pkg, opts), 'p1');
    expect(f).toMatchObject({ action: 'skip' });
    expect(f.indicator === null || f.reason === 'no-value').toBe(true);
  });

  it('finds fields inside open shadow roots and same-origin frames', () => {
    const { document } = loadFixture('sections');
    const plan = planFill(document, samplePackage(), opts);
    expect(plan.fields.find((f) => f.indicator === 'young.total')?.element.getRootNode()).not.toBe(document);
    const framed = plan.fields.find((f) => f.indicator === 'pairs.groups');
    expect(framed?.element.ownerDocument).not.toBe(document);
  });
});

describe('planFill on a form written after the engine', () => {
  it('skips a units column when reading a row header, and keeps its «%» sense', () => {
    const { document } = loadFixture('heldout');
    const plan = planFill(document, samplePackage(), opts);
    // The units column is not the row header; it is kept as the row's kind after a comma.
    expect(byName(plan, 'a1')).toMatchObject({
      row: 'Общее число наставников, чел.',
      indicator: 'mentors.total',
    });
    expect(byName(plan, 'a8')).toMatchObject({ indicator: 'young.share', value: '63,6' });
    expect(byName(plan, 'a4').indicator).toBe('pairs.pairs.byForm.teacher-teacher');
    expect(byName(plan, 'a7').indicator).toBe('roadmap.done');
  });

  it('fills the contact and the staff count now that the package carries them', () => {
    const { document } = loadFixture('heldout');
    const plan = planFill(document, samplePackage(), opts);
    // The portals' vocabulary: «ФИО куратора наставничества (ответственного)», «педагогических работников в ОО, всего».
    expect(byName(plan, 'c1').indicator).toBe('curator.name');
    expect(byName(plan, 'c2').indicator).toBe('curator.phone');
    expect(byName(plan, 'c3').indicator).toBe('school.teachers');
  });
});

describe('matching words', () => {
  it('stems Russian word forms to one stem', () => {
    expect(stem('наставников')).toBe(stem('наставники'));
    expect(stem('наставляемых')).toBe(stem('наставляемые'));
  });

  it('tells a share from a count by the wording', () => {
    expect(senseOf('Доля молодых педагогов, %')).toBe('percent');
    expect(senseOf('Количество молодых педагогов')).toBe('count');
    const share = scoreIndicators('Доля молодых педагогов, вовлечённых в наставничество', 'text');
    expect(share[0]?.key).toBe('young.share');
    const count = scoreIndicators('Количество молодых педагогов, вовлечённых в наставничество', 'text');
    expect(count[0]?.key).toBe('young.inMentoring');
  });

  it('reads «кол-во» as «количество» and full and short participles alike', () => {
    expect(words('Кол-во групп')).toEqual(words('Количество групп'));
    expect(stem('выполнено')).toBe(stem('выполненных'));
  });

  it('matches ё and е, case and punctuation alike', () => {
    expect(scoreIndicators('КОЛИЧЕСТВО ЗАВЕРШЕННЫХ ПЕРСОНАЛИЗИРОВАННЫХ ПРОГРАММ!', 'text')[0]).toMatchObject({
      key: 'programmes.completed',
      score: 1,
    });
  });
});

// Choices a person made on other sites, offered first for similar labels (extension/autofill/remembered.ts).
import { describe, expect, it } from 'vitest';
import { planFill } from '../../../extension/autofill/plan';
import { choicesElsewhere, labelOfSignature, similarLabelKey } from '../../../extension/autofill/remembered';
import { page } from '../helpers/byHand';
import { domLibraryVisibility } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

describe('similar labels', () => {
  it('are the same meaningful words after normalisation: case, punctuation, word forms and stop words apart', () => {
    expect(similarLabelKey('Количество пар:')).toBe(similarLabelKey('количество ПАР'));
    expect(similarLabelKey('Пары')).toBe(similarLabelKey('пар (чел.)'));
    expect(similarLabelKey('Укажите число обучающихся')).toBe(similarLabelKey('Число обучающимися'));
    expect(similarLabelKey('Пары')).not.toBe(similarLabelKey('Группы'));
    expect(similarLabelKey('Пары')).not.toBe(similarLabelKey('Пары и группы'));
    expect(similarLabelKey('—')).toBe('');
  });

  it('a field signature gives back its label; a field keyed by its name has none', () => {
    expect(labelOfSignature('text:количество пар')).toBe('количество пар');
    expect(labelOfSignature('select:количество пар (2)')).toBe('количество пар');
    expect(labelOfSignature('text:#f1')).toBeNull();
  });

  it('collects the choices of other sites only, not the switched-off fields; chosen on more sites first', () => {
    const choices = choicesElsewhere(
      [
        { site: 'https://here.example/form', entries: { 'text:пары': 'pairs.total' } },
        { site: 'https://a.example/report', entries: { 'text:пары': 'pairs.total', 'text:группы': null } },
        { site: 'https://b.example/m2', entries: { 'text:пары': 'pairs.pairs', 'text:#x': 'mentors.total' } },
        { site: 'https://c.example/m2', entries: { 'text:пары (2)': 'pairs.pairs' } },
      ],
      'https://here.example/form',
    );
    expect(choices).toEqual([
      { label: similarLabelKey('пары'), key: 'pairs.pairs', site: 'b.example' },
      { label: similarLabelKey('пары'), key: 'pairs.total', site: 'a.example' },
    ]);
  });
});

describe('a choice made elsewhere, offered on a new site', () => {
  const plan = (body: string, elsewhere: { label: string; key: string; site: string }[]) =>
    planFill(page(body), samplePackage(), { isVisible: domLibraryVisibility, elsewhere });
  const field = (p: ReturnType<typeof plan>, id: string) => p.fields.find((f) => f.element.id === id)!;
  const chose = (label: string, key: string) => ({ label: similarLabelKey(label), key, site: 'a.example' });

  it('comes first among the choices of an unsure field, with its site, and is not filled', () => {
    const p = plan('<p><label for="a">Пары:</label><input id="a"></p>', [chose('пары', 'pairs.groups')]);
    expect(field(p, 'a')).toMatchObject({ action: 'skip', reason: 'ask' });
    expect(field(p, 'a').choices![0]).toMatchObject({ key: 'pairs.groups', site: 'a.example' });
    expect(field(p, 'a').choices!.length).toBeGreaterThan(1);
  });

  it('is offered for a label the engine finds nothing for, still asked', () => {
    const p = plan('<p><label for="a">Тандемы</label><input id="a"></p>', [chose('тандемы', 'pairs.pairs')]);
    expect(field(p, 'a')).toMatchObject({ action: 'skip', reason: 'ask', indicator: 'pairs.pairs' });
    expect(field(p, 'a').choices).toEqual([
      expect.objectContaining({ key: 'pairs.pairs', site: 'a.example' }),
    ]);
    const without = plan('<p><label for="a">Тандемы</label><input id="a"></p>', []);
    expect(field(without, 'a')).toMatchObject({ reason: 'no-match', indicator: null });
  });

  it('asks instead of filling surely when the person chose another indicator for the same words elsewhere', () => {
    const body = '<p><label for="a">Количество наставников</label><input id="a"></p>';
    const conflict = plan(body, [chose('количество наставников', 'mentees.total')]);
    expect(field(conflict, 'a')).toMatchObject({ action: 'skip', reason: 'ask' });
    expect(field(conflict, 'a').choices).toEqual([
      expect.objectContaining({ key: 'mentees.total', site: 'a.example' }),
      expect.objectContaining({ key: 'mentors.total' }),
    ]);
    // The same choice elsewhere, or the other indicator chosen on more sites besides this one, is agreement.
    const agree = plan(body, [chose('количество наставников', 'mentors.total')]);
    expect(field(agree, 'a')).toMatchObject({ action: 'fill', indicator: 'mentors.total' });
    const both = plan(body, [
      chose('количество наставников', 'mentees.total'),
      chose('количество наставников', 'mentors.total'),
    ]);
    expect(field(both, 'a')).toMatchObject({ action: 'fill', indicator: 'mentors.total' });
  });

  it('a choice made for this site wins over a different choice made elsewhere', () => {
    const p = planFill(
      page('<p><label for="a">Количество наставников</label><input id="a"></p>'),
      samplePackage(),
      {
        isVisible: domLibraryVisibility,
        mappings: { 'text:количество наставников': 'mentors.total' },
        elsewhere: [chose('количество наставников', 'mentees.total')],
      },
    );
    expect(field(p, 'a')).toMatchObject({
      action: 'fill',
      reason: 'saved-mapping',
      indicator: 'mentors.total',
    });
  });

  it('leaves a dissimilar label and a kind the field cannot hold alone', () => {
    const p = plan(
      `<p><label for="a">Количество наставников</label><input id="a"></p>
       <p><label for="b">Тандемы</label><input id="b" type="number"></p>
       <p><label for="c">Группы</label><input id="c"></p>`,
      [
        chose('количество наставников (чел.)', 'mentors.total'),
        chose('тандемы', 'documents.regulation.link'),
        chose('пары', 'pairs.pairs'),
      ],
    );
    expect(field(p, 'a')).toMatchObject({ action: 'fill', indicator: 'mentors.total' });
    expect(field(p, 'b')).toMatchObject({ reason: 'no-match', indicator: null });
    expect(field(p, 'c').choices?.some((c) => c.site)).toBe(false);
  });
});

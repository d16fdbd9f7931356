import { describe, expect, it } from 'vitest';
import { stems } from '../../../shared/matching/text';

describe('Russian stems', () => {
  it.each([
    ['классное руководство', 'классного руководства'],
    ['проектная деятельность', 'проектной деятельности'],
    ['работа с родителями', 'работе с родителями'],
    ['Подготовка к ОГЭ', 'подготовке к ОГЭ'],
    ['одарённые дети', 'одаренными детьми'],
  ])('«%s» meets «%s»', (a, b) => {
    expect(stems(a)).toEqual(stems(b));
    expect(stems(a).length).toBeGreaterThan(0);
  });

  it('drops prepositions and generic words, keeps meaning', () => {
    expect(stems('Работа с родителями')).toEqual(['родител']);
    expect(stems('и в на по для')).toEqual([]);
  });

  it('does not merge different words', () => {
    expect(stems('математика')).not.toEqual(stems('методика'));
  });
});

import { describe, expect, it } from 'vitest';
import { stem } from '../../../shared/text/stem';

describe('the Russian stemmer (Snowball)', () => {
  // portal labels decline participles and nouns the catalog writes in another case.
  it.each([
    ['обучающихся', 'обучающимися'],
    ['педагогических', 'педагогическими'],
    ['выполнено', 'выполненных'],
    ['вовлечены', 'вовлечённых'],
    ['поощрено', 'поощрённых'],
    ['закреплены', 'закреплённых'],
    ['наставников', 'наставниками'],
    ['детьми', 'дети'],
  ])('«%s» meets «%s»', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['обучающихся', 'обучение'],
    ['наставник', 'наставничество'],
    ['наставник', 'наставляемый'],
    ['математика', 'методика'],
  ])('keeps «%s» and «%s» apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('treats ё as е and leaves other scripts alone', () => {
    expect(stem('поощрённых')).toBe(stem('поощренных'));
    expect(stem('email')).toBe('email');
  });
});

import { describe, expect, it } from 'vitest';
import { stems as matchingStems } from '../../../shared/matching';
import { labelKey, STOP_WORDS, stems, stopWords, words } from '../../../shared/text';

describe('shared/text: one word splitter and one stop list for matching and autofill', () => {
  it('words: normalised, numbers and stop words out, order and repeats kept', () => {
    expect(words('Число пар (в т.ч. 2 группы) и пар!')).toEqual(['число', 'пар', 'т', 'ч', 'группы', 'пар']);
    expect(words('Число пар в т.ч.', stopWords('т', 'ч'))).toEqual(['число', 'пар']);
  });

  it('stems: distinct, one-letter words out, a stop word out in any of its forms', () => {
    expect(stems('Помощь в подготовке к ЕГЭ по математике, подготовка')).toEqual([
      'помощ',
      'подготовк',
      'егэ',
      'математик',
    ]);
    expect(STOP_WORDS.has('для')).toBe(true);
    // Matching adds the questionnaires' generic nouns, in every form.
    expect(matchingStems('Помощь в работе с вопросами ЕГЭ')).toEqual(['егэ']);
  });

  it('labelKey: the same key for the forms of a subject', () => {
    expect(labelKey('Математике')).toBe(labelKey('математика'));
  });
});

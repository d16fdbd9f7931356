import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../shared/model';
import { importRoadmap, parseDeadline } from '../../../shared/roadmap';

/** Deterministic pseudo-random generator: the same "random" documents on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'Январь',
  'апрель',
  'ежегодно',
  'Ежемесячно',
  'до',
  'До',
  'В течение года',
  'после',
  '10.11.2022',
  '31.02',
  '1',
  '2.',
  '15',
  '2023',
  '2023-2024',
  '-',
  '–',
  ',',
  ' ',
  ' ',
  '\t',
  '\t',
  '\n',
  '\n',
  '<p>',
  '</p>',
  '<b>',
  '**',
  '&nbsp;',
  'с',
  'по',
  'Сентябрь',
  'май',
  'г.',
  'учебный год',
  'Мероприятие',
  'наставников',
  '№',
  'Сроки',
  'Ответственный',
  'К.К.Бирюкова',
  ';',
  '«',
  '»',
  '\u0000',
  '\ufffd',
  'ноябрь',
  'декабря',
  '99.99.9999',
];

function randomText(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

describe('random input never crashes the engine', () => {
  it('parseDeadline: 3 000 random texts give valid Deadline records with start ≤ end', () => {
    const next = rng(42);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 8));
      const context = next() < 0.5 ? '2023-2024' : next() < 0.5 ? '2023' : null;
      const d = parseDeadline(text, context);
      expect(Deadline.safeParse(d).success, text).toBe(true);
      if (d.start && d.end) expect(d.start <= d.end, text).toBe(true);
      if (d.kind === 'none') expect(d.reason, text).toBeTruthy();
      expect(d.raw).toBe(text);
    }
  });

  it('importRoadmap: 300 random documents and grids give a result, never an exception', () => {
    const next = rng(7);
    for (let i = 0; i < 300; i++) {
      const text = randomText(next, 20 + Math.floor(next() * 200));
      const r = importRoadmap(text);
      expect(Array.isArray(r.items)).toBe(true);
      for (const it of r.items)
        expect(it.activity.length + it.stage.length + it.content.length).toBeGreaterThan(0);
      const grid = text.split('\n').map((l) => l.split('\t'));
      expect(Array.isArray(importRoadmap(grid).warnings)).toBe(true);
    }
  });
});

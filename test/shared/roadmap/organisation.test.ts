import { describe, expect, it } from 'vitest';
import { importRoadmap } from '../../../shared/roadmap';
import { readOrganisation } from '../../../shared/roadmap/organisation';

describe('readOrganisation', () => {
  it.each([
    [
      'Дорожная карта реализации целевой модели наставничества в МБОУ «СОШ № 7» г. Новоборска на 2023-2024 учебный год',
      'МБОУ «СОШ № 7» г. Новоборска',
    ],
    ['Дорожная карта в МБДОУ «Детский сад № 9 «Ромашка» на 2024 год', 'МБДОУ «Детский сад № 9 «Ромашка»'],
    ['План мероприятий в МКОУ «Осиновская ООШ»', 'МКОУ «Осиновская ООШ»'],
    ['Дорожная карта на 2024 год', ''],
  ])('%s', (title, want) => {
    expect(readOrganisation(title)).toBe(want);
  });

  it('takes the title block when the title names none', () => {
    expect(
      readOrganisation('Дорожная карта на 2024 год', [
        'УТВЕРЖДЕНО',
        'к приказу МАОУ «Гимназия № 2» от 29.08.2022',
      ]),
    ).toBe('МАОУ «Гимназия № 2»');
    expect(readOrganisation('', ['(МБОУ «Лицей № 3» г. Северогорска)'])).toBe(
      'МБОУ «Лицей № 3» г. Северогорска',
    );
  });

  it('is part of every import', () => {
    const r = importRoadmap([
      ['Дорожная карта в МОБУ «Михайловская СОШ» на 2024 год'],
      ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
      ['1.', 'Приказ', 'Январь', 'Директор'],
    ]);
    expect(r.organisation).toBe('МОБУ «Михайловская СОШ»');
  });
});

import { describe, expect, it } from 'vitest';
import {
  findIdentity,
  heldRepeats,
  IdentityIndex,
  readRepeatMark,
  sameness,
} from '../../../shared/people/identity';

const p = (
  fullName: string,
  email: string | null,
  organisation = '',
  extra: Record<string, unknown> = {},
) => ({
  fullName,
  email,
  organisation,
  ...extra,
});

describe('who is the same person', () => {
  it('the e-mail is the identity, whatever the name', () => {
    expect(
      sameness(p('Иванова Мария', 'M.Ivanova@school.ru'), p('Иванова Мария Петровна', 'm.ivanova@school.ru')),
    ).toBe('same');
  });
  it('a namesake with another e-mail is only a possible repeat, never the same', () => {
    expect(sameness(p('Иванова Мария', 'a@x.ru', 'Школа 1'), p('ИВАНОВА  мария', 'b@x.ru', 'Школа 1'))).toBe(
      'possible',
    );
    expect(sameness(p('Иванова Мария', null), p('Иванова Мария', 'b@x.ru', 'Школа 1'))).toBe('possible');
    expect(sameness(p('Семёнова Ольга', null), p('Семенова Ольга', null))).toBe('possible');
  });
  it('namesakes in two named organisations are two people', () => {
    expect(sameness(p('Иванова Мария', 'a@x.ru', 'Школа 1'), p('Иванова Мария', 'b@x.ru', 'Школа 2'))).toBe(
      'different',
    );
  });
  it('other names and other e-mails are different people; a blank name matches nobody', () => {
    expect(sameness(p('Иванова Мария', 'a@x.ru'), p('Петрова Анна', 'b@x.ru'))).toBe('different');
    expect(sameness(p('', null), p('', null))).toBe('different');
  });
  it('finds the same person first and lists namesakes apart', () => {
    const bank = [p('Иванова Мария', 'a@x.ru'), p('Иванова Мария', 'c@x.ru'), p('Петров Пётр', 'b@x.ru')];
    const hit = findIdentity(bank, p('Иванова Мария', 'b@x.ru'), (x) => x);
    expect(hit.same).toBe(bank[2]);
    expect(hit.possible).toEqual([bank[0], bank[1]]);
    expect(new IdentityIndex(bank, (x) => x).matches(p('иванова мария', null)).map((m) => m.index)).toEqual([
      0, 1,
    ]);
  });
});

describe('repeats held out until the curator decides', () => {
  it('reads the curator’s «нет» and the add-on’s IDs', () => {
    expect(readRepeatMark('')).toEqual({ kind: 'none' });
    expect(readRepeatMark(' Нет ')).toEqual({ kind: 'distinct' });
    expect(readRepeatMark('NS-0001, NS-0002')).toEqual({ kind: 'repeatOf', ids: ['NS-0001', 'NS-0002'] });
  });
  it('holds the later of two rows, releases it on «нет», and holds a marked row', () => {
    const bank = [
      p('Иванова Мария', 'a@x.ru', '', { id: 'A' }),
      p('Петров Пётр', null, '', { id: 'B' }),
      p('Иванова Мария', 'b@x.ru', '', { id: 'C' }),
      p('иванова мария', 'a@x.ru', '', { id: 'D', repeatOf: 'нет' }),
      p('Сидоров Иван', 'd@x.ru', '', { id: 'E', repeatOf: 'B' }),
    ];
    const held = heldRepeats(bank, (x) => x);
    expect([...held]).toEqual([
      [2, { of: 0, sameness: 'possible' }],
      [4, { of: 1, sameness: 'possible' }],
    ]);
  });
});

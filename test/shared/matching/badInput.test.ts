import { describe, expect, it } from 'vitest';
import { type MatchingResult, type SuggestResult, suggestPairsFromInput } from '../../../shared/matching';
import { mentee, mentor, TODAY } from './helpers';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('bad input', () => {
  it('a mentor with negative or text capacity is rejected with the row and column named; others still match', () => {
    const r = ok(
      suggestPairsFromInput(
        [
          mentor('A', { capacity: -1 }),
          mentor('B', { capacity: 'два' }),
          mentor('C', { capacity: 1.5 }),
          mentor('D'),
        ],
        [mentee('X')],
        {},
        { today: TODAY },
      ),
    );
    expect(r.rejected.map((x) => x.message)).toEqual([
      'Наставник №1 (Наставник A): поле «Готов взять наставляемых»: число наставляемых не может быть отрицательным',
      'Наставник №2 (Наставник B): поле «Готов взять наставляемых»: неверное значение: ожидается число',
      'Наставник №3 (Наставник C): поле «Готов взять наставляемых»: число наставляемых должно быть целым',
    ]);
    expect(r.pairs.map((p) => p.mentorId)).toEqual(['D']);
  });

  it('a bank without a consent column matches nobody and says why', () => {
    const noConsent = (o: Record<string, unknown>) => {
      const { consent: _, ...rest } = o;
      return rest;
    };
    const r = ok(
      suggestPairsFromInput([noConsent(mentor('A'))], [noConsent(mentee('X'))], {}, { today: TODAY }),
    );
    expect(r.pairs).toEqual([]);
    expect(r.unmatched[0]!.code).toBe('mentee-no-consent');
    expect(r.notes).toContain(
      'Ни у одного наставника не отмечено согласие на обработку ПД — проверьте столбец «Согласие на обработку ПД»',
    );
  });

  it('0 mentors: everyone unmatched with the reason', () => {
    const r = ok(suggestPairsFromInput([], [mentee('X'), mentee('Y')], {}, { today: TODAY }));
    expect(r.pairs).toEqual([]);
    expect(r.unmatched.map((u) => u.reason)).toEqual(['В банке нет наставников', 'В банке нет наставников']);
  });

  it('0 mentees: an empty result with a note', () => {
    const r = ok(suggestPairsFromInput([mentor('A')], [], {}, { today: TODAY }));
    expect(r.pairs).toEqual([]);
    expect(r.unmatched).toEqual([]);
    expect(r.notes).toEqual(['Нет наставляемых для подбора']);
  });

  it('NaN, negative or unknown weights are refused with the field named', () => {
    const nan = suggestPairsFromInput(
      [mentor('A')],
      [mentee('X')],
      { weights: { subjects: Number.NaN } },
      { today: TODAY },
    );
    expect(nan).toEqual({
      ok: false,
      errors: ['Настройки подбора: Веса → Общие предметы: вес должен быть числом'],
    });
    const neg = suggestPairsFromInput(
      [mentor('A')],
      [mentee('X')],
      { weights: { requests: -2 } },
      { today: TODAY },
    );
    expect(neg.ok || neg.errors).toEqual([
      'Настройки подбора: Веса → Запросы наставляемого и компетенции наставника: вес должен быть от 0 до 100',
    ]);
    const inf = suggestPairsFromInput(
      [mentor('A')],
      [mentee('X')],
      { weights: { organisation: Infinity } },
      { today: TODAY },
    );
    expect(inf.ok).toBe(false);
    const unknown = suggestPairsFromInput(
      [mentor('A')],
      [mentee('X')],
      { weights: { speed: 1 } },
      { today: TODAY },
    );
    expect(unknown.ok || unknown.errors).toEqual(['Настройки подбора: speed: неизвестная настройка']);
    const preset = suggestPairsFromInput([mentor('A')], [mentee('X')], { preset: 'fast' }, { today: TODAY });
    expect(preset.ok || preset.errors).toEqual(['Настройки подбора: Набор весов: неизвестный набор весов']);
  });

  it('a missing or malformed date, or non-list banks, give clear errors, not a crash', () => {
    const r = suggestPairsFromInput([mentor('A')], [mentee('X')], {}, { today: '15.01.2025' });
    expect(r).toEqual({
      ok: false,
      errors: ['Дата расчёта (today) должна быть в виде ГГГГ-ММ-ДД, получено «15.01.2025»'],
    });
    const bad = suggestPairsFromInput('x' as never, null as never, {}, undefined as never);
    expect(bad.ok).toBe(false);
  });

  it('rows that are not records and duplicate IDs are rejected, the rest proceed', () => {
    const r = ok(
      suggestPairsFromInput([mentor('A'), null, 'text', mentor('A')], [mentee('X')], {}, { today: TODAY }),
    );
    expect(r.rejected.map((x) => x.index)).toEqual([2, 3, 4]);
    expect(r.rejected[2]!.message).toContain('повторяется ID «A»');
    expect(r.pairs).toHaveLength(1);
  });

  it('all weights 0 still places as many mentees as possible', () => {
    const zero = {
      subjects: 0,
      requests: 0,
      organisation: 0,
      experience: 0,
      category: 0,
      youngSpecialist: 0,
      loadSpreading: 0,
    };
    const r = ok(
      suggestPairsFromInput(
        [mentor('A', { capacity: 2 })],
        [mentee('X'), mentee('Y')],
        { weights: zero },
        { today: TODAY },
      ),
    );
    expect(r.pairs).toHaveLength(2);
    expect(r.pairs[0]!.percent).toBe(0);
  });
});

// Records stay typed: the engine takes Mentor/Mentee records and resolved settings; untrusted input goes through
// the adapter (input.ts), which validates once and gives the same result. The `@ts-expect-error` lines are
// checked by `npm run typecheck`.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  checkPairs,
  checkPairsFromInput,
  explainSuggestions,
  type MatchingResult,
  parseMatchingInput,
  parseMatchingSettings,
  type ResolvedSettings,
  type SuggestResult,
  suggestPairs,
  suggestPairsFromInput,
} from '../../../shared/matching';
import { Mentee, Mentor } from '../../../shared/model';
import { mentee, mentor, TODAY } from './helpers';

function ok(r: SuggestResult): MatchingResult {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

function resolved(input: unknown): ResolvedSettings {
  const parsed = parseMatchingSettings(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.settings;
}

const mentorRows = [
  mentor('A', { subjects: ['Математика'], capacity: 2 }),
  mentor('B', { subjects: ['Физика'] }),
  mentor('C', { capacity: -1 }),
];
const menteeRows = [
  mentee('X', { subjects: ['Физика'] }),
  mentee('Y', { subjects: ['Математика'] }),
  mentee('Z'),
];

describe('typed records in, untrusted input through the adapter', () => {
  it('the typed engine on validated records gives what the adapter gives, but for the rows the adapter left out', () => {
    const input = parseMatchingInput(mentorRows, menteeRows, { preset: 'school' }, { today: TODAY });
    if ('ok' in input) throw new Error(input.errors.join('\n'));
    expect(input.rejected.map((r) => r.id)).toEqual(['C']);
    const typed = ok(suggestPairs(input.mentors, input.mentees, input.settings, input.options));
    const untrusted = ok(
      suggestPairsFromInput(mentorRows, menteeRows, { preset: 'school' }, { today: TODAY }),
    );
    expect(typed.rejected).toEqual([]);
    expect({ ...typed, rejected: input.rejected }).toEqual(untrusted);
    expect(JSON.stringify({ ...typed, rejected: input.rejected })).toBe(JSON.stringify(untrusted));
  });

  it('the typed engine still leaves out a row repeating an earlier ID, and says so', () => {
    const ms = [Mentor.parse(mentor('A')), Mentor.parse({ ...mentor('A'), fullName: 'Другой' })];
    const r = ok(suggestPairs(ms, [Mentee.parse(mentee('X'))], resolved({}), { today: TODAY }));
    expect(r.rejected).toEqual([
      {
        bank: 'mentors',
        index: 2,
        id: 'A',
        message: 'Наставник №2 (Другой): повторяется ID «A»; строка пропущена',
      },
    ]);
    expect(r.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([['X', 'A']]);
  });

  it('an invalid today is still refused by the typed engine (a string type does not make a date)', () => {
    const r = suggestPairs([], [], resolved({}), { today: '15.01.2025' });
    expect(r.ok).toBe(false);
    const e = explainSuggestions([], [], resolved({}), { today: '', assigned: [], mentees: [] });
    expect(e.ok).toBe(false);
  });

  it('checkPairs takes typed records and resolved settings; its adapter parses them first', () => {
    const chosen = [{ mentorId: 'A', menteeId: 'Y' }];
    const typed = checkPairs(
      mentorRows.slice(0, 2).map((m) => Mentor.parse(m)),
      menteeRows.map((m) => Mentee.parse(m)),
      resolved({}),
      { today: TODAY, chosen },
    );
    expect(typed).toEqual(checkPairsFromInput(mentorRows, menteeRows, {}, { today: TODAY, chosen }));
    expect(typed.ok).toBe(true);
  });

  it('does not compile with untyped rows or unparsed settings', () => {
    // Compiled, never run: the calls are what typecheck refuses.
    const refused = (rows: unknown[]) => [
      // @ts-expect-error suggestPairs takes Mentor records, not unknown rows (use suggestPairsFromInput)
      suggestPairs(rows, [], resolved({}), { today: TODAY }),
      // @ts-expect-error settings as the sidebar sends them must be parsed first (parseMatchingSettings)
      suggestPairs([], [], { preset: 'school' }, { today: TODAY }),
    ];
    expectTypeOf(refused).returns.toEqualTypeOf<SuggestResult[]>();
    expectTypeOf(suggestPairsFromInput).parameter(0).toEqualTypeOf<unknown>();
  });
});

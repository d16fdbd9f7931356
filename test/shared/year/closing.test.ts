import { describe, expect, it } from 'vitest';
import { Mentee, Pair } from '../../../shared/model';
import { closeWrites, repairInputs, repairWrites } from '../../../shared/year/closing';

const pairs = [
  Pair.parse({
    id: 'PR-1',
    mentorId: 'NS-1',
    menteeIds: ['NV-1'],
    form: 'teacher-teacher',
    startDate: '2025-10-01',
  }),
  Pair.parse({
    id: 'PR-2',
    mentorId: 'NS-2',
    menteeIds: ['NV-2', 'NV-3'],
    form: 'teacher-teacher',
    startDate: '2025-10-01',
  }),
  Pair.parse({
    id: 'PR-3',
    mentorId: 'NS-3',
    menteeIds: ['NV-3'],
    form: 'teacher-student',
    startDate: '2025-10-01',
  }),
  Pair.parse({
    id: 'PR-4',
    mentorId: 'NS-1',
    menteeIds: ['NV-4'],
    form: 'teacher-teacher',
    status: 'completed',
  }),
];
const mentee = (id: string, status: 'paired' | 'unpaired') =>
  Mentee.parse({ id, fullName: `Имя ${id}`, status });
const mentees = [
  mentee('NV-1', 'paired'),
  mentee('NV-2', 'paired'),
  mentee('NV-3', 'paired'),
  mentee('NV-4', 'paired'),
  mentee('NV-9', 'unpaired'),
];

describe('closing a pair', () => {
  it('ends it today with its outcome; its mentees finish unless in another active pair', () => {
    expect(closeWrites(pairs, 'PR-2', 'Провела открытый урок', '2026-05-25')).toEqual({
      pair: { id: 'PR-2', endDate: '2026-05-25', status: 'completed', results: 'Провела открытый урок' },
      finished: ['NV-2'],
    });
  });
  it('refuses an ended pair, an unknown one and an empty outcome', () => {
    expect(closeWrites(pairs, 'PR-4', 'x', '2026-05-25')).toEqual({
      error: expect.stringContaining('уже не действует'),
    });
    expect(closeWrites(pairs, 'PR-9', 'x', '2026-05-25')).toEqual({
      error: expect.stringContaining('нет пары «PR-9»'),
    });
    expect(closeWrites(pairs, 'PR-1', ' ', '2026-05-25')).toEqual({
      error: expect.stringContaining('итоги'),
    });
  });
});

describe('re-pairing', () => {
  it('looks only for the pair’s own mentees, every other active pair locked, the old mentor excluded', () => {
    const r = repairInputs(mentees, pairs, 'PR-1');
    if ('error' in r) throw new Error(r.error);
    expect(r.mentees.map((m) => [m.id, m.status])).toEqual([
      ['NV-1', 'unpaired'],
      ['NV-2', 'paired'],
      ['NV-3', 'paired'],
    ]);
    expect(r.locked).toEqual([
      { mentorId: 'NS-2', menteeId: 'NV-2', pairId: 'PR-2' },
      { mentorId: 'NS-2', menteeId: 'NV-3', pairId: 'PR-2' },
      { mentorId: 'NS-3', menteeId: 'NV-3', pairId: 'PR-3' },
    ]);
    expect(r.excluded).toEqual([{ mentorId: 'NS-1', menteeId: 'NV-1' }]);
  });

  it('a group’s mentee who is in another active pair stays there', () => {
    const r = repairInputs(mentees, pairs, 'PR-2');
    if ('error' in r) throw new Error(r.error);
    expect(r.excluded).toEqual([{ mentorId: 'NS-2', menteeId: 'NV-2' }]);
  });

  it('ends the old pair early with its reason and starts the new ones, one per mentor', () => {
    const w = repairWrites(
      pairs[1]!,
      [
        { mentorId: 'NS-5', menteeId: 'NV-2', form: 'teacher-teacher' },
        { mentorId: 'NS-5', menteeId: 'NV-3', form: 'teacher-teacher' },
      ],
      'Не сошлись графики',
      '2026-01-12',
    );
    expect(w).toEqual({
      old: {
        id: 'PR-2',
        endDate: '2026-01-12',
        status: 'terminated',
        endReason: 'Не сошлись графики',
        notWorking: false,
      },
      created: [
        { mentorId: 'NS-5', menteeIds: ['NV-2', 'NV-3'], form: 'teacher-teacher', startDate: '2026-01-12' },
      ],
    });
    expect(
      repairWrites(
        pairs[0]!,
        [{ mentorId: 'NS-1', menteeId: 'NV-1', form: 'teacher-teacher' }],
        'x',
        '2026-01-12',
      ),
    ).toEqual({
      error: expect.stringContaining('тот же'),
    });
    expect(
      repairWrites(
        pairs[0]!,
        [{ mentorId: 'NS-2', menteeId: 'NV-1', form: 'teacher-teacher' }],
        '',
        '2026-01-12',
      ),
    ).toEqual({
      error: expect.stringContaining('причину'),
    });
  });
});

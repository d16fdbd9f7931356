import { describe, expect, it } from 'vitest';
import { MEETINGS_SHEET, mapHeaderRow } from '../../../shared/sheets';
import {
  fileMeeting,
  MEETING_FORM,
  MEETING_FORM_COLUMNS,
  type MeetingPairRef,
  pairsByToken,
  rowsNeedingToken,
  tokenFromUuid,
} from '../../../shared/year';

const q = (field: string) => MEETING_FORM.questions.find((x) => x.field === field)!;
const TOKEN = 'a'.repeat(32);
const PAIRS: Record<string, MeetingPairRef> = {
  [TOKEN]: { id: 'PR-0001', status: 'active', endDate: null },
  ['b'.repeat(32)]: { id: 'PR-0002', status: 'completed', endDate: '2023-10-01' },
};

function answers(token: string, extra: Record<string, string> = {}) {
  return {
    [q('token').title]: token,
    [q('date').title]: '2023-10-10',
    [q('format').title]: 'очно',
    [q('durationMinutes').title]: '45',
    [q('topic').title]: 'Планирование урока',
    [q('done').title]: 'Разобрали технологическую карту',
    [q('nextStep').title]: 'Открытый урок',
    [q('filledBy').title]: 'наставник',
    ...extra,
  };
}

const file = (namedValues: Record<string, string>, pairBefore: string | null = null) =>
  fileMeeting({
    namedValues,
    submittedAt: '2023-10-11T08:00:00.000Z',
    today: '2023-10-11',
    meetingId: 'VS-0001',
    pairOfToken: (t) => PAIRS[t],
    pairBefore,
  });

describe('the meeting report form', () => {
  it('asks the «Встречи» dictionary’s columns plus the key, and every title reads back to its column', () => {
    const map = mapHeaderRow(
      MEETING_FORM.questions.map((x) => x.title),
      { ...MEETINGS_SHEET, columns: MEETING_FORM_COLUMNS },
    );
    expect(MEETING_FORM.questions.map((x) => map.columns.get(x.field))).toEqual(
      MEETING_FORM.questions.map((_, i) => i),
    );
    expect(q('format').choices).toEqual(['очно', 'онлайн']);
    expect(q('filledBy').choices).toEqual(['наставник', 'наставляемый']);
    // Nothing in the form names a person or a pair.
    expect(MEETING_FORM.questions.map((x) => x.title).join(' ')).not.toMatch(/ФИО|ID пары|Наставляем/);
  });
});

describe('filing a meeting answer', () => {
  it('files to the pair of the key, whatever its case and spaces', () => {
    const f = file(answers(` ${TOKEN.toUpperCase()} `));
    expect(f.record).toMatchObject({
      pairId: 'PR-0001',
      date: '2023-10-10',
      format: 'inPerson',
      durationMinutes: 45,
      filledBy: 'mentor',
      problems: '',
    });
  });

  it('keeps an unknown key aside, with no pair and a note', () => {
    const f = file(answers('c'.repeat(32)));
    expect(f.record.pairId).toBeNull();
    expect(f.problems[0]).toMatch(/код ссылки не узнан/);
  });

  it('refuses an ended pair’s link with a note naming it', () => {
    const f = file(answers('b'.repeat(32)));
    expect(f.record.pairId).toBeNull();
    expect(f.problems[0]).toBe(
      'ссылка пары PR-0002, работа которой завершена 01.10.2023: встреча не засчитана. Если встреча была до завершения, впишите ID пары в столбец «ID пары»',
    );
  });

  it('an edited answer stays with the pair its row holds (filed before, or placed by the curator)', () => {
    expect(file(answers('c'.repeat(32)), 'PR-0009').record).toMatchObject({
      pairId: 'PR-0009',
      problems: '',
    });
  });
});

describe('keys of the links', () => {
  it('come from a UUID; rows without one (active) or repeating another’s get a new one', () => {
    expect(tokenFromUuid('123e4567-e89b-42d3-a456-426614174000')).toBe('123e4567e89b42d3a456426614174000');
    const rows = [
      { row: 2, pairId: 'PR-0001', token: TOKEN, active: true },
      { row: 3, pairId: 'PR-0002', token: '', active: true },
      { row: 4, pairId: 'PR-0003', token: TOKEN, active: true },
      { row: 5, pairId: 'PR-0004', token: '', active: false },
    ];
    expect(rowsNeedingToken(rows)).toEqual([3, 4]);
    expect(pairsByToken(rows).get(TOKEN)).toBe('PR-0001');
  });
});

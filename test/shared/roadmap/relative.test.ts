import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { academicYear, addLag, parseDeadline, resolveRelative } from '../../../shared/roadmap';

const dir = path.resolve(import.meta.dirname, '../../..', '../shared/fixtures/roadmap-files');
const P = academicYear(2023);

/** The items of a fixture document with their deadlines read, as the tracker holds them. */
function items(name: string, done: Record<number, string> = {}) {
  const doc = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
    items: { activity: string; deadlineText: string }[];
  };
  return doc.items.map((it, i) => ({
    activity: it.activity,
    done: i in done,
    doneDate: done[i] ?? null,
    deadline: parseDeadline(it.deadlineText, P),
  }));
}

describe('resolveRelative', () => {
  it('lyceum: «…после издания приказа об отборе наставников» waits for the activity that issues it, then runs a month', () => {
    const before = resolveRelative(items('lyceum-3-severogorsk-prikaz-2023-2024'));
    const i = before.findIndex((it) => it.deadline.kind === 'relative');
    expect(before[i]!.deadline).toMatchObject({ start: null, end: null });
    expect(before[i]!.deadline.reason).toContain('издание приказа об отборе наставников» —');
    // Item 6 (index 5) is «Проведение анкетирования потенциальных наставников, издание приказа об отборе наставников».
    const after = resolveRelative(items('lyceum-3-severogorsk-prikaz-2023-2024', { 5: '2023-10-20' }));
    expect(after[i]!.deadline).toMatchObject({
      kind: 'relative',
      start: '2023-10-20',
      end: '2023-11-20',
      reason: null,
    });
  });

  it('gymnasium: «после закрepления пар» is «Закрепление наставнических пар приказом»', () => {
    const list = items('gymnasium-2-svetloyarsk-two-tables-2022-2023', { 7: '2022-11-30' });
    const i = list.findIndex((it) => it.deadline.kind === 'relative');
    expect(list[7]!.activity).toBe('Закрепление наставнических пар приказом');
    expect(resolveRelative(list)[i]!.deadline).toMatchObject({ start: '2022-11-30', end: '2022-12-30' });
  });

  it('sosh7: no activity issues the order on selecting mentors, so no date, and the reason says so', () => {
    const list = items(
      'school-sosh7-novoborsk-2023-2024',
      Object.fromEntries([0, 1, 2].map((i) => [i, '2023-09-01'])),
    );
    const i = list.findIndex((it) => it.deadline.kind === 'relative');
    const d = resolveRelative(list)[i]!.deadline;
    expect(d).toMatchObject({ start: null, end: null });
    expect(d.reason).toContain('мероприятия с таким названием в дорожной карте нет');
  });

  it('a relative deadline with no length starts on the done date and has no end', () => {
    const list = [
      {
        activity: 'Анкетирование наставляемых',
        done: true,
        doneDate: '2023-10-01',
        deadline: parseDeadline('Октябрь', P),
      },
      {
        activity: 'Анализ анкет',
        done: false,
        doneDate: null,
        deadline: parseDeadline('После завершения анкетирования', P),
      },
    ];
    expect(resolveRelative(list)[1]!.deadline).toMatchObject({ start: '2023-10-01', end: null });
    expect(resolveRelative(list)[1]!.deadline.reason).toContain('длительность не указана');
  });

  it.each([
    ['2024-01-31', { count: 1, unit: 'month' }, '2024-02-29'],
    ['2023-12-15', { count: 1, unit: 'month' }, '2024-01-15'],
    ['2023-12-28', { count: 2, unit: 'week' }, '2024-01-11'],
    ['2023-02-27', { count: 3, unit: 'day' }, '2023-03-02'],
  ] as const)('addLag(%s, %j) = %s', (date, after, want) => {
    expect(addLag(date, after)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../shared/roadmap';
import { buildDigest, DEFAULT_WEEKS_WITHOUT_MEETING, pairPeriod, pairsHealth } from '../../../shared/year';

const TODAY = '2023-10-16';
const pair = (id: string, mentorId: string, start: string) => ({
  id,
  mentorId,
  mentorName: `Наставник ${mentorId}`,
  menteeNames: [`Наставляемый ${id}`],
  status: 'active' as const,
  startDate: start,
  endDate: null,
  orderDate: null,
});
const PAIRS = [
  pair('PR-0001', 'NS-1', '2023-09-04'),
  pair('PR-0002', 'NS-2', '2023-08-01'),
  pair('PR-0003', 'NS-3', '2023-09-04'),
];
const MENTORS = [
  { id: 'NS-1', fullName: 'Иванова', email: 'ivanova@school.ru', consent: true },
  { id: 'NS-2', fullName: 'Петров', email: 'petrov@school.ru', consent: false },
  { id: 'NS-3', fullName: 'Орлова', email: null, consent: true },
];
const plan = (pairId: string, activity: string, text: string, done = false) => ({
  pairId,
  activity,
  done,
  deadline: parseDeadline(
    text,
    pairPeriod(
      PAIRS.find((p) => p.id === pairId),
      TODAY,
    ),
  ),
});

function digest(
  mentorsOn: boolean,
  plans = [
    plan('PR-0001', 'Открытый урок', '10.10.2023'),
    plan('PR-0003', 'Диагностика', '20.10.2023'),
    plan('PR-0003', 'Итоги', '20.05.2024'),
    plan('PR-0001', 'Знакомство', '01.10.2023', true),
  ],
) {
  const health = pairsHealth({
    pairs: PAIRS,
    meetings: [
      { pairId: 'PR-0001', date: '2023-10-10' },
      { pairId: 'PR-0003', date: '2023-10-01' },
    ],
    responses: [],
    settings: { weeksWithoutMeeting: DEFAULT_WEEKS_WITHOUT_MEETING },
    today: TODAY,
  });
  return buildDigest({
    today: TODAY,
    health,
    pairs: PAIRS,
    plans,
    mentors: MENTORS,
    curatorEmail: 'curator@school.ru',
    mentorsOn,
  });
}

describe('the weekly digest', () => {
  it('tells the curator the pairs that need a meeting and the plan items overdue or due soon, in one letter', () => {
    const d = digest(false);
    expect(d.letters).toHaveLength(1);
    const [l] = d.letters;
    expect(l!.to).toBe('curator@school.ru');
    expect(l!.lines.map((x) => x.short)).toEqual([
      'PR-0002: нужна встреча',
      'PR-0001: «Открытый урок» (просрочен)',
      'PR-0003: «Диагностика» (срок скоро)',
    ]);
    expect(l!.subject).toBe('Наставничество: сводка на 16.10.2023 — нужна встреча: 1, пункты плана: 2');
    expect(l!.body).toContain(
      '• PR-0001: «Открытый урок» — просрочен (до 10.10.2023) — Наставник NS-1 и Наставляемый PR-0001',
    );
    expect(l!.body).toContain(
      'Нужна встреча (1):\n• PR-0002: ни одной встречи с начала работы пары (01.08.2023)',
    );
    expect(d.skipped).toEqual([]);
  });

  it('mentors opted in get their own pairs only; without consent or e-mail none, and the reason is kept', () => {
    const d = digest(true);
    expect(d.letters.map((l) => [l.recipient, l.to, l.lines.map((x) => x.pairId)])).toEqual([
      ['Куратор', 'curator@school.ru', ['PR-0002', 'PR-0001', 'PR-0003']],
      ['Наставник NS-1 Иванова', 'ivanova@school.ru', ['PR-0001']],
    ]);
    expect(d.skipped.map((s) => [s.recipient, s.reason])).toEqual([
      ['Наставник NS-2', 'нет согласия на обработку ПД: наставнику письма не отправляются'],
      ['Наставник NS-3 Орлова', 'нет e-mail в банке наставников'],
    ]);
    expect(d.letters[1]!.body).not.toContain('PR-0002');
  });

  it('sends nothing when there is nothing to tell, and says so', () => {
    const d = buildDigest({
      today: '2023-09-05',
      health: new Map(),
      pairs: [],
      plans: [],
      mentors: [],
      curatorEmail: 'c@s.ru',
      mentorsOn: true,
    });
    expect(d.letters).toEqual([]);
    expect(d.skipped.map((s) => s.reason)).toEqual([
      'нечего сообщить: нет пар, которым нужна встреча, и пунктов плана со сроком',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { type IndicatorValue, Mentee, Mentor, Pair, ProgrammeDocument } from '../../../shared/model';
import {
  buildReportLists,
  checkPackageConsistency,
  computeIndicators,
  countMeetings,
  INDICATORS,
} from '../../../shared/report';
import { scoreOfFive } from '../../../shared/report/indicators';
import {
  DOCUMENTS_SHEET,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  readTable,
} from '../../../shared/sheets';
import { sampleRows } from '../../helpers/sample';
import { edgeSchool } from './fixture';

function asMap(values: readonly IndicatorValue[]): Record<string, IndicatorValue['value']> {
  return Object.fromEntries(values.map((v) => [v.key, v.value]));
}

describe('computeIndicators on the edge-case school (hand-counted)', () => {
  const input = edgeSchool();
  const values = computeIndicators(input, {
    teachersTotal: 40,
    pupilsTotal: 360,
    bestPractices: 'Пара Двояковой',
  });
  const v = asMap(values);

  it('returns every catalog indicator, in catalog order, with catalog labels and units', () => {
    expect(values.map((i) => i.key)).toEqual(INDICATORS.map((d) => d.key));
    expect(values.map((i) => i.label)).toEqual(INDICATORS.map((d) => d.label));
    expect(values.map((i) => i.unit)).toEqual(INDICATORS.map((d) => d.unit));
  });

  it('counts a mentor in two forms once, a mentor who left but worked in the period, not one who did not', () => {
    expect(v['mentors.total']).toBe(4); // M1, M2, M3 (left, had a pair), M5 (in the bank)
    expect(v['mentors.inPairs']).toBe(3);
    expect(v['mentors.teachers']).toBe(3); // M5 is a pupil mentor
    expect(v['mentors.trained']).toBe(2); // M1, M3
  });

  it('counts mentees by role, a finished mentee of an earlier year not at all, and those without consent too', () => {
    expect(v['mentees.total']).toBe(6);
    expect(v['mentees.teachers']).toBe(5);
    expect(v['mentees.students']).toBe(1);
    expect(v['mentees.inPairs']).toBe(5);
    expect(v['mentees.unpaired']).toBe(1);
  });

  it('counts a group once under its form, and a pair finished early as a pair but not a completed programme', () => {
    expect(v['pairs.total']).toBe(4);
    expect(v['pairs.pairs']).toBe(3);
    expect(v['pairs.groups']).toBe(1);
    expect(v['pairs.withOrder']).toBe(2);
    expect(v['pairs.terminated']).toBe(1);
    expect(v['pairs.byForm.teacher-teacher']).toBe(3);
    expect(v['pairs.byForm.teacher-student']).toBe(1);
    expect(v['pairs.byForm.student-student']).toBe(0);
    expect(v['programmes.written']).toBe(3);
    expect(v['programmes.completed']).toBe(1);
  });

  it('a pair whose plan on «Планы пар» is all done completed its programme; one ended early never did', () => {
    const plans = [
      { pairId: 'P1', done: true },
      { pairId: 'P1', done: true },
      { pairId: 'P3', done: true },
      { pairId: 'P3', done: false },
      { pairId: 'P4', done: true },
    ];
    const w = asMap(computeIndicators({ ...input, plans }, {}));
    // P2 (completed) as before, P1 by its plan; P3 has steps left; P4 ended early.
    expect(w['programmes.completed']).toBe(2);
    // P3 has no link, but its plan is a written programme.
    expect(w['programmes.written']).toBe(4);
  });

  it('judges young specialists by birth date or age, and reports the one with no age as unknown', () => {
    expect(v['young.total']).toBe(3); // E1, E2 (34 until 25 December), E5 (age column)
    expect(v['young.unknown']).toBe(1); // E4
    expect(v['young.inMentoring']).toBe(3);
    expect(v['young.share']).toBe(100);
    expect(v['young.target']).toBe(50);
  });

  it('uses the school’s own count of young teachers when given, and the target set for the region', () => {
    const w = asMap(computeIndicators(input, { youngTeachersTotal: 4, youngShareTarget: 60 }));
    expect(w['young.total']).toBe(4);
    expect(w['young.share']).toBe(75);
    expect(w['young.target']).toBe(60);
  });

  it('leaves a share empty, and names the contradiction, when the entered total is below the count', () => {
    // 3 young teachers are in pairs; the curator's total of 2 is out of date: 150 % would be a wrong figure.
    const pkgIndicators = computeIndicators(input, {
      youngTeachersTotal: 2,
      teachersTotal: 1,
      pupilsTotal: 2,
    });
    const w = asMap(pkgIndicators);
    expect(w['young.inMentoring']).toBe(3);
    expect(w['young.share']).toBeNull();
    expect(w['coverage.share']).toBeNull();
    const issues = checkPackageConsistency({ indicators: pkgIndicators }).map((i) => i.indicator);
    expect(issues).toEqual(expect.arrayContaining(['young.inMentoring', 'coverage.participants']));
  });

  it('computes coverage from pair participants and the school’s size, and leaves it empty when size is unknown', () => {
    expect(v['coverage.participants']).toBe(8); // 3 school mentors + 5 mentees
    expect(v['school.teachers']).toBe(40);
    expect(v['school.pupils']).toBe(360);
    expect(v['coverage.share']).toBe(2);
    expect(v['coverage.target']).toBe(70);
    const w = asMap(computeIndicators(input));
    expect(w['coverage.share']).toBeNull();
    expect(w['school.teachers']).toBeNull();
  });

  it('counts roadmap items of the period, done and overdue on today', () => {
    expect(v['roadmap.total']).toBe(4); // R5 is in June 2026
    expect(v['roadmap.done']).toBe(1);
    expect(v['roadmap.overdue']).toBe(1); // R2 ended 31 October; R3 ends 31 December
  });

  it('averages satisfaction of the period by role as percent of the 10-point scale', () => {
    expect(v['satisfaction.mentors']).toBe(85);
    expect(v['satisfaction.mentors.responses']).toBe(2);
    expect(v['satisfaction.mentees']).toBe(65);
    expect(v['satisfaction.mentees.responses']).toBe(2);
  });

  it('reads documents: existence, the latest link, every number and date; a blank row is no document', () => {
    expect(v['documents.order-pairs.exists']).toBe(true);
    expect(v['documents.order-pairs.link']).toBe('https://example.org/order-12');
    expect(v['documents.order-pairs.details']).toBe('№ 20-о от 02.11.2025; № 12-о от 12.09.2025');
    expect(v['documents.regulation.exists']).toBe(true);
    expect(v['documents.regulation.details']).toBeNull();
    expect(v['documents.programme.exists']).toBe(false);
    expect(v['documents.programme.link']).toBeNull();
    expect(v['documents.rewarding.exists']).toBe(false);
    expect(v.bestPractices).toBe('Пара Двояковой');
  });

  it('counts pairs, groups and mentees per form separately', () => {
    // P1, P4 are pairs and P3 a group of «учитель – учитель»; P2 a pair of «учитель – ученик».
    expect(v['pairs.pairs.byForm.teacher-teacher']).toBe(2);
    expect(v['pairs.groups.byForm.teacher-teacher']).toBe(1);
    expect(v['pairs.pairs.byForm.teacher-student']).toBe(1);
    expect(v['pairs.groups.byForm.teacher-student']).toBe(0);
    expect(v['mentees.byForm.teacher-teacher']).toBe(4); // E1, E2, E3, E5
    expect(v['mentees.byForm.teacher-student']).toBe(1); // S1
    expect(v['mentees.byForm.student-student']).toBe(0);
    expect(checkPackageConsistency({ indicators: values })).toEqual([]);
  });

  it('counts teachers and pupils in mentoring in any role, a mentor who is also a mentee once', () => {
    expect(v['coverage.teachers']).toBe(8); // M1, M2, M3 + E1…E5
    expect(v['coverage.teachers.share']).toBe(20); // 8 of 40
    expect(v['coverage.pupils']).toBe(2); // M5 (a pupil mentor) + S1
    expect(v['coverage.pupils.share']).toBe(0.6); // 2 of 360
    // Группов Борис mentors and is mentored (as E3, the same e-mail): one teacher, not two.
    const both = edgeSchool();
    both.mentors = both.mentors.map((m) => (m.id === 'M2' ? { ...m, email: 'gruppov@school.example' } : m));
    both.mentees = both.mentees.map((m) => (m.id === 'E3' ? { ...m, email: 'gruppov@school.example' } : m));
    expect(asMap(computeIndicators(both, { teachersTotal: 40 }))['coverage.teachers']).toBe(7);
    expect(asMap(computeIndicators(input))['coverage.teachers.share']).toBeNull();
  });

  it('leaves meetings and rewarded mentors empty, not 0, without a source; counts them with one', () => {
    expect(v['meetings.held']).toBeNull();
    expect(v['mentors.rewarded']).toBeNull();
    const known = edgeSchool();
    known.meetingsHeld = 17;
    known.mentors = known.mentors.map((m) =>
      // M4 left before the period: not counted, whatever the bank says.
      m.id === 'M1' || m.id === 'M4'
        ? { ...m, rewarded: true }
        : m.id === 'M2'
          ? { ...m, rewarded: false }
          : m,
    );
    const w = asMap(computeIndicators(known));
    expect(w['meetings.held']).toBe(17);
    expect(w['mentors.rewarded']).toBe(1);
    known.meetingsHeld = 0;
    expect(asMap(computeIndicators(known))['meetings.held']).toBe(0);
  });

  it('counts meetings of the period’s pairs inside the period; no meetings kept → empty', () => {
    const m = (pairId: string | null, date: string) => ({ pairId, date });
    const meetings = [
      m('P1', '2025-09-20'),
      m('P3', '2025-10-02'),
      m('P3', '2025-12-31'),
      m('P5', '2025-09-20'), // P5 ended before the period
      m('P1', '2025-08-30'), // before the period
      m(null, '2025-10-10'), // kept aside: no pair
    ];
    expect(countMeetings(meetings, input.pairs, input.period)).toBe(3);
    expect(countMeetings([], input.pairs, input.period)).toBe(0);
    expect(countMeetings(null, input.pairs, input.period)).toBeNull();
  });

  it('gives satisfaction as the 1–5 mean portals ask: 1 → 1, 10 → 5, linear between', () => {
    expect(v['satisfaction.mentors.score']).toBe(4.3); // mean 8,5 → 1 + 7,5 × 4/9
    expect(v['satisfaction.mentees.score']).toBe(3.4); // mean 6,5 → 1 + 5,5 × 4/9
  });

  it('carries the school, the curator, the date and the period as fillable texts', () => {
    expect(v['organisation.name']).toBeNull();
    expect(v['curator.name']).toBeNull();
    expect(v['report.date']).toBe('2025-12-20');
    expect(v['report.period']).toBe('I полугодие 2025/26');
    const w = asMap(
      computeIndicators(
        {
          ...input,
          organisation: { name: 'СОШ № 1', inn: '2404001234' },
          period: { ...input.period, label: '' },
        },
        {
          curatorName: 'Двоякова Анна Петровна',
          curatorPosition: 'заместитель директора',
          curatorEmail: 'Dvoyakova@School.example',
          curatorPhone: '+7 (391) 000-00-00',
        },
      ),
    );
    expect(w['organisation.name']).toBe('СОШ № 1');
    expect(w['organisation.inn']).toBe('2404001234');
    expect(w['curator.name']).toBe('Двоякова Анна Петровна');
    expect(w['curator.position']).toBe('заместитель директора');
    expect(w['curator.email']).toBe('Dvoyakova@School.example');
    expect(w['curator.phone']).toBe('+7 (391) 000-00-00');
    expect(w['report.period']).toBe('01.09.2025 – 31.12.2025');
    expect(() => computeIndicators(input, { curatorEmail: 'не почта' })).toThrow(/электронной почты/);
  });

  it('rejects settings out of range with a Russian message', () => {
    expect(() => computeIndicators(input, { youngShareTarget: 150 })).toThrow(/больше 100/);
  });

  it('lists names only of people who consented; others appear in pairs by their ID', () => {
    const lists = buildReportLists(input);
    expect(lists.mentors).toEqual([
      { id: 'M1', fullName: 'Двоякова Анна', forms: ['teacher-teacher', 'teacher-student'] },
      { id: 'M3', fullName: 'Ушедшая Вера', forms: ['teacher-teacher'] },
    ]);
    expect(lists.mentees.map((m) => m.id)).toEqual(['E1', 'E2', 'E5']);
    expect(lists.pairs.find((p) => p.id === 'P3')).toEqual({
      id: 'P3',
      mentor: 'M2',
      mentees: ['Почти Жанна', 'E3'],
      form: 'teacher-teacher',
    });
    expect(lists.pairs.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });
});

describe('computeIndicators on the sample school (sample/*.csv, calendar year 2025, hand-counted)', () => {
  const mentors = readTable(sampleRows('mentors'), MENTORS_SHEET, Mentor, { today: '2025-12-20' }).rows.map(
    (r) => r.record,
  );
  const mentees = readTable(sampleRows('mentees'), MENTEES_SHEET, Mentee, { today: '2025-12-20' }).rows.map(
    (r) => r.record,
  );
  const pairs = readTable(sampleRows('pairs'), PAIRS_SHEET, Pair, { today: '2025-12-20' }).rows.map(
    (r) => r.record,
  );
  const documents = readTable(sampleRows('documents'), DOCUMENTS_SHEET, ProgrammeDocument, {
    today: '2025-12-20',
  }).rows.map((r) => r.record);
  const v = asMap(
    computeIndicators(
      {
        mentors,
        mentees,
        pairs,
        documents,
        roadmap: [],
        responses: [],
        period: { from: '2025-01-01', to: '2025-12-31', label: '2025 год' },
        today: '2025-12-20',
      },
      { teachersTotal: 60, pupilsTotal: 640 },
    ),
  );

  it('mentors: 19 readable rows, one «Выбыл» → 18; 3 lead pairs; 14 teachers; 12 trained', () => {
    expect(v['mentors.total']).toBe(18);
    expect(v['mentors.inPairs']).toBe(3);
    expect(v['mentors.teachers']).toBe(14);
    expect(v['mentors.trained']).toBe(12);
  });

  it('mentees: 34 readable rows, the repeated Андреева counted once → 33 (23 teachers, 10 pupils)', () => {
    expect(v['mentees.total']).toBe(33);
    expect(v['mentees.teachers']).toBe(23);
    expect(v['mentees.students']).toBe(10);
    expect(v['mentees.inPairs']).toBe(4);
    expect(v['mentees.unpaired']).toBe(29);
  });

  it('pairs: the completed one, the group, the one finished early', () => {
    expect(v['pairs.total']).toBe(3);
    expect(v['pairs.pairs']).toBe(2);
    expect(v['pairs.groups']).toBe(1);
    expect(v['pairs.withOrder']).toBe(3);
    expect(v['pairs.terminated']).toBe(1);
    expect(v['pairs.byForm.teacher-teacher']).toBe(3);
    expect(v['programmes.written']).toBe(2);
    expect(v['programmes.completed']).toBe(1);
  });

  it('young specialists: 17 known (Чернова by the curator’s mark), Петрова unknown, only Максимова in a pair', () => {
    expect(v['young.total']).toBe(17);
    expect(v['young.unknown']).toBe(1);
    expect(v['young.inMentoring']).toBe(1);
    expect(v['young.share']).toBe(5.9);
  });

  it('coverage and documents', () => {
    expect(v['coverage.participants']).toBe(7);
    expect(v['coverage.share']).toBe(1);
    expect(v['documents.order-introduction.exists']).toBe(true);
    expect(v['documents.order-introduction.details']).toBe('№ 98-о от 29.08.2025');
    expect(v['documents.order-pairs.exists']).toBe(true);
    expect(v['documents.order-pairs.link']).toBeNull();
    expect(v['documents.site-section.link']).toBe('https://school7.example/nastavnichestvo/');
    expect(v['documents.programme.exists']).toBe(false);
    expect(v['satisfaction.mentors']).toBeNull();
    expect(v['roadmap.total']).toBe(0);
  });

  it('per form, in any role, rewarded and meetings', () => {
    // PR-0001 and PR-0003 are pairs, PR-0002 a group of two; all «учитель – учитель».
    expect(v['pairs.pairs.byForm.teacher-teacher']).toBe(2);
    expect(v['pairs.groups.byForm.teacher-teacher']).toBe(1);
    expect(v['mentees.byForm.teacher-teacher']).toBe(4); // NV-0011, NV-0012, NV-0022, NV-0017
    expect(v['pairs.pairs.byForm.teacher-student']).toBe(0);
    // 14 teacher mentors + 23 teacher mentees (no e-mail in both banks); pupils: NS-0016, NS-0017 + 10.
    expect(v['coverage.teachers']).toBe(37);
    expect(v['coverage.teachers.share']).toBe(61.7);
    expect(v['coverage.pupils']).toBe(12);
    expect(v['coverage.pupils.share']).toBe(1.9);
    // The sample bank has no «Поощрён» column and nothing keeps meetings: empty, not 0.
    expect(v['mentors.rewarded']).toBeNull();
    expect(v['meetings.held']).toBeNull();
  });
});

describe("satisfaction on the portals' 1–5 scale", () => {
  it('maps the 1–10 mean linearly, end to end (1 → 1, 10 → 5), one decimal; no answers stay empty', () => {
    expect(scoreOfFive(1)).toBe(1);
    expect(scoreOfFive(10)).toBe(5);
    expect(scoreOfFive(5.5)).toBe(3);
    expect(scoreOfFive(8.5)).toBe(4.3);
    expect(scoreOfFive(null)).toBeNull();
    // Linear, 1 + (mean − 1) × 4 / 9, rounded to one decimal: 7 → 3,67 → 3,7; 4 → 2,33 → 2,3.
    expect(scoreOfFive(7)).toBe(3.7);
    expect(scoreOfFive(4)).toBe(2.3);
  });

  it('the score is a score (unit «score», 1–5), the percent a percent: two indicators, never one for the other', () => {
    const def = (key: string) => INDICATORS.find((d) => d.key === key)!;
    for (const role of ['mentors', 'mentees']) {
      expect(def(`satisfaction.${role}.score`)).toMatchObject({ unit: 'score' });
      expect(def(`satisfaction.${role}.score`).label).toContain('(1–5)');
      expect(def(`satisfaction.${role}`)).toMatchObject({ unit: 'percent' });
    }
  });
});

import type { z } from 'zod';
import { Mentee, Mentor, Pair, ProgrammeDocument, RoadmapItem, SurveyResponse } from '../../../shared/model';
import type { IndicatorInput } from '../../../shared/report';

const mentor = (v: z.input<typeof Mentor>) => Mentor.parse(v);
const mentee = (v: z.input<typeof Mentee>) => Mentee.parse(v);
const pair = (v: z.input<typeof Pair>) => Pair.parse(v);

/**
 * A tiny school built for the edge cases; the expected values in the tests are counted by hand from here.
 * Period: 2025-09-01 … 2025-12-31, today 2025-12-20.
 */
export function edgeSchool(): IndicatorInput {
  return {
    period: { from: '2025-09-01', to: '2025-12-31', label: 'I полугодие 2025/26' },
    today: '2025-12-20',
    mentors: [
      // In two forms, leading a pair in each: counted once.
      mentor({
        id: 'M1',
        fullName: 'Двоякова Анна',
        forms: ['teacher-teacher', 'teacher-student'],
        trained: true,
        consent: true,
      }),
      // Leads a group of two.
      mentor({
        id: 'M2',
        fullName: 'Группов Борис',
        forms: ['teacher-teacher'],
        trained: false,
        consent: false,
      }),
      // Left during the period, but led a pair in it: still counted.
      mentor({
        id: 'M3',
        fullName: 'Ушедшая Вера',
        forms: ['teacher-teacher'],
        trained: true,
        status: 'left',
        consent: true,
      }),
      // Left, no pair in the period: not counted.
      mentor({
        id: 'M4',
        fullName: 'Давняя Галина',
        forms: ['teacher-teacher'],
        trained: true,
        status: 'left',
      }),
      // A pupil mentor, in the bank, no pair yet.
      mentor({ id: 'M5', fullName: 'Старшеклассник Дима', forms: ['student-student'], consent: true }),
    ],
    mentees: [
      mentee({
        id: 'E1',
        fullName: 'Молодая Елена',
        role: 'teacher',
        birthDate: '2000-01-10',
        experienceYears: 1,
        status: 'paired',
        consent: true,
      }),
      // In the group; 35th birthday is after today, so still under 35.
      mentee({
        id: 'E2',
        fullName: 'Почти Жанна',
        role: 'teacher',
        birthDate: '1990-12-25',
        experienceYears: 2,
        status: 'paired',
        consent: true,
      }),
      // In the group; experienced: not young.
      mentee({
        id: 'E3',
        fullName: 'Опытный Захар',
        role: 'teacher',
        birthDate: '1980-05-05',
        experienceYears: 15,
        status: 'paired',
      }),
      // No birth date, no age: unknown, not guessed.
      mentee({
        id: 'E4',
        fullName: 'Безвозрастная Ирина',
        role: 'teacher',
        experienceYears: 1,
        status: 'unpaired',
        consent: true,
      }),
      // Only the age column: young by age; in the pair finished early.
      mentee({
        id: 'E5',
        fullName: 'Возрастной Кирилл',
        role: 'teacher',
        age: 30,
        experienceYears: 2,
        status: 'unpaired',
        consent: true,
      }),
      // A pupil, with no consent: counted in figures, never named in lists.
      mentee({
        id: 'S1',
        fullName: 'Ученик Лев',
        role: 'student',
        birthDate: '2011-03-03',
        status: 'paired',
        consent: false,
      }),
      // Finished in an earlier year, no pair in the period: not counted.
      mentee({
        id: 'E6',
        fullName: 'Прошлогодняя Мария',
        role: 'teacher',
        birthDate: '1999-01-01',
        experienceYears: 1,
        status: 'finished',
      }),
    ],
    pairs: [
      pair({
        id: 'P1',
        mentorId: 'M1',
        menteeIds: ['E1'],
        form: 'teacher-teacher',
        startDate: '2025-09-15',
        orderNumber: '12-о',
        programmeLink: 'https://example.org/p1',
      }),
      pair({
        id: 'P2',
        mentorId: 'M1',
        menteeIds: ['S1'],
        form: 'teacher-student',
        startDate: '2025-10-01',
        endDate: '2025-12-15',
        programmeLink: 'https://example.org/p2',
        programmeCompleted: true,
        status: 'completed',
      }),
      pair({
        id: 'P3',
        mentorId: 'M2',
        menteeIds: ['E2', 'E3'],
        form: 'teacher-teacher',
        startDate: '2025-09-15',
        orderNumber: '12-о',
      }),
      // Finished early with its box ticked by mistake: a pair, a written programme, never a completed one.
      pair({
        id: 'P4',
        mentorId: 'M3',
        menteeIds: ['E5'],
        form: 'teacher-teacher',
        startDate: '2025-09-15',
        endDate: '2025-11-01',
        programmeLink: 'https://example.org/p4',
        programmeCompleted: true,
        status: 'terminated',
      }),
      // Before the period.
      pair({
        id: 'P5',
        mentorId: 'M4',
        menteeIds: ['E6'],
        form: 'teacher-teacher',
        startDate: '2024-09-15',
        endDate: '2025-05-31',
        status: 'completed',
        programmeCompleted: true,
      }),
    ],
    roadmap: [
      RoadmapItem.parse({
        id: 'R1',
        activity: 'Приказ',
        done: true,
        deadline: { kind: 'date', start: '2025-09-01', end: '2025-09-01', raw: '01.09.2025' },
      }),
      RoadmapItem.parse({
        id: 'R2',
        activity: 'Анкетирование',
        deadline: { kind: 'range', start: '2025-09-01', end: '2025-10-31', raw: 'Сентябрь - октябрь' },
      }),
      RoadmapItem.parse({
        id: 'R3',
        activity: 'Итоговое мероприятие',
        deadline: { kind: 'month', start: '2025-12-01', end: '2025-12-31', raw: 'Декабрь' },
      }),
      RoadmapItem.parse({
        id: 'R4',
        activity: 'Сопровождение',
        deadline: { kind: 'none', raw: 'В течение года' },
      }),
      RoadmapItem.parse({
        id: 'R5',
        activity: 'Отчёт за год',
        deadline: { kind: 'month', start: '2026-06-01', end: '2026-06-30', raw: 'Июнь' },
      }),
    ],
    documents: [
      ProgrammeDocument.parse({
        id: 'D1',
        kind: 'order-pairs',
        number: '12-о',
        date: '2025-09-12',
        link: 'https://example.org/order-12',
      }),
      ProgrammeDocument.parse({ id: 'D2', kind: 'order-pairs', number: '20-о', date: '2025-11-02' }),
      ProgrammeDocument.parse({ id: 'D3', kind: 'regulation', link: 'https://example.org/reg' }),
      // An empty placeholder row: the paper does not exist yet.
      ProgrammeDocument.parse({ id: 'D4', kind: 'programme', title: 'Программа наставничества' }),
    ],
    responses: [
      SurveyResponse.parse({
        id: 'A1',
        kind: 'satisfaction',
        submittedAt: '2025-12-10T10:00:00+03:00',
        respondentRole: 'mentor',
        satisfaction: 8,
      }),
      SurveyResponse.parse({
        id: 'A2',
        kind: 'satisfaction',
        submittedAt: '2025-12-11T10:00:00+03:00',
        respondentRole: 'mentor',
        satisfaction: 9,
      }),
      SurveyResponse.parse({
        id: 'A3',
        kind: 'satisfaction',
        submittedAt: '2025-12-11T10:00:00+03:00',
        respondentRole: 'mentee',
        satisfaction: 7,
      }),
      // No role question: the bank tells (E1 is a mentee).
      SurveyResponse.parse({
        id: 'A4',
        kind: 'satisfaction',
        submittedAt: '2025-12-12T10:00:00+03:00',
        personId: 'E1',
        satisfaction: 6,
      }),
      // Outside the period, another kind, no score: all ignored.
      SurveyResponse.parse({
        id: 'A5',
        kind: 'satisfaction',
        submittedAt: '2025-06-01T10:00:00+03:00',
        respondentRole: 'mentor',
        satisfaction: 1,
      }),
      SurveyResponse.parse({
        id: 'A6',
        kind: 'feedback',
        submittedAt: '2025-12-12T10:00:00+03:00',
        respondentRole: 'mentee',
        satisfaction: 1,
      }),
      SurveyResponse.parse({
        id: 'A7',
        kind: 'satisfaction',
        submittedAt: '2025-12-12T10:00:00+03:00',
        respondentRole: 'mentee',
      }),
    ],
  };
}

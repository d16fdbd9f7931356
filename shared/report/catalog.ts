/** The indicator catalog: every indicator's key, Russian label, unit, how districts merge it, and the synonyms portals use for it. */
import { z } from 'zod';
import type { DocumentKind, IndicatorUnit, MentoringForm } from '../model';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  INDICATOR_UNITS,
  MENTORING_FORM_LABELS,
  MENTORING_FORMS,
} from '../model';
import { REPORT_STRINGS } from './strings';

/**
 * The indicators a school reports upward. Each has a stable key (what travels in the package), the Russian
 * label the report sheet shows, and synonyms as district and regional forms word it; the extension matches
 * portal fields through label and synonyms.
 */
export interface IndicatorDef<K extends string = IndicatorKey> {
  key: K;
  label: string;
  unit: IndicatorUnit;
  synonyms: readonly string[];
  /**
   * How a district package gets its value from the schools' (shared/report/merge.ts):
   * - `sum`: counts are added;
   * - `share`: recomputed from the summed `ratio` counts, never an average of percents;
   * - `mean`: a mean weighted by the `weight` count (satisfaction: by number of answers);
   * - `same`: the value when every school agrees (targets), otherwise empty and reported;
   * - `any`: true when any school has true;
   * - `concat`: texts listed school by school;
   * - `none`: school-level only (document links, the curator), empty in a district package — except the
   *   district's own name, period and date, which merge.ts takes from the district package itself.
   */
  merge: 'sum' | 'share' | 'mean' | 'same' | 'any' | 'concat' | 'none';
  /** For `share`: value = 100 × numerator / sum of denominators (one decimal). */
  ratio?: { numerator: string; denominator: readonly string[] };
  /** For `mean`: the count indicator that weighs each school's value. */
  weight?: string;
}

const FORM_SHORT: Record<MentoringForm, string> = {
  'teacher-teacher': 'учитель учитель',
  'teacher-student': 'учитель ученик',
  'student-student': 'ученик ученик',
  'university-student': 'студент ученик',
  'employer-student': 'работодатель ученик',
};

/*
 * Synonyms marked «vocabulary» come from the «по-русски» column of the portals' vocabulary
 * (../shared/fixtures/portals/README.md), which lists what district and regional portals ask.
 */

/** Who reports and when: texts that travel as indicators so a portal's fields can take them. */
const identity = [
  {
    key: 'organisation.name',
    label: 'Наименование образовательной организации',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['Наименование ОО', 'Полное наименование организации', 'Образовательная организация'],
  },
  {
    key: 'organisation.inn',
    label: 'ИНН организации',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['ИНН образовательной организации', 'ИНН ОО'],
  },
  {
    key: 'curator.name',
    label: 'ФИО куратора наставничества',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['ФИО ответственного за наставничество', 'Куратор внедрения целевой модели наставничества'],
  },
  {
    key: 'curator.position',
    label: 'Должность куратора наставничества',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['Должность куратора', 'Должность ответственного'],
  },
  {
    key: 'curator.email',
    label: 'Электронная почта куратора наставничества',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['Электронная почта куратора', 'E-mail куратора', 'Адрес электронной почты ответственного'],
  },
  {
    key: 'curator.phone',
    label: 'Телефон куратора наставничества',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['Телефон куратора', 'Контактный телефон ответственного'],
  },
  {
    key: 'report.date',
    label: 'Дата составления отчёта',
    unit: 'date',
    merge: 'none',
    // vocabulary
    synonyms: ['Дата заполнения отчёта', 'Дата составления', 'Дата заполнения'],
  },
  {
    key: 'report.period',
    label: 'Отчётный период',
    unit: 'text',
    merge: 'none',
    // vocabulary
    synonyms: ['Период', 'Учебный год'],
  },
] as const satisfies readonly IndicatorDef<string>[];

const base = [
  {
    key: 'mentors.total',
    label: 'Количество наставников',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Число наставников',
      'Всего наставников',
      'Наставники (чел.)',
      'Численность наставников',
      'Общее количество наставников',
    ],
  },
  {
    key: 'mentors.inPairs',
    label: 'Количество наставников, закреплённых за наставляемыми',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Наставники, имеющие наставляемых',
      'Наставники в парах/группах',
      'Количество действующих наставников',
    ],
  },
  {
    key: 'mentors.teachers',
    label: 'Количество наставников из числа педагогов',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Наставники-педагоги',
      'Педагогов-наставников',
      'Количество педагогических работников, являющихся наставниками',
    ],
  },
  {
    key: 'mentors.trained',
    label: 'Количество наставников, прошедших обучение',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Обучено наставников',
      'Наставники, прошедшие обучение',
      'Прошли школу наставников',
      'Количество наставников, прошедших повышение квалификации по наставничеству',
    ],
  },
  {
    key: 'mentors.rewarded',
    label: 'Количество наставников, получивших поощрение',
    unit: 'count',
    merge: 'sum',
    // vocabulary
    synonyms: ['Наставников, получивших поощрение', 'Поощрено наставников'],
  },
  {
    key: 'mentees.total',
    label: 'Количество наставляемых',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Число наставляемых', 'Всего наставляемых', 'Наставляемые (чел.)', 'Численность наставляемых'],
  },
  {
    key: 'mentees.teachers',
    label: 'Количество наставляемых педагогов',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Наставляемые из числа педагогов',
      'Педагоги-наставляемые',
      'Количество педагогических работников, являющихся наставляемыми',
    ],
  },
  {
    key: 'mentees.students',
    label: 'Количество наставляемых обучающихся',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Наставляемые из числа обучающихся',
      'Обучающиеся-наставляемые',
      'Количество наставляемых учеников',
      'Количество обучающихся, вовлечённых в наставничество в роли наставляемого',
    ],
  },
  {
    key: 'mentees.inPairs',
    label: 'Количество наставляемых, закреплённых за наставниками',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Наставляемые в парах', 'Наставляемые в парах/группах', 'Охвачено наставничеством'],
  },
  {
    key: 'mentees.unpaired',
    label: 'Количество наставляемых без наставника',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Наставляемые без пары', 'Ожидают закрепления наставника'],
  },
  {
    key: 'pairs.total',
    label: 'Количество наставнических пар/групп',
    unit: 'count',
    merge: 'sum',
    // Not «Число наставнических пар»: pairs alone are pairs.pairs (portals ask for them apart).
    synonyms: ['Количество пар и групп', 'Количество наставнических пар (групп)', 'Всего пар/групп'],
  },
  {
    key: 'pairs.withOrder',
    label: 'Количество наставнических пар/групп в соответствии с приказом',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Количество наставнических пар/групп по приказу',
      'Пары/группы, закреплённые приказом',
      'Количество пар, закреплённых приказом',
    ],
  },
  {
    key: 'pairs.pairs',
    label: 'Количество наставнических пар',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Пары наставник – наставляемый', 'Индивидуальное наставничество'],
  },
  {
    key: 'pairs.groups',
    label: 'Количество наставнических групп',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Групповое наставничество', 'Число групп', 'Наставнические группы'],
  },
  {
    key: 'pairs.terminated',
    label: 'Количество пар/групп, прекративших работу досрочно',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Прекращено досрочно', 'Расторгнуто пар', 'Досрочно завершённые пары'],
  },
  {
    // The pairs' year (issue 17): pairs whose «Состояние» is «Сигнал», «Отстаёт план» or «Нужна встреча»
    // (shared/year/health.ts), on the period's last day or today, whichever comes first.
    key: 'pairs.needAttention',
    label: 'Количество пар/групп, которым нужно внимание куратора',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Пары, требующие внимания', 'Пары с проблемами', 'Проблемные пары'],
  },
  {
    key: 'programmes.written',
    label: 'Количество персонализированных программ наставничества',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Разработано персонализированных программ',
      'Персонализированные программы',
      'Количество разработанных персонализированных программ наставничества',
    ],
  },
  {
    key: 'programmes.completed',
    label: 'Количество завершённых персонализированных программ',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Реализовано персонализированных программ',
      'Завершили программу',
      'Количество реализованных персонализированных программ наставничества',
    ],
  },
  {
    // The pairs' year (issue 17): «Планы пар», one row a step of a pair's plan. Empty when no pair of the period
    // has a plan there (the school does not keep plans on the sheet), never 0.
    key: 'plans.completed',
    label: 'Количество пар/групп, полностью выполнивших план персонализированной программы',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Пары, выполнившие план', 'Выполнили план полностью'],
  },
  {
    key: 'plans.items',
    label: 'Количество пунктов планов пар/групп',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Пунктов планов пар'],
  },
  {
    key: 'plans.itemsDone',
    label: 'Количество выполненных пунктов планов пар/групп',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Выполнено пунктов планов пар'],
  },
  {
    key: 'plans.itemsDone.share',
    label: 'Доля выполненных пунктов планов пар/групп, %',
    unit: 'percent',
    merge: 'share',
    ratio: { numerator: 'plans.itemsDone', denominator: ['plans.items'] },
    synonyms: ['Выполнение планов пар, %'],
  },
  {
    key: 'young.total',
    label: 'Количество молодых педагогов (до 35 лет, стаж до 3 лет)',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Молодые специалисты',
      'Количество молодых специалистов',
      'Количество молодых педагогов в возрасте до 35 лет со стажем до 3 лет',
    ],
  },
  {
    key: 'young.inMentoring',
    label: 'Количество молодых педагогов, вовлечённых в наставничество',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Молодые специалисты в наставничестве',
      'Молодых педагогов охвачено наставничеством',
      'Количество молодых педагогов, охваченных различными формами сопровождения и наставничества',
    ],
  },
  {
    key: 'young.unknown',
    label: 'Количество наставляемых педагогов, чей возраст или стаж не указан',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Возраст или стаж не указан', 'Нет данных о возрасте'],
  },
  {
    key: 'young.share',
    label: 'Доля молодых педагогов, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    ratio: { numerator: 'young.inMentoring', denominator: ['young.total'] },
    synonyms: [
      'Доля молодых специалистов в наставничестве',
      'Охват молодых педагогов наставничеством, %',
      'Доля молодых педагогов в возрасте до 35 лет, вовлечённых в различные формы сопровождения и наставничества',
    ],
  },
  {
    key: 'young.target',
    label: 'Целевое значение доли молодых педагогов в наставничестве, %',
    unit: 'percent',
    merge: 'same',
    synonyms: ['Целевой показатель охвата молодых педагогов', 'Плановое значение охвата молодых педагогов'],
  },
  {
    key: 'school.teachers',
    label: 'Общее количество педагогических работников',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Количество педагогов в ОО', 'Численность педагогических работников', 'Всего педагогов'],
  },
  {
    key: 'school.pupils',
    label: 'Общее количество обучающихся',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Количество обучающихся в ОО', 'Численность обучающихся', 'Контингент обучающихся'],
  },
  {
    key: 'coverage.participants',
    label: 'Количество педагогов и обучающихся, вовлечённых в наставничество',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Участники программы наставничества', 'Вовлечено в наставничество (чел.)'],
  },
  {
    key: 'coverage.share',
    label: 'Доля педагогов и обучающихся, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    ratio: { numerator: 'coverage.participants', denominator: ['school.teachers', 'school.pupils'] },
    synonyms: [
      'Охват наставничеством, %',
      'Доля участников наставничества',
      'Доля педагогических работников и обучающихся, вовлечённых в различные формы наставничества',
    ],
  },
  {
    key: 'coverage.target',
    label: 'Целевое значение охвата наставничеством, %',
    unit: 'percent',
    merge: 'same',
    synonyms: ['Целевой показатель охвата наставничеством', 'Плановое значение охвата наставничеством'],
  },
  {
    key: 'coverage.teachers',
    label: 'Количество педагогов, вовлечённых в наставничество (в любой роли)',
    unit: 'count',
    merge: 'sum',
    // vocabulary
    synonyms: ['Педагоги, вовлечённые в наставничество', 'Педагогов в наставничестве'],
  },
  {
    key: 'coverage.teachers.share',
    label: 'Доля педагогов, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    ratio: { numerator: 'coverage.teachers', denominator: ['school.teachers'] },
    // vocabulary
    synonyms: ['Доля педагогов в наставничестве, %', 'Доля педагогических работников в наставничестве'],
  },
  {
    key: 'coverage.pupils',
    label: 'Количество обучающихся, вовлечённых в наставничество (наставники и наставляемые)',
    unit: 'count',
    merge: 'sum',
    // vocabulary
    synonyms: ['Обучающиеся, вовлечённые в наставничество', 'Обучающихся в наставничестве'],
  },
  {
    key: 'coverage.pupils.share',
    label: 'Доля обучающихся, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    ratio: { numerator: 'coverage.pupils', denominator: ['school.pupils'] },
    // vocabulary
    synonyms: ['Доля обучающихся в наставничестве, %'],
  },
  {
    key: 'meetings.held',
    label: 'Количество проведённых встреч наставников с наставляемыми',
    unit: 'count',
    merge: 'sum',
    // vocabulary
    synonyms: ['Проведено встреч наставников с наставляемыми', 'Количество встреч'],
  },
  {
    key: 'roadmap.total',
    label: 'Количество мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Мероприятий запланировано', 'Всего мероприятий', 'Запланировано мероприятий дорожной карты'],
  },
  {
    key: 'roadmap.done',
    label: 'Количество выполненных мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Мероприятий выполнено', 'Проведено мероприятий', 'Реализовано мероприятий дорожной карты'],
  },
  {
    key: 'roadmap.overdue',
    label: 'Количество просроченных мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Мероприятий просрочено',
      'Не выполнено в срок',
      'Не выполнено мероприятий в установленный срок',
    ],
  },
  {
    key: 'satisfaction.mentors',
    label: 'Удовлетворённость наставников, %',
    unit: 'percent',
    merge: 'mean',
    weight: 'satisfaction.mentors.responses',
    synonyms: [
      'Удовлетворённость наставников программой',
      'Доля удовлетворённых наставников',
      'Удовлетворённость участием в программе наставничества (наставники)',
    ],
  },
  {
    key: 'satisfaction.mentors.responses',
    label: 'Количество анкет удовлетворённости наставников',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Опрошено наставников', 'Количество опрошенных наставников'],
  },
  {
    key: 'satisfaction.mentees',
    label: 'Удовлетворённость наставляемых, %',
    unit: 'percent',
    merge: 'mean',
    weight: 'satisfaction.mentees.responses',
    synonyms: [
      'Удовлетворённость наставляемых программой',
      'Доля удовлетворённых наставляемых',
      'Удовлетворённость участием в программе наставничества (наставляемые)',
    ],
  },
  {
    key: 'satisfaction.mentees.responses',
    label: 'Количество анкет удовлетворённости наставляемых',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Опрошено наставляемых', 'Количество опрошенных наставляемых'],
  },
  {
    key: 'satisfaction.mentors.score',
    label: 'Удовлетворённость наставников, средний балл (1–5)',
    unit: 'score',
    merge: 'mean',
    weight: 'satisfaction.mentors.responses',
    // vocabulary
    synonyms: ['Средний балл удовлетворённости наставников', 'Средняя оценка удовлетворённости наставников'],
  },
  {
    key: 'satisfaction.mentees.score',
    label: 'Удовлетворённость наставляемых, средний балл (1–5)',
    unit: 'score',
    merge: 'mean',
    weight: 'satisfaction.mentees.responses',
    // vocabulary
    synonyms: [
      'Средний балл удовлетворённости наставляемых',
      'Средняя оценка удовлетворённости наставляемых',
    ],
  },
  {
    key: 'bestPractices',
    label: 'Лучшие практики наставничества',
    unit: 'text',
    merge: 'concat',
    synonyms: [
      'Лучшая пара «Наставник – наставляемый»',
      'Лучшие практики',
      'Описание лучших практик',
      'Лучшие наставнические практики',
    ],
  },
] as const satisfies readonly IndicatorDef<string>[];

/**
 * Per form of mentoring. `pairs.byForm.*` has counted pairs and groups together since the first package
 * format, and keeps that meaning (a key never changes its meaning: old packages stay right); pairs alone,
 * groups alone and mentees per form are keys of their own, as portals ask each separately.
 */
const byForm = MENTORING_FORMS.flatMap((form) => [
  {
    key: `pairs.byForm.${form}` as const,
    label: `Количество пар и групп по форме «${MENTORING_FORM_LABELS[form]}»`,
    unit: 'count' as const,
    merge: 'sum' as const,
    synonyms: [MENTORING_FORM_LABELS[form], `Форма ${FORM_SHORT[form]}`],
  },
  {
    key: `pairs.pairs.byForm.${form}` as const,
    label: `Количество наставнических пар (без групп) по форме «${MENTORING_FORM_LABELS[form]}»`,
    unit: 'count' as const,
    merge: 'sum' as const,
    // «Число пар по форме F»: the portals' vocabulary; «Пары F» names pairs alone, since portals that
    // ask «пар» ask groups in a column or row of their own.
    synonyms: [`Число пар по форме ${FORM_SHORT[form]}`, `Пары ${FORM_SHORT[form]}`],
  },
  {
    key: `pairs.groups.byForm.${form}` as const,
    label: `Количество наставнических групп по форме «${MENTORING_FORM_LABELS[form]}»`,
    unit: 'count' as const,
    merge: 'sum' as const,
    // vocabulary
    synonyms: [`Число групп по форме ${FORM_SHORT[form]}`],
  },
  {
    // The pairs' year: the mean 1–10 score of the questionnaires' answers of the form's pairs, as % of 10
    // (shared/year/satisfaction.ts). Empty for a form with no scored answer.
    key: `satisfaction.byForm.${form}` as const,
    label: `Удовлетворённость участников по форме «${MENTORING_FORM_LABELS[form]}», %`,
    unit: 'percent' as const,
    merge: 'mean' as const,
    weight: `satisfaction.byForm.${form}.responses` as const,
    synonyms: [`Удовлетворённость по форме ${FORM_SHORT[form]}`],
  },
  {
    key: `satisfaction.byForm.${form}.responses` as const,
    label: `Количество оценок удовлетворённости по форме «${MENTORING_FORM_LABELS[form]}»`,
    unit: 'count' as const,
    merge: 'sum' as const,
    synonyms: [`Оценок удовлетворённости по форме ${FORM_SHORT[form]}`],
  },
  {
    key: `mentees.byForm.${form}` as const,
    label: `Количество наставляемых по форме «${MENTORING_FORM_LABELS[form]}»`,
    unit: 'count' as const,
    merge: 'sum' as const,
    // vocabulary
    synonyms: [`Численность наставляемых по форме ${FORM_SHORT[form]}`],
  },
]);

/** How regional forms word each paper after «Наличие …» (genitive case), and other wordings seen. */
const DOCUMENT_WORDING: Record<Exclude<DocumentKind, 'other'>, readonly string[]> = {
  'order-introduction': [
    'приказа о внедрении целевой модели наставничества',
    'приказа о внедрении системы наставничества',
  ],
  regulation: ['положения о наставничестве', 'положения о системе наставничества'],
  roadmap: ['дорожной карты', 'дорожной карты внедрения целевой модели наставничества'],
  programme: ['программы наставничества', 'программы целевой модели наставничества'],
  'order-curator': ['приказа о назначении куратора', 'приказа о назначении куратора наставничества'],
  'order-pairs': [
    'приказа о закреплении наставнических пар/групп',
    'приказа о закреплении наставнических пар',
  ],
  rewarding: ['документа о поощрении наставников', 'положения о поощрении наставников'],
  'site-section': ['раздела «Наставничество» на сайте', 'специального раздела на сайте ОО'],
  bank: ['базы наставников и наставляемых', 'базы наставляемых и наставников'],
  'best-cases': ['опубликованных лучших практик', 'опубликованных лучших кейсов наставничества'],
};

const documentKinds = DOCUMENT_KINDS.filter((k): k is Exclude<DocumentKind, 'other'> => k !== 'other');

const documents = documentKinds.flatMap((kind) => [
  {
    key: `documents.${kind}.exists` as const,
    label: `Наличие: ${DOCUMENT_KIND_LABELS[kind]}`,
    unit: 'boolean' as const,
    merge: 'none' as const,
    synonyms: [...DOCUMENT_WORDING[kind].map((w) => `Наличие ${w}`), DOCUMENT_KIND_LABELS[kind]],
  },
  {
    key: `documents.${kind}.link` as const,
    label: `${DOCUMENT_KIND_LABELS[kind]} (ссылка)`,
    unit: 'link' as const,
    merge: 'none' as const,
    synonyms: [
      ...DOCUMENT_WORDING[kind].map((w) => `Наличие ${w} (ссылка)`),
      `Ссылка: ${DOCUMENT_KIND_LABELS[kind]}`,
    ],
  },
  {
    key: `documents.${kind}.details` as const,
    label: `${DOCUMENT_KIND_LABELS[kind]}: номер и дата`,
    unit: 'text' as const,
    merge: 'none' as const,
    synonyms: [
      ...DOCUMENT_WORDING[kind].map((w) => `Реквизиты ${w}`),
      `${DOCUMENT_KIND_LABELS[kind]} (номер, дата)`,
    ],
  },
]);

const catalog = [...base, ...byForm, ...documents, ...identity];

/**
 * Every indicator's key, derived from the catalog: `set('mentors.totl', …)` or a template such as
 * `satisfaction.${role}s` that names no indicator does not compile (test/shared/report/indicatorKey.test.ts).
 */
export type IndicatorKey = (typeof catalog)[number]['key'];

export const INDICATORS: readonly IndicatorDef[] = catalog;

const byKey = new Map<string, IndicatorDef>(INDICATORS.map((d) => [d.key, d]));

/** The catalog's entry for a key; undefined for a key this version does not know (a newer package's). */
export function indicatorDef(key: string): IndicatorDef | undefined {
  return byKey.get(key);
}

/**
 * Counts of people: mentors, mentees, young teachers, the school's staff and pupils, coverage. Every other
 * count (pairs and groups, programmes, meetings, roadmap activities, questionnaires) counts things.
 */
const PEOPLE_COUNTS = ['mentors.', 'mentees.', 'young.', 'school.', 'coverage.'];

/** The unit as people read it, by what is counted: «чел.», «шт.», «%», «баллы», … (the sheet and the CSV). */
export function unitLabel(i: { key: string; unit: IndicatorUnit }): string {
  if (i.unit !== 'count') return REPORT_STRINGS.units[i.unit];
  return PEOPLE_COUNTS.some((p) => i.key.startsWith(p))
    ? REPORT_STRINGS.units.people
    : REPORT_STRINGS.units.items;
}

/** A unit written by people (or the code older packages wrote) → the unit; null when unknown. */
export function unitFromLabel(text: string): IndicatorUnit | null {
  const t = text.trim().toLowerCase();
  if ((INDICATOR_UNITS as readonly string[]).includes(t)) return t as IndicatorUnit;
  if (t === REPORT_STRINGS.units.people || t === REPORT_STRINGS.units.items) return 'count';
  const found = INDICATOR_UNITS.find((u) => u !== 'count' && REPORT_STRINGS.units[u] === t);
  return found ?? null;
}
/** Whether a key (from a package, a sheet, a portal mapping) is one of the catalog's. */
export function isIndicatorKey(key: string): key is IndicatorKey {
  return byKey.has(key);
}

/**
 * A stored mapping's indicator (field signature → key): only the catalog's keys; an entry naming a key this
 * version does not know (written by a newer one) is dropped on reading, since it could fill nothing here.
 */
export const IndicatorMappingEntries = z.record(z.string(), z.string().nullable()).transform((entries) => {
  const out: Record<string, IndicatorKey | null> = {};
  for (const [signature, key] of Object.entries(entries))
    if (key === null || isIndicatorKey(key)) out[signature] = key;
  return out;
});

import type { DocumentKind, IndicatorUnit, MentoringForm } from '../model';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, MENTORING_FORM_LABELS, MENTORING_FORMS } from '../model';

/**
 * The indicators a school reports upward. Each has a stable key (what travels in the package), the Russian
 * label the report sheet shows, and synonyms as district and regional forms word it; the extension matches
 * portal fields through label and synonyms.
 */
export interface IndicatorDef {
  key: string;
  label: string;
  unit: IndicatorUnit;
  synonyms: readonly string[];
  /** Summed across schools in a district package (counts), or recomputed (shares), or listed (texts). */
  merge: 'sum' | 'share' | 'any' | 'concat' | 'none';
}

const FORM_SHORT: Record<MentoringForm, string> = {
  'teacher-teacher': 'учитель учитель',
  'teacher-student': 'учитель ученик',
  'student-student': 'ученик ученик',
  'university-student': 'студент ученик',
  'employer-student': 'работодатель ученик',
};

const base: IndicatorDef[] = [
  {
    key: 'mentors.total',
    label: 'Количество наставников',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Число наставников',
      'Всего наставников',
      'Наставники (чел.)',
      'Количество педагогов-наставников',
    ],
  },
  {
    key: 'mentors.teachers',
    label: 'Количество наставников из числа педагогов',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Наставники-педагоги', 'Педагогов-наставников'],
  },
  {
    key: 'mentors.trained',
    label: 'Количество наставников, прошедших обучение',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Обучено наставников', 'Наставники, прошедшие обучение', 'Прошли школу наставников'],
  },
  {
    key: 'mentees.total',
    label: 'Количество наставляемых',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Число наставляемых', 'Всего наставляемых', 'Наставляемые (чел.)'],
  },
  {
    key: 'mentees.teachers',
    label: 'Количество наставляемых педагогов',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Наставляемые из числа педагогов', 'Педагоги-наставляемые'],
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
    ],
  },
  {
    key: 'mentees.inPairs',
    label: 'Количество наставляемых, закреплённых за наставниками',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Наставляемые в парах', 'Охвачено наставничеством'],
  },
  {
    key: 'pairs.total',
    label: 'Количество наставнических пар/групп',
    unit: 'count',
    merge: 'sum',
    synonyms: [
      'Количество наставнических пар/групп в соответствии с приказом',
      'Число наставнических пар',
      'Количество пар и групп',
    ],
  },
  {
    key: 'pairs.pairs',
    label: 'Количество наставнических пар',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Пары наставник – наставляемый'],
  },
  {
    key: 'pairs.groups',
    label: 'Количество наставнических групп',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Групповое наставничество', 'Число групп'],
  },
  {
    key: 'programmes.written',
    label: 'Количество персонализированных программ наставничества',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Разработано персонализированных программ', 'Персонализированные программы'],
  },
  {
    key: 'programmes.completed',
    label: 'Количество завершённых персонализированных программ',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Реализовано персонализированных программ', 'Завершили программу'],
  },
  {
    key: 'young.total',
    label: 'Количество молодых педагогов (до 35 лет, стаж до 3 лет)',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Молодые специалисты', 'Количество молодых специалистов'],
  },
  {
    key: 'young.inMentoring',
    label: 'Количество молодых педагогов, вовлечённых в наставничество',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Молодые специалисты в наставничестве', 'Молодых педагогов охвачено наставничеством'],
  },
  {
    key: 'young.share',
    label: 'Доля молодых педагогов, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    synonyms: ['Доля молодых специалистов в наставничестве', 'Охват молодых педагогов наставничеством, %'],
  },
  {
    key: 'young.target',
    label: 'Целевое значение доли молодых педагогов в наставничестве, %',
    unit: 'percent',
    merge: 'none',
    synonyms: ['Целевой показатель охвата молодых педагогов'],
  },
  {
    key: 'coverage.share',
    label: 'Доля педагогов и обучающихся, вовлечённых в наставничество, %',
    unit: 'percent',
    merge: 'share',
    synonyms: ['Охват наставничеством, %', 'Доля участников наставничества'],
  },
  {
    key: 'coverage.target',
    label: 'Целевое значение охвата наставничеством, %',
    unit: 'percent',
    merge: 'none',
    synonyms: ['Целевой показатель охвата наставничеством'],
  },
  {
    key: 'roadmap.total',
    label: 'Количество мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Мероприятий запланировано', 'Всего мероприятий'],
  },
  {
    key: 'roadmap.done',
    label: 'Количество выполненных мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Мероприятий выполнено', 'Проведено мероприятий'],
  },
  {
    key: 'roadmap.overdue',
    label: 'Количество просроченных мероприятий дорожной карты',
    unit: 'count',
    merge: 'sum',
    synonyms: ['Мероприятий просрочено', 'Не выполнено в срок'],
  },
  {
    key: 'satisfaction.mentors',
    label: 'Удовлетворённость наставников, %',
    unit: 'percent',
    merge: 'share',
    synonyms: ['Удовлетворённость наставников программой', 'Доля удовлетворённых наставников'],
  },
  {
    key: 'satisfaction.mentees',
    label: 'Удовлетворённость наставляемых, %',
    unit: 'percent',
    merge: 'share',
    synonyms: ['Удовлетворённость наставляемых программой', 'Доля удовлетворённых наставляемых'],
  },
  {
    key: 'bestPractices',
    label: 'Лучшие практики наставничества',
    unit: 'text',
    merge: 'concat',
    synonyms: ['Лучшая пара «Наставник – наставляемый»', 'Лучшие практики', 'Описание лучших практик'],
  },
];

const byForm: IndicatorDef[] = MENTORING_FORMS.map((form) => ({
  key: `pairs.byForm.${form}`,
  label: `Количество пар/групп по форме «${MENTORING_FORM_LABELS[form]}»`,
  unit: 'count' as const,
  merge: 'sum' as const,
  synonyms: [MENTORING_FORM_LABELS[form], `Форма ${FORM_SHORT[form]}`, `Пары ${FORM_SHORT[form]}`],
}));

const documentKinds = DOCUMENT_KINDS.filter((k): k is Exclude<DocumentKind, 'other'> => k !== 'other');

const documents: IndicatorDef[] = documentKinds.flatMap((kind) => [
  {
    key: `documents.${kind}.exists`,
    label: `Наличие: ${DOCUMENT_KIND_LABELS[kind]}`,
    unit: 'boolean' as const,
    merge: 'none' as const,
    synonyms: [`Наличие ${DOCUMENT_KIND_LABELS[kind]}`, DOCUMENT_KIND_LABELS[kind]],
  },
  {
    key: `documents.${kind}.link`,
    label: `${DOCUMENT_KIND_LABELS[kind]} (ссылка)`,
    unit: 'link' as const,
    merge: 'none' as const,
    synonyms: [`Наличие ${DOCUMENT_KIND_LABELS[kind]} (ссылка)`, `Ссылка: ${DOCUMENT_KIND_LABELS[kind]}`],
  },
]);

export const INDICATORS: readonly IndicatorDef[] = [...base, ...byForm, ...documents];

const byKey = new Map(INDICATORS.map((d) => [d.key, d]));

export function indicatorDef(key: string): IndicatorDef | undefined {
  return byKey.get(key);
}

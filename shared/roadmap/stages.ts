/**
 * The stages every school roadmap in the fixtures repeats (DOMAIN.md, «The yearly cycle»), with the
 * activities and deadlines typical for an academic year. The template is built from here, and the
 * reader of PDF text uses the names (and the variants seen in real documents) to tell a stage's
 * name from its content when no tab separates them.
 */

export const STAGE_KEYS = [
  'preparation',
  'mentee-bank',
  'mentor-bank',
  'selection-training',
  'pairs',
  'pair-work',
  'interim-control',
  'completion',
  'information',
  'report',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface StageActivity {
  activity: string;
  content: string;
  /** As a curator would write it in «Сроки»; read with parseDeadline against the chosen year. */
  deadline: string;
  responsible: string[];
}

export interface StandardStage {
  key: StageKey;
  name: string;
  /** Other names of the stage in real documents. */
  variants: string[];
  activities: StageActivity[];
}

const CURATOR = 'Куратор наставничества';
const DIRECTOR = 'Директор';

export const STANDARD_STAGES: readonly StandardStage[] = [
  {
    key: 'preparation',
    name: 'Подготовка условий для реализации системы наставничества',
    variants: ['Подготовка условий для запуска программы наставничества'],
    activities: [
      {
        activity:
          'Подготовка и принятие локальных актов: приказ о внедрении целевой модели наставничества, положение о наставничестве, дорожная карта, программа наставничества, приказ о назначении куратора',
        content: 'Приказы и положение изданы и опубликованы на сайте в разделе «Наставничество»',
        deadline: 'Сентябрь',
        responsible: [DIRECTOR, CURATOR],
      },
    ],
  },
  {
    key: 'mentee-bank',
    name: 'Формирование банка наставляемых',
    variants: [],
    activities: [
      {
        activity: 'Сбор информации о профессиональных запросах и дефицитах педагогов',
        content: 'Собраны запросы наставляемых',
        deadline: 'Сентябрь',
        responsible: [CURATOR],
      },
      {
        activity:
          'Формирование банка данных наставляемых, получение согласий на обработку персональных данных',
        content: 'Банк наставляемых сформирован; согласия получены',
        deadline: 'Сентябрь',
        responsible: [CURATOR],
      },
    ],
  },
  {
    key: 'mentor-bank',
    name: 'Формирование банка наставников',
    variants: [],
    activities: [
      {
        activity: 'Анкетирование потенциальных наставников',
        content: 'Проведено анкетирование',
        deadline: 'Сентябрь',
        responsible: [CURATOR],
      },
      {
        activity:
          'Формирование банка данных наставников, получение согласий на обработку персональных данных',
        content: 'Банк наставников сформирован; согласия получены',
        deadline: 'Сентябрь',
        responsible: [CURATOR],
      },
    ],
  },
  {
    key: 'selection-training',
    name: 'Отбор и обучение наставников',
    variants: ['Отбор и обучение'],
    activities: [
      {
        activity: 'Анализ банка и выбор подходящих наставников для педагога или группы педагогов',
        content: 'Отобраны наставники',
        deadline: 'Сентябрь - октябрь',
        responsible: [CURATOR],
      },
      {
        activity: 'Обучение наставников («школа наставников», установочные сессии)',
        content: 'Наставники прошли обучение',
        deadline: 'Октябрь',
        responsible: [CURATOR],
      },
    ],
  },
  {
    key: 'pairs',
    name: 'Формирование наставнических пар / групп',
    variants: [
      'Формирование наставнических пар/групп',
      'Формирование наставнических пар',
      'Организация и осуществление работы наставнических пар/групп',
      'Организация и осуществление работы наставнических пар / групп',
      'Организация и осуществление работы наставнических пар',
    ],
    activities: [
      {
        activity: 'Сопоставление анкет наставников и наставляемых, формирование пар и групп',
        content: 'Пары и группы сформированы с письменного согласия участников',
        deadline: 'Октябрь',
        responsible: [CURATOR],
      },
      {
        activity: 'Издание приказа «О закреплении наставнических пар / групп»',
        content: 'Приказ издан',
        deadline: 'Октябрь',
        responsible: [DIRECTOR],
      },
      {
        activity: 'Разработка персонализированных программ наставничества для каждой пары / группы',
        content: 'Программы утверждены',
        deadline: 'Октябрь',
        responsible: [CURATOR, 'Наставники'],
      },
    ],
  },
  {
    key: 'pair-work',
    name: 'Организация работы наставнических пар / групп',
    variants: ['Работа наставнических пар', 'Организация работы наставнических пар/групп'],
    activities: [
      {
        activity: 'Встречи наставников и наставляемых, обратная связь после встреч',
        content: 'Встречи проводятся по персонализированным программам',
        deadline: 'Ежемесячно',
        responsible: ['Наставники'],
      },
      {
        activity: 'Поддержка наставляемых, не сформировавших пару, продолжение поиска наставника',
        content: 'Каждый наставляемый получает сопровождение',
        deadline: 'В течение года',
        responsible: [CURATOR],
      },
    ],
  },
  {
    key: 'interim-control',
    name: 'Организация текущего контроля достижения планируемых результатов наставниками',
    variants: ['Организация текущего контроля достижения планируемых результатов', 'Промежуточный контроль'],
    activities: [
      {
        activity: 'Анкетирование для промежуточной оценки результатов',
        content: 'Проведено промежуточное анкетирование',
        deadline: 'Январь',
        responsible: [CURATOR],
      },
      {
        activity: 'Внесение корректив в персонализированные программы наставничества (при необходимости)',
        content: 'Программы скорректированы',
        deadline: 'Январь - февраль',
        responsible: [CURATOR, 'Наставники'],
      },
    ],
  },
  {
    key: 'completion',
    name: 'Завершение персонализированных программ наставничества',
    variants: ['Завершение программ наставничества'],
    activities: [
      {
        activity: 'Мониторинг качества реализации программ: анкетирование удовлетворённости на «выходе»',
        content: 'Проведён мониторинг качества',
        deadline: 'Апрель - май',
        responsible: [CURATOR],
      },
      {
        activity:
          'Итоговое мероприятие: лучшие практики наставничества, номинация «Лучшая пара наставник – наставляемый», методическая копилка',
        content: 'Проведено итоговое мероприятие',
        deadline: 'Май',
        responsible: [DIRECTOR, CURATOR],
      },
    ],
  },
  {
    key: 'information',
    name: 'Информационная поддержка системы наставничества',
    variants: [],
    activities: [
      {
        activity: 'Освещение мероприятий дорожной карты на сайте школы и в социальных сетях',
        content: 'Раздел «Наставничество» на сайте обновляется',
        deadline: 'В течение года',
        responsible: [CURATOR],
      },
    ],
  },
  {
    key: 'report',
    name: 'Отчёт о реализации программы наставничества',
    variants: [
      'Формирование информационной базы наставников, информационной базы наставляемых',
      'Сбор информации о реализации программы наставничества',
    ],
    activities: [
      {
        activity: 'Внесение итогов реализации программы в базы наставников и наставляемых',
        content: 'Базы обновлены',
        deadline: 'Июнь',
        responsible: [CURATOR],
      },
      {
        activity: 'Представление информации о реализации программы в управление (отдел) образования',
        content: 'Отчёт направлен',
        deadline: 'Июнь',
        responsible: [CURATOR],
      },
    ],
  },
];

/** Every stage name and variant, longest first: the reader of PDF text tries the longest match first. */
export const KNOWN_STAGE_NAMES: readonly string[] = STANDARD_STAGES.flatMap((s) => [
  s.name,
  ...s.variants,
]).sort((a, b) => b.length - a.length);

/** The questionnaires: which questions each form asks and the columns they file into (banks, feedback, satisfaction). */
import type { SurveyKind } from '../model';
import {
  type ColumnDef,
  consentColumn,
  emailColumn,
  fullNameColumn,
  MENTEES_SHEET,
  MENTORS_SHEET,
  type SheetDef,
} from '../sheets';
import { type QuestionDef, questionFromColumn } from './questions';
import { SURVEY_STRINGS as S } from './strings';

const roleColumn: ColumnDef = {
  field: 'respondentRole',
  header: 'Вы участвуете как',
  aliases: ['Роль', 'Роль в программе'],
  type: 'enum',
  required: true,
  owned: true,
  options: { mentor: S.roleMentor, mentee: S.roleMentee },
  optionAliases: { наставник: 'mentor', наставляемый: 'mentee', наставляемая: 'mentee' },
};

/** The feedback questionnaire's own dictionary (its answers go to «Анкеты», attached to the pair). */
export const FEEDBACK_COLUMNS: readonly ColumnDef[] = [
  fullNameColumn,
  emailColumn,
  roleColumn,
  { field: 'meetingDate', header: 'Дата встречи', aliases: [], type: 'date', owned: true },
  { field: 'topic', header: 'Тема встречи', aliases: [], type: 'text', owned: true },
  { field: 'useful', header: 'Что было полезно', aliases: [], type: 'text', owned: true },
  {
    field: 'difficulties',
    header: 'Какие остались трудности',
    aliases: ['Трудности'],
    type: 'text',
    owned: true,
  },
  {
    field: 'satisfaction',
    header: 'Оценка встречи (1–10)',
    aliases: ['Оценка встречи'],
    type: 'integer',
    owned: true,
  },
  consentColumn,
];

/** The final satisfaction monitoring: 1–10 scales as the methodology uses. */
export const SATISFACTION_COLUMNS: readonly ColumnDef[] = [
  fullNameColumn,
  emailColumn,
  roleColumn,
  {
    field: 'satisfaction',
    header: 'Насколько вы удовлетворены участием в программе наставничества? (1–10)',
    aliases: ['Удовлетворённость программой'],
    type: 'integer',
    owned: true,
  },
  {
    field: 'goalsMet',
    header: 'Насколько достигнуты цели персонализированной программы? (1–10)',
    aliases: ['Достижение целей'],
    type: 'integer',
    owned: true,
  },
  {
    field: 'partnerRating',
    header: 'Насколько полезным было взаимодействие с партнёром по паре? (1–10)',
    aliases: ['Оценка взаимодействия'],
    type: 'integer',
    owned: true,
  },
  {
    field: 'wouldContinue',
    header: 'Хотели бы вы продолжить участие в наставничестве?',
    aliases: [],
    type: 'boolean',
    owned: true,
  },
  { field: 'comment', header: 'Комментарий', aliases: ['Пожелания'], type: 'text', owned: true },
  consentColumn,
];

/** What the add-on needs to build a Google Form: its title, description and questions. */
export interface FormDef {
  title: string;
  description: string;
  questions: readonly QuestionDef[];
}

export interface SurveyDef extends FormDef {
  kind: SurveyKind;
  /** The bank the answers file into, or null for surveys attached to pairs. */
  bank: SheetDef | null;
  /** Where answers are read from: the bank's dictionary or the survey's own. */
  columns: readonly ColumnDef[];
}

const consentQuestion = { field: 'consent', title: S.consentTitle, help: S.consentHelp, required: true };

function bankSurvey(
  kind: SurveyKind,
  title: string,
  description: string,
  bank: SheetDef,
  specs: Parameters<typeof questionFromColumn>[1][],
): SurveyDef {
  return {
    kind,
    title,
    description,
    bank,
    columns: bank.columns,
    questions: [...specs, consentQuestion].map((s) => questionFromColumn(bank, s)),
  };
}

function ownSurvey(
  kind: SurveyKind,
  title: string,
  description: string,
  columns: readonly ColumnDef[],
): SurveyDef {
  return {
    kind,
    title,
    description,
    bank: null,
    columns,
    questions: columns.map((c) =>
      questionFromColumn(
        columns,
        c.field === 'consent'
          ? consentQuestion
          : {
              field: c.field,
              required: c.field !== 'comment',
              ...(c.type === 'integer' ? { scale: true } : {}),
            },
      ),
    ),
  };
}

export const SURVEYS: Record<SurveyKind, SurveyDef> = {
  mentor: bankSurvey('mentor', S.mentorTitle, S.mentorDescription, MENTORS_SHEET, [
    { field: 'fullName', title: 'Фамилия, имя, отчество', required: true },
    { field: 'email', title: 'Адрес электронной почты', required: true },
    { field: 'organisation', title: 'Образовательная организация', required: true },
    { field: 'position', required: true },
    { field: 'subjects', title: 'Преподаваемые предметы' },
    { field: 'experienceYears', title: 'Педагогический стаж', required: true },
    { field: 'category', required: true },
    { field: 'competencies', title: 'В чём готов помогать', required: true },
    { field: 'forms', required: true },
    { field: 'capacity', title: 'Сколько наставляемых готов взять', required: true },
  ]),
  mentee: bankSurvey('mentee', S.menteeTitle, S.menteeDescription, MENTEES_SHEET, [
    { field: 'fullName', title: 'Фамилия, имя, отчество', required: true },
    { field: 'email', title: 'Адрес электронной почты', required: true },
    { field: 'organisation', title: 'Образовательная организация', required: true },
    { field: 'position', title: 'Должность или класс', required: true },
    { field: 'role', title: 'Педагог / обучающийся', required: true },
    { field: 'subjects', title: 'Преподаваемые предметы' },
    { field: 'experienceYears', title: 'Педагогический стаж' },
    { field: 'birthDate' },
    { field: 'requests', title: 'Профессиональные запросы', required: true },
    { field: 'wantedForm', title: 'Желаемая форма наставничества', required: true },
  ]),
  feedback: ownSurvey('feedback', S.feedbackTitle, S.feedbackDescription, FEEDBACK_COLUMNS),
  satisfaction: ownSurvey(
    'satisfaction',
    S.satisfactionTitle,
    S.satisfactionDescription,
    SATISFACTION_COLUMNS,
  ),
};

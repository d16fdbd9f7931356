/** The «Наставники» sheet's dictionary: each column's header, aliases, type, and whether the add-on writes it. */
import { Mentor } from '../model';
import {
  consentColumn,
  consentDateColumn,
  emailColumn,
  experienceColumn,
  fullNameColumn,
  idColumn,
  organisationColumn,
  possibleRepeatColumn,
  subjectsColumn,
} from './commonColumns';
import {
  CATEGORY_ALIASES,
  FORM_ALIASES,
  MENTOR_STATUS_ALIASES,
  MENTOR_STATUS_LABELS,
  MENTORING_FORM_LABELS,
  QUALIFICATION_CATEGORY_LABELS,
} from './options';
import { defineSheet } from './types';

export const MENTORS_SHEET = defineSheet(Mentor, {
  key: 'mentors',
  title: 'Наставники',
  titleAliases: ['База наставников', 'Банк наставников', 'Mentors'],
  idPrefix: 'NS',
  columns: {
    id: idColumn('ID'),
    fullName: fullNameColumn,
    organisation: organisationColumn,
    position: {
      header: 'Должность',
      aliases: ['Должность, место работы', 'Position'],
      type: 'string',
      owned: true,
      width: 150,
    },
    subjects: subjectsColumn,
    experienceYears: experienceColumn,
    category: {
      header: 'Квалификационная категория',
      aliases: ['Категория', 'Квалиф. категория', 'Category'],
      type: 'enum',
      owned: true,
      options: QUALIFICATION_CATEGORY_LABELS,
      optionAliases: CATEGORY_ALIASES,
      width: 150,
    },
    competencies: {
      header: 'Компетенции (в чём готов помогать)',
      aliases: [
        'Компетенции',
        'В чём готов помогать',
        'Профессиональные компетенции',
        'Сильные стороны',
        'Competencies',
      ],
      type: 'list',
      owned: true,
      width: 260,
    },
    forms: {
      header: 'Формы наставничества',
      aliases: ['Форма наставничества', 'Формы', 'Forms'],
      type: 'enumList',
      owned: true,
      options: MENTORING_FORM_LABELS,
      optionAliases: FORM_ALIASES,
      width: 180,
    },
    capacity: {
      header: 'Готов взять наставляемых',
      aliases: [
        'Сколько наставляемых готов взять',
        'Количество наставляемых',
        'Макс. наставляемых',
        'Capacity',
      ],
      type: 'integer',
      owned: true,
      width: 90,
    },
    trained: {
      header: 'Обучение пройдено',
      aliases: ['Прошёл обучение', 'Обучен', 'Школа наставников', 'Trained'],
      type: 'boolean',
      owned: true,
      width: 90,
    },
    rewarded: {
      // Portals ask how many mentors were rewarded («наставников, получивших поощрение»): the report counts
      // «да» here; with the column absent or blank for everyone, that figure stays empty, never 0.
      header: 'Поощрён',
      aliases: ['Получил поощрение', 'Поощрение', 'Награждён', 'Rewarded'],
      type: 'boolean',
      owned: true,
      width: 90,
      note: 'Получил ли наставник поощрение за наставническую деятельность в отчётном периоде: «да» или «нет».',
    },
    consent: consentColumn,
    consentDate: consentDateColumn,
    email: emailColumn,
    repeatOf: possibleRepeatColumn,
    status: {
      header: 'Статус',
      aliases: ['Status', 'Состояние'],
      type: 'enum',
      owned: true,
      options: MENTOR_STATUS_LABELS,
      optionAliases: MENTOR_STATUS_ALIASES,
      width: 110,
    },
  },
});

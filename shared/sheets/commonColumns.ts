/** Columns both banks share (ID, ФИО, organisation, subjects, experience, consent, «Возможный повтор»), described once. */
import type { ColumnDef } from './types';

export const idColumn = (header: string): ColumnDef<'id'> => ({
  field: 'id',
  header,
  aliases: ['ID', 'Идентификатор', 'Код', '№ ID'],
  type: 'id',
  owned: true,
  width: 90,
  note: 'Заполняется надстройкой. Не меняйте: по нему находятся строки.',
});

export const fullNameColumn: ColumnDef<'fullName'> = {
  field: 'fullName',
  header: 'ФИО',
  aliases: ['Ф.И.О.', 'Фамилия, имя, отчество', 'Фамилия Имя Отчество', 'ФИО полностью', 'Full name', 'Name'],
  type: 'string',
  required: true,
  owned: true,
  width: 240,
};

export const organisationColumn: ColumnDef<'organisation'> = {
  field: 'organisation',
  header: 'Организация',
  aliases: ['ОО', 'ОУ', 'Образовательная организация', 'Школа', 'Место работы', 'Organisation', 'School'],
  type: 'string',
  owned: true,
  fillDown: true,
  width: 180,
};

export const subjectsColumn: ColumnDef<'subjects'> = {
  field: 'subjects',
  header: 'Предметы',
  aliases: ['Предмет', 'Преподаваемые предметы', 'Предметная область', 'Subjects'],
  type: 'list',
  owned: true,
  width: 180,
};

export const experienceColumn: ColumnDef<'experienceYears'> = {
  field: 'experienceYears',
  header: 'Стаж, лет',
  aliases: ['Стаж', 'Педагогический стаж', 'Стаж работы', 'Опыт работы', 'Experience'],
  type: 'number',
  owned: true,
  width: 80,
};

export const consentColumn: ColumnDef<'consent'> = {
  field: 'consent',
  header: 'Согласие на обработку ПД',
  aliases: [
    'Согласие',
    'Согласие на обработку персональных данных',
    'Согласие ПД',
    'Согласие на ОПД',
    'Consent',
  ],
  type: 'boolean',
  owned: true,
  width: 110,
  note: 'Без согласия (152-ФЗ) данные человека не обрабатываются: он не попадает в подбор пар и в списки.',
};

export const consentDateColumn: ColumnDef<'consentDate'> = {
  field: 'consentDate',
  header: 'Дата согласия',
  aliases: ['Дата согласия на обработку ПД', 'Consent date'],
  type: 'date',
  owned: true,
  width: 100,
};

export const emailColumn: ColumnDef<'email'> = {
  field: 'email',
  header: 'E-mail',
  aliases: ['Email', 'Эл. почта', 'Электронная почта', 'Адрес электронной почты', 'Почта', 'e-mail'],
  type: 'email',
  owned: true,
  width: 200,
};

/** Where the add-on marks a row that may repeat another person, and where the curator decides (identity.ts). */
export const possibleRepeatColumn: ColumnDef<'repeatOf'> = {
  field: 'repeatOf',
  header: 'Возможный повтор',
  aliases: ['Повтор', 'Possible repeat'],
  type: 'string',
  owned: true,
  width: 120,
  note: 'ID человека, с которым эта строка, возможно, совпадает (те же ФИО). Пока здесь ID, строка не идёт в подбор пар. Разные люди — впишите «нет»; один человек — оставьте одну строку.',
};

/**
 * The question a pair's personal link fills: the pair's random key (shared/year/tokens.ts), never its visible code.
 * One column for the meeting report and the pair questionnaires, so every form reads it the same way.
 */
export const linkKeyColumn: ColumnDef = {
  field: 'token',
  header: 'Код ссылки',
  aliases: ['Ключ ссылки'],
  type: 'string',
  owned: true,
};

/** A key as typed or pasted: case, spaces and dashes do not matter. */
export function normaliseLinkKey(text: string): string {
  return text.toLowerCase().replace(/[^0-9a-z]/g, '');
}

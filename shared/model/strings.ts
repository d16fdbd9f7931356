/** The model's validation messages (zod's, for every field a curator or a package may get wrong), Russian and English. */
import { localized, type Shape } from '../text/locale';

const RU = {
  expected: { number: 'число', string: 'текст', boolean: 'да или нет', array: 'список' } as Record<
    string,
    string
  >,
  empty: 'не заполнено',
  wrongType: (expected: string) => `неверное значение: ожидается ${expected}`,
  isoDate: 'дата должна быть в виде ГГГГ-ММ-ДД',
  noSuchDate: 'такой даты нет в календаре',
  isoDateTime: 'ожидается дата и время ISO 8601',
  badEmail: 'неверный адрес электронной почты',
  noId: 'нет идентификатора',
  noName: 'не указаны ФИО',
  negativeExperience: 'стаж не может быть отрицательным',
  experienceTooLong: 'стаж больше 70 лет',
  capacityWhole: 'число наставляемых должно быть целым',
  capacityNegative: 'число наставляемых не может быть отрицательным',
  noMentee: 'в паре должен быть хотя бы один наставляемый',
  noOrganisation: 'не указано название организации',
  periodReversed: 'начало периода позже его конца',
  onlyVersion: (version: number) => `поддерживается только версия формата ${version}`,
};

const EN: Shape<typeof RU> = {
  expected: { number: 'a number', string: 'text', boolean: 'yes or no', array: 'a list' },
  empty: 'empty',
  wrongType: (expected) => `invalid value: ${expected} is expected`,
  isoDate: 'the date must be yyyy-mm-dd',
  noSuchDate: 'no such date in the calendar',
  isoDateTime: 'an ISO 8601 date and time is expected',
  badEmail: 'invalid e-mail address',
  noId: 'no identifier',
  noName: 'the full name is missing',
  negativeExperience: 'the experience cannot be negative',
  experienceTooLong: 'the experience is over 70 years',
  capacityWhole: 'the number of mentees must be a whole number',
  capacityNegative: 'the number of mentees cannot be negative',
  noMentee: 'a pair must have at least one mentee',
  noOrganisation: 'the organisation’s name is missing',
  periodReversed: 'the period starts after it ends',
  onlyVersion: (version) => `only format version ${version} is supported`,
};

export const MODEL_STRINGS = localized(RU, EN);

/** A zod message in the language of the moment it is shown (zod asks at each parse). */
export const say = (text: (m: typeof MODEL_STRINGS) => string) => ({ error: () => text(MODEL_STRINGS) });

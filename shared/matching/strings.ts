/** Every user-visible string of the matching engine (Russian). */

import type { QualificationCategory } from '../model/common';
import { MENTORING_FORM_LABELS, type MentoringForm, QUALIFICATION_CATEGORY_LABELS } from '../model/common';

const q = (s: string) => `«${s}»`;
const forms = (list: readonly MentoringForm[]) => list.map((f) => q(MENTORING_FORM_LABELS[f])).join(' или ');

export const CRITERION_LABELS = {
  subjects: 'Общие предметы',
  requests: 'Запросы наставляемого и компетенции наставника',
  organisation: 'Та же организация',
  experience: 'Разница в стаже',
  category: 'Квалификационная категория наставника',
  youngSpecialist: 'Приоритет молодым специалистам',
  loadSpreading: 'Равномерная нагрузка на наставников',
} as const;

export const PRESET_LABELS = {
  balanced: 'Сбалансированный',
  school: 'Школа',
  district: 'Район (между школами)',
  youngSpecialists: 'Молодые специалисты в приоритете',
  requests: 'По запросам и компетенциям',
} as const;

export const SETTING_LABELS: Record<string, string> = {
  preset: 'Набор весов',
  weights: 'Веса',
  rules: 'Правила',
  consent: 'Только с согласием на обработку ПД',
  activeMentor: 'Только активные наставники',
  form: 'Форма наставничества должна совпадать',
  organisationScope: 'Организация',
  onlyUnpaired: 'Только наставляемые без пары',
  alternatives: 'Число альтернатив',
  candidates: 'Кандидатов на наставляемого',
  ...CRITERION_LABELS,
};

export const S = {
  settingsInvalid: (path: string, message: string) => `Настройки подбора: ${path}: ${message}`,
  weightNotNumber: 'вес должен быть числом',
  weightRange: 'вес должен быть от 0 до 100',
  settingsNotObject: 'ожидается объект настроек',
  unknownPreset: 'неизвестный набор весов',
  unknownScope: 'ожидается any (любая), same (своя) или other (другая)',
  notBoolean: 'ожидается да или нет',
  intRange: (min: number, max: number) => `ожидается целое число от ${min} до ${max}`,
  unknownSetting: 'неизвестная настройка',
  todayInvalid: (v: unknown) =>
    `Дата расчёта (today) должна быть в виде ГГГГ-ММ-ДД, получено ${q(String(v))}`,
  notAList: (what: string) => `${what}: ожидается список строк`,
  mentorWord: 'Наставник',
  menteeWord: 'Наставляемый',
  rowRejected: (who: string, n: number, name: string, field: string, message: string) =>
    `${who} №${n}${name ? ` (${name})` : ''}: ${field ? `поле ${q(field)}: ` : ''}${message}`,
  notARecord: 'строка не прочитана (ожидается запись)',
  duplicateId: (id: string) => `повторяется ID ${q(id)}; строка пропущена`,

  // Hard-rule reasons for a mentee left without a mentor.
  unmatched: {
    menteeNoConsent: 'Нет согласия наставляемого на обработку ПД',
    pupilTeacherForm: `Обучающийся не может быть наставляемым в форме ${q(MENTORING_FORM_LABELS['teacher-teacher'])}`,
    noMentors: 'В банке нет наставников',
    noConsentingMentor: 'Нет наставника с согласием на обработку ПД',
    noActiveMentor: 'Нет активного наставника (все приостановлены или выбыли)',
    noForm: (wanted: readonly MentoringForm[]) => `Нет наставника с формой ${forms(wanted)}`,
    noSameOrganisation: (org: string) =>
      org
        ? `Нет подходящего наставника в своей организации ${q(org)}`
        : 'Не указана организация наставляемого',
    noOtherOrganisation: 'Нет подходящего наставника из другой организации',
    onlySelf: 'Единственный подходящий наставник — сам наставляемый',
    allExcluded: 'Все подходящие наставники исключены куратором',
    noFreePlaces: (mentors: number) =>
      `У подходящих наставников (${mentors}) нет свободных мест: места заняты закреплёнными парами или не указаны`,
    placesTaken: (mentors: number, places: number) =>
      `Все места у подходящих наставников заняты (${mentors} наставн., ${places} мест); поддержка продолжается, поиск наставника идёт`,
  },

  skipped: {
    paired: 'Уже в паре (статус «В паре»)',
    finished: 'Завершил программу',
    locked: 'В закреплённой паре',
  },

  // Why a pair was suggested: one line per criterion that contributed.
  reason: {
    subjects: (list: readonly string[]) => `Общие предметы: ${list.join(', ')}`,
    requests: (pairs: readonly string[]) => `Запросы ↔ компетенции: ${pairs.join('; ')}`,
    requestMet: (request: string, competency: string) => `${q(request)} — ${q(competency)}`,
    organisation: (org: string) => `Одна организация: ${org}`,
    experience: (mentor: number, mentee: number | null) =>
      mentee === null
        ? `Стаж наставника ${years(mentor)}`
        : `Стаж наставника ${years(mentor)}, наставляемого ${years(mentee)}`,
    category: (c: QualificationCategory) =>
      `Категория наставника: ${QUALIFICATION_CATEGORY_LABELS[c].toLowerCase()}`,
    youngSpecialist:
      'Молодой специалист (до 35 лет, стаж до 3 лет) — приоритет по целевому показателю охвата',
    loadSpreading: (nth: number, capacity: number) =>
      nth === 1
        ? `У наставника это первый наставляемый (мест: ${capacity})`
        : `У наставника это ${nth}-й наставляемый из ${capacity}`,
    form: (f: MentoringForm) => `Форма: ${MENTORING_FORM_LABELS[f]}`,
    locked: 'Пара закреплена куратором',
  },

  warnings: {
    lockedBreaksRule: (rule: string) => `Закреплённая пара нарушает правило: ${rule}`,
    lockedOverCapacity: (name: string, locked: number, capacity: number) =>
      `У наставника ${name} закреплено ${locked} наставляемых при готовности взять ${capacity}`,
    lockedUnknown: (mentorId: string, menteeId: string) =>
      `Закреплённая пара ${q(mentorId)} – ${q(menteeId)} не найдена в банках и пропущена`,
    lockedTwice: (menteeId: string) => `Наставляемый ${q(menteeId)} закреплён дважды; оставлена первая пара`,
    excludedUnknown: (mentorId: string, menteeId: string) =>
      `Исключённая пара ${q(mentorId)} – ${q(menteeId)} не найдена в банках`,
    noMentorConsent:
      'Ни у одного наставника не отмечено согласие на обработку ПД — проверьте столбец «Согласие на обработку ПД»',
    noMenteeConsent:
      'Ни у одного наставляемого не отмечено согласие на обработку ПД — проверьте столбец «Согласие на обработку ПД»',
    noMentees: 'Нет наставляемых для подбора',
    notCertified: (mentees: number) =>
      `Подбор по лучшим кандидатам: для ${mentees} наставляемых не доказано, что среди остальных наставников нет лучшего варианта (увеличьте число кандидатов или раундов для точного решения)`,
  },
} as const;

function years(n: number): string {
  const whole = Math.round(n * 10) / 10;
  if (!Number.isInteger(whole)) return `${String(whole).replace('.', ',')} г.`;
  const m10 = whole % 10;
  const m100 = whole % 100;
  const word =
    m10 === 1 && m100 !== 11 ? 'год' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'года' : 'лет';
  return `${whole} ${word}`;
}

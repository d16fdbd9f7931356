/** Every user-visible string of the matching engine (Russian). */

import type { QualificationCategory } from '../model/common';
import { MENTORING_FORM_LABELS, type MentoringForm, QUALIFICATION_CATEGORY_LABELS } from '../model/common';
import {
  MENTEE_STATUS_LABELS,
  MENTOR_STATUS_LABELS,
  type MenteeStatus,
  type MentorStatus,
} from '../model/people';

/** A bank row held out of pairing as a possible repeat (identity.ts): whom it may repeat, and how it looks alike. */
export interface HeldText {
  /** The earlier record (its ID and ФИО), or null when the «Возможный повтор» cell names an ID not in the bank. */
  of: { id: string; fullName: string } | null;
  sameness: 'same' | 'possible';
  /** What the «Возможный повтор» cell says. */
  mark: string | null;
}

const q = (s: string) => `«${s}»`;
const MENTORS = 'Наставники';
const MENTEES = 'Наставляемые';
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
  /** The lists of a request, as errors name them. */
  lists: {
    mentors: 'Наставники',
    mentees: 'Наставляемые',
    locked: 'Закреплённые пары',
    excluded: 'Исключённые пары',
    fixed: 'Пары, выбранные куратором',
    assigned: 'Предложенные пары',
  },
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
    menteeHeld: (h: HeldText) => `Не идёт в подбор: ${heldWhat(h)} — ${decide(MENTEES)}`,
    onlyHeldMentors: `Подходящие наставники отмечены как возможные повторы других строк — ${decide(MENTORS)}`,
    onlySelf: 'Единственный подходящий наставник — сам наставляемый',
    allExcluded: 'Все подходящие наставники исключены куратором',
    noFreePlaces: (mentors: number) =>
      `У подходящих наставников (${mentors}) нет свободных мест: места заняты закреплёнными парами или не указаны`,
    placesTaken: (mentors: number, places: number) =>
      `Все места у подходящих наставников заняты (${mentors} наставн., ${places} мест); поддержка продолжается, поиск наставника идёт`,
  },

  /**
   * The hard rules a given pair breaks, naming the people (locked pairs' warnings, the curator's own choices,
   * acceptance): the same rules as `unmatched`, worded for one pair.
   */
  broken: {
    menteeNoConsent: (name: string) => `у наставляемого ${q(name)} нет согласия на обработку ПД`,
    mentorNoConsent: (name: string) => `у наставника ${q(name)} нет согласия на обработку ПД`,
    mentorInactive: (name: string, status: MentorStatus) =>
      `наставник ${q(name)} имеет статус ${q(MENTOR_STATUS_LABELS[status])}`,
    menteeHeld: (name: string, h: HeldText) => `наставляемый ${q(name)} — ${heldWhat(h)}; ${decide(MENTEES)}`,
    mentorHeld: (name: string, h: HeldText) => `наставник ${q(name)} — ${heldWhat(h)}; ${decide(MENTORS)}`,
    pupilTeacherForm: (name: string) =>
      `${q(name)} — обучающийся и не может быть наставляемым в форме ${q(MENTORING_FORM_LABELS['teacher-teacher'])}`,
    mentorNoForms: (name: string) =>
      `у наставника ${q(name)} не указаны формы наставничества (столбец «Формы наставничества»)`,
    noCommonForm: (mentor: string, mentee: string, wanted: readonly MentoringForm[]) =>
      `наставник ${q(mentor)} не ведёт форму ${forms(wanted)}, нужную наставляемому ${q(mentee)}`,
    notSameOrganisation: (mentor: string, org: string) =>
      org
        ? `наставник ${q(mentor)} не из организации наставляемого ${q(org)}, а подбор — только в своей организации`
        : 'не указана организация наставляемого, а подбор — только в своей организации',
    notOtherOrganisation: (mentor: string) =>
      `наставник ${q(mentor)} из той же организации, а подбор — только из другой`,
    self: (name: string) => `${q(name)} — один и тот же человек в банках наставников и наставляемых`,
    excluded: 'пара исключена куратором',
    notUnpaired: (name: string, status: MenteeStatus) =>
      `у наставляемого ${q(name)} статус ${q(MENTEE_STATUS_LABELS[status])}, а подбираются только наставляемые «Без пары»`,
    alreadyLocked: (name: string, pairId: string | undefined) =>
      pairId ? `${q(name)} уже в паре ${pairId} (лист «Пары»)` : `${q(name)} уже в закреплённой паре`,
    overCapacity: (name: string, capacity: number, wanted: number, locked: number) =>
      `наставник ${q(name)} готов взять ${capacity}, а с выбранными парами у него будет ${wanted}${locked > 0 ? ` (уже закреплено: ${locked})` : ''}`,
  },

  /** The curator's choices checked by `checkPairs` (acceptance) and kept across re-runs (`fixed`). */
  check: {
    refused: (mentee: string, mentor: string, reason: string) =>
      `Пару ${q(mentee)} ← ${q(mentor)} закрепить нельзя: ${reason}.`,
    overCapacity: (reason: string) => `${capitalise(reason)}. Замените наставника у кого-то из наставляемых.`,
    unknownMentor: (id: string) => `Наставник с ID ${q(id)} не найден на листе «Наставники».`,
    unknownMentee: (id: string) => `Наставляемый с ID ${q(id)} не найден на листе «Наставляемые».`,
    menteeTwice: (name: string) => `${q(name)} выбран(а) в двух парах: оставьте одну.`,
    fixedDropped: (mentee: string, mentor: string, reason: string) =>
      `Выбор куратора ${q(mentee)} ← ${q(mentor)} не сохранён: ${reason}.`,
    fixedUnknown: (mentorId: string, menteeId: string) =>
      `Выбранная куратором пара ${q(mentorId)} – ${q(menteeId)} не найдена в банках и пропущена`,
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
    fixed: 'Наставник выбран куратором',
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
    held: (mentors: number, mentees: number) =>
      `Возможные повторы не идут в подбор, пока куратор не решит в столбце «Возможный повтор» (разные люди — «нет»): наставников — ${mentors}, наставляемых — ${mentees}`,
    notCertified: (mentees: number) =>
      `Подбор по лучшим кандидатам: для ${mentees} наставляемых не доказано, что среди остальных наставников нет лучшего варианта (увеличьте число кандидатов или раундов для точного решения)`,
  },
} as const;

function heldWhat(h: HeldText): string {
  if (!h.of) return `отмечен(а) как возможный повтор (${q(h.mark ?? '')})`;
  const how = h.sameness === 'same' ? 'тот же e-mail' : 'те же ФИО';
  return `возможный повтор строки ${q(h.of.fullName)} (ID ${h.of.id}, ${how})`;
}

function decide(sheet: string): string {
  return `решите в столбце «Возможный повтор» на листе ${q(sheet)}: разные люди — впишите «нет», один человек — оставьте одну строку`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function years(n: number): string {
  const whole = Math.round(n * 10) / 10;
  if (!Number.isInteger(whole)) return `${String(whole).replace('.', ',')} г.`;
  const m10 = whole % 10;
  const m100 = whole % 100;
  const word =
    m10 === 1 && m100 !== 11 ? 'год' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'года' : 'лет';
  return `${whole} ${word}`;
}

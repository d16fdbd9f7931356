/** Every user-visible string of the matching engine, Russian and English (the surface's language chooses). */

import type { QualificationCategory } from '../model/common';
import { MENTORING_FORM_LABELS, type MentoringForm, QUALIFICATION_CATEGORY_LABELS } from '../model/common';
import {
  MENTEE_STATUS_LABELS,
  MENTOR_STATUS_LABELS,
  type MenteeStatus,
  type MentorStatus,
} from '../model/people';
import { localized, type Shape } from '../text/locale';

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

const RU_CRITERION_LABELS = {
  subjects: 'Общие предметы',
  requests: 'Запросы наставляемого и компетенции наставника',
  organisation: 'Та же организация',
  experience: 'Разница в стаже',
  category: 'Квалификационная категория наставника',
  youngSpecialist: 'Приоритет молодым специалистам',
  loadSpreading: 'Равномерная нагрузка на наставников',
} as const;

const RU_PRESET_LABELS = {
  balanced: 'Сбалансированный',
  school: 'Школа',
  district: 'Район (между школами)',
  youngSpecialists: 'Молодые специалисты в приоритете',
  requests: 'По запросам и компетенциям',
} as const;

const RU_SETTING_LABELS: Record<string, string> = {
  preset: 'Набор весов',
  weights: 'Веса',
  rules: 'Правила',
  activeMentor: 'Только активные наставники',
  form: 'Форма наставничества должна совпадать',
  organisationScope: 'Организация',
  onlyUnpaired: 'Только наставляемые без пары',
  alternatives: 'Число альтернатив',
  candidates: 'Кандидатов на наставляемого',
  ...RU_CRITERION_LABELS,
};

const RU = {
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

const EN_CRITERION_LABELS: Shape<typeof RU_CRITERION_LABELS> = {
  subjects: 'Common subjects',
  requests: 'The mentee’s requests and the mentor’s competencies',
  organisation: 'The same organisation',
  experience: 'Difference in experience',
  category: 'The mentor’s qualification category',
  youngSpecialist: 'Young specialists first',
  loadSpreading: 'Even load on mentors',
};

const EN_PRESET_LABELS: Shape<typeof RU_PRESET_LABELS> = {
  balanced: 'Balanced',
  school: 'School',
  district: 'District (across schools)',
  youngSpecialists: 'Young specialists first',
  requests: 'By requests and competencies',
};

const EN_SETTING_LABELS: Record<string, string> = {
  preset: 'Weight set',
  weights: 'Weights',
  rules: 'Rules',
  activeMentor: 'Active mentors only',
  form: 'The form of mentoring must match',
  organisationScope: 'Organisation',
  onlyUnpaired: 'Only mentees without a pair',
  alternatives: 'Number of alternatives',
  candidates: 'Candidates per mentee',
  ...EN_CRITERION_LABELS,
};

const formsEn = (list: readonly MentoringForm[]) => list.map((f) => q(MENTORING_FORM_LABELS[f])).join(' or ');

const EN: Shape<typeof RU> = {
  settingsInvalid: (path, message) => `Pairing settings: ${path}: ${message}`,
  weightNotNumber: 'a weight must be a number',
  weightRange: 'a weight must be from 0 to 100',
  settingsNotObject: 'settings are expected as an object',
  unknownPreset: 'unknown weight set',
  unknownScope: 'any, same or other is expected',
  notBoolean: 'yes or no is expected',
  intRange: (min, max) => `a whole number from ${min} to ${max} is expected`,
  unknownSetting: 'unknown setting',
  todayInvalid: (v) => `The date of the calculation (today) must be yyyy-mm-dd, got ${q(String(v))}`,
  notAList: (what) => `${what}: a list of rows is expected`,
  lists: {
    mentors: 'Mentors',
    mentees: 'Mentees',
    locked: 'Locked pairs',
    excluded: 'Excluded pairs',
    fixed: 'Pairs chosen by the curator',
    assigned: 'Suggested pairs',
  },
  mentorWord: 'Mentor',
  menteeWord: 'Mentee',
  rowRejected: (who, n, name, field, message) =>
    `${who} ${n}${name ? ` ${q(name)}` : ''}: ${field ? `field ${q(field)}: ` : ''}${message}`,
  notARecord: 'the row was not read (a record is expected)',
  duplicateId: (id) => `the ID ${q(id)} repeats; the row is skipped`,
  unmatched: {
    menteeNoConsent: 'The mentee has no consent to personal data processing',
    pupilTeacherForm: `A pupil cannot be a mentee in the form ${q(MENTORING_FORM_LABELS['teacher-teacher'])}`,
    noMentors: 'The bank has no mentors',
    noConsentingMentor: 'No mentor has consent to personal data processing',
    noActiveMentor: 'No active mentor (all are paused or have left)',
    noForm: (wanted) => `No mentor with the form ${formsEn(wanted)}`,
    noSameOrganisation: (org) =>
      org
        ? `No suitable mentor in the mentee’s own organisation ${q(org)}`
        : 'The mentee’s organisation is missing',
    noOtherOrganisation: 'No suitable mentor from another organisation',
    menteeHeld: (h) => `Not paired: ${heldWhatEn(h)} — ${decideEn(MENTEES)}`,
    onlyHeldMentors: `The suitable mentors are marked as possible repeats of other rows — ${decideEn(MENTORS)}`,
    onlySelf: 'The only suitable mentor is the mentee themself',
    allExcluded: 'All suitable mentors are excluded by the curator',
    noFreePlaces: (mentors) =>
      `The suitable mentors (${mentors}) have no free places: their places are taken by locked pairs or not given`,
    placesTaken: (mentors, places) =>
      `All places of the suitable mentors are taken (mentors: ${mentors}, places: ${places}); support goes on, a mentor is being sought`,
  },
  broken: {
    menteeNoConsent: (name) => `the mentee ${q(name)} has no consent to personal data processing`,
    mentorNoConsent: (name) => `the mentor ${q(name)} has no consent to personal data processing`,
    mentorInactive: (name, status) =>
      `the mentor ${q(name)} has the status ${q(MENTOR_STATUS_LABELS[status])}`,
    menteeHeld: (name, h) => `the mentee ${q(name)} — ${heldWhatEn(h)}; ${decideEn(MENTEES)}`,
    mentorHeld: (name, h) => `the mentor ${q(name)} — ${heldWhatEn(h)}; ${decideEn(MENTORS)}`,
    pupilTeacherForm: (name) =>
      `${q(name)} is a pupil and cannot be a mentee in the form ${q(MENTORING_FORM_LABELS['teacher-teacher'])}`,
    mentorNoForms: (name) =>
      `the mentor ${q(name)} has no forms of mentoring (the column «Формы наставничества»)`,
    noCommonForm: (mentor, mentee, wanted) =>
      `the mentor ${q(mentor)} does not mentor in the form ${formsEn(wanted)} that the mentee ${q(mentee)} needs`,
    notSameOrganisation: (mentor, org) =>
      org
        ? `the mentor ${q(mentor)} is not from the mentee’s organisation ${q(org)}, and pairing is within the organisation only`
        : 'the mentee’s organisation is missing, and pairing is within the organisation only',
    notOtherOrganisation: (mentor) =>
      `the mentor ${q(mentor)} is from the same organisation, and pairing is across organisations only`,
    self: (name) => `${q(name)} is one and the same person in the mentor and the mentee banks`,
    excluded: 'the pair is excluded by the curator',
    notUnpaired: (name, status) =>
      `the mentee ${q(name)} has the status ${q(MENTEE_STATUS_LABELS[status])}, and only mentees «Без пары» are paired`,
    alreadyLocked: (name, pairId) =>
      pairId
        ? `${q(name)} is already in the pair ${pairId} (the sheet «Пары»)`
        : `${q(name)} is already in a locked pair`,
    overCapacity: (name, capacity, wanted, locked) =>
      `the mentor ${q(name)} can take ${capacity}, and with the chosen pairs would have ${wanted}${locked > 0 ? ` (already locked: ${locked})` : ''}`,
  },
  check: {
    refused: (mentee, mentor, reason) => `The pair ${q(mentee)} ← ${q(mentor)} cannot be fixed: ${reason}.`,
    overCapacity: (reason) => `${capitalise(reason)}. Change the mentor of one of the mentees.`,
    unknownMentor: (id) => `No mentor with the ID ${q(id)} on the sheet «Наставники».`,
    unknownMentee: (id) => `No mentee with the ID ${q(id)} on the sheet «Наставляемые».`,
    menteeTwice: (name) => `${q(name)} is chosen in two pairs: keep one.`,
    fixedDropped: (mentee, mentor, reason) =>
      `The curator’s choice ${q(mentee)} ← ${q(mentor)} is not kept: ${reason}.`,
    fixedUnknown: (mentorId, menteeId) =>
      `The pair ${q(mentorId)} – ${q(menteeId)} chosen by the curator is not in the banks and is skipped`,
  },
  skipped: {
    paired: 'Already in a pair (status «В паре»)',
    finished: 'Finished the programme',
    locked: 'In a locked pair',
  },
  reason: {
    // The sheets' own words (subjects, an organisation, a name) are quoted: data, in Russian.
    subjects: (list) => `Common subjects: ${list.map(q).join(', ')}`,
    requests: (pairs) => `Requests ↔ competencies: ${pairs.join('; ')}`,
    requestMet: (request, competency) => `${q(request)} — ${q(competency)}`,
    organisation: (org) => `The same organisation: ${q(org)}`,
    experience: (mentor, mentee) =>
      mentee === null
        ? `The mentor’s experience: ${yearsEn(mentor)}`
        : `Experience: the mentor ${yearsEn(mentor)}, the mentee ${yearsEn(mentee)}`,
    category: (c) => `The mentor’s category: ${q(QUALIFICATION_CATEGORY_LABELS[c])}`,
    youngSpecialist:
      'A young specialist (under 35, up to 3 years of experience) — first by the coverage target',
    loadSpreading: (nth, capacity) =>
      nth === 1
        ? `The mentor’s first mentee (places: ${capacity})`
        : `The mentor’s mentee ${nth} of ${capacity}`,
    form: (f) => `Form: ${q(MENTORING_FORM_LABELS[f])}`,
    locked: 'The pair is locked by the curator',
    fixed: 'The mentor is chosen by the curator',
  },
  warnings: {
    lockedBreaksRule: (rule) => `A locked pair breaks a rule: ${rule}`,
    lockedOverCapacity: (name, locked, capacity) =>
      `The mentor ${q(name)} has ${locked} locked mentees and can take ${capacity}`,
    lockedUnknown: (mentorId, menteeId) =>
      `The locked pair ${q(mentorId)} – ${q(menteeId)} is not in the banks and is skipped`,
    lockedTwice: (menteeId) => `The mentee ${q(menteeId)} is locked twice; the first pair is kept`,
    excludedUnknown: (mentorId, menteeId) =>
      `The excluded pair ${q(mentorId)} – ${q(menteeId)} is not in the banks`,
    noMentorConsent:
      'No mentor has consent to personal data processing marked — check the column «Согласие на обработку ПД»',
    noMenteeConsent:
      'No mentee has consent to personal data processing marked — check the column «Согласие на обработку ПД»',
    noMentees: 'No mentees to pair',
    held: (mentors, mentees) =>
      `Possible repeats are not paired until the curator decides in the column «Возможный повтор» (different people — «нет»): mentors — ${mentors}, mentees — ${mentees}`,
    notCertified: (mentees) =>
      `Pairing among the best candidates: for ${mentees} mentees it is not proven that no other mentor is better (raise the number of candidates or rounds for an exact solution)`,
  },
};

export const CRITERION_LABELS = localized(RU_CRITERION_LABELS, EN_CRITERION_LABELS);
export const PRESET_LABELS = localized(RU_PRESET_LABELS, EN_PRESET_LABELS);
export const SETTING_LABELS = localized(RU_SETTING_LABELS, EN_SETTING_LABELS);
export const S = localized(RU, EN);

function heldWhatEn(h: HeldText): string {
  if (!h.of) return `marked as a possible repeat (${q(h.mark ?? '')})`;
  const how = h.sameness === 'same' ? 'the same e-mail' : 'the same full name';
  return `a possible repeat of the row ${q(h.of.fullName)} (ID ${h.of.id}, ${how})`;
}

function decideEn(sheet: string): string {
  return `decide in the column «Возможный повтор» on the sheet ${q(sheet)}: different people — write «нет», one person — keep one row`;
}

function yearsEn(n: number): string {
  const whole = Math.round(n * 10) / 10;
  if (!Number.isInteger(whole)) return `${String(whole).replace('.', ',')} years`;
  return `${whole} ${whole === 1 ? 'year' : 'years'}`;
}

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

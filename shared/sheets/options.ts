/** Spellings curators type for the option values (forms, categories, statuses, roles) beyond the labels themselves. */
import {
  MENTEE_ROLE_LABELS,
  MENTEE_STATUS_LABELS,
  MENTOR_STATUS_LABELS,
  MENTORING_FORM_LABELS,
  PAIR_STATUS_LABELS,
  QUALIFICATION_CATEGORY_LABELS,
} from '../model';

/** Spellings curators type for the enum values, beyond the labels themselves (normalised form). */
export const FORM_ALIASES: Record<string, string> = {
  'учитель учитель': 'teacher-teacher',
  'педагог педагог': 'teacher-teacher',
  'учитель молодой специалист': 'teacher-teacher',
  'teacher teacher': 'teacher-teacher',
  'учитель ученик': 'teacher-student',
  'педагог обучающийся': 'teacher-student',
  'педагог ученик': 'teacher-student',
  'teacher student': 'teacher-student',
  'ученик ученик': 'student-student',
  'обучающийся обучающийся': 'student-student',
  'student student': 'student-student',
  'студент ученик': 'university-student',
  'студент обучающийся': 'university-student',
  'работодатель ученик': 'employer-student',
  'работодатель обучающийся': 'employer-student',
  'работодатель студент': 'employer-student',
};

export const CATEGORY_ALIASES: Record<string, string> = {
  высшая: 'highest',
  'высшая категория': 'highest',
  вкк: 'highest',
  первая: 'first',
  'первая категория': 'first',
  '1 категория': 'first',
  соответствие: 'compliance',
  сзд: 'compliance',
  'соответствие занимаемой должности': 'compliance',
  нет: 'none',
  'без категории': 'none',
  '': 'none',
};

export const MENTOR_STATUS_ALIASES: Record<string, string> = {
  активен: 'active',
  активный: 'active',
  действует: 'active',
  приостановлен: 'paused',
  пауза: 'paused',
  выбыл: 'left',
  уволен: 'left',
  'не активен': 'paused',
};

export const MENTEE_STATUS_ALIASES: Record<string, string> = {
  'без пары': 'unpaired',
  'нет пары': 'unpaired',
  'ищет наставника': 'unpaired',
  'в паре': 'paired',
  'в группе': 'paired',
  закреплен: 'paired',
  завершил: 'finished',
  завершила: 'finished',
  'завершил программу': 'finished',
};

export const ROLE_ALIASES: Record<string, string> = {
  педагог: 'teacher',
  учитель: 'teacher',
  воспитатель: 'teacher',
  обучающийся: 'student',
  обучающаяся: 'student',
  ученик: 'student',
  ученица: 'student',
  студент: 'student',
};

export const PAIR_STATUS_ALIASES: Record<string, string> = {
  действует: 'active',
  активна: 'active',
  'в работе': 'active',
  завершена: 'completed',
  завершено: 'completed',
  прекращена: 'terminated',
  'прекращена досрочно': 'terminated',
  расторгнута: 'terminated',
};

export {
  MENTEE_ROLE_LABELS,
  MENTEE_STATUS_LABELS,
  MENTOR_STATUS_LABELS,
  MENTORING_FORM_LABELS,
  PAIR_STATUS_LABELS,
  QUALIFICATION_CATEGORY_LABELS,
};

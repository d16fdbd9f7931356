/** Every Russian text of the pairing sidebar (T), numbers with a decimal comma. */
import { ruNumber } from '../../../shared/text';

/** Text of the pairing sidebar (Russian). */
export const T = {
  /** The page's title (screen readers announce it; Sheets shows its own header above the sidebar). */
  pageTitle: 'Подбор пар',
  loading: 'Загрузка…',
  failed: (m: string) => `Не получилось: ${m}`,
  noConnection: 'Не удалось связаться с таблицей. Проверьте подключение и повторите.',
  retry: 'Повторить',
  // State of the banks
  stateTitle: 'Банки наставников и наставляемых',
  mentors: 'Наставников',
  mentees: 'Наставляемых',
  noConsent: 'без согласия на обработку ПД',
  inPairs: 'Наставляемых уже в парах',
  activePairs: 'Действующих пар и групп',
  errorRows: 'Строк с ошибками',
  issuesTitle: (n: number) => `Замечания (${n}): нажмите, чтобы выделить строку`,
  issueAt: (sheet: string) => `Лист «${sheet}»`,
  refresh: 'Обновить',
  // Pairs that need attention (the pairs' year)
  attentionTitle: 'Пары, которым нужно внимание',
  attentionNone: 'Все действующие пары в графике (или работают меньше месяца).',
  attentionRules: 'Как определяется состояние пары',
  // Settings
  settingsTitle: 'Настройки подбора',
  preset: 'Набор весов',
  weights: 'Веса критериев (0–100)',
  rules: 'Жёсткие правила',
  consentAlways: 'Без согласия на обработку ПД человек в подбор не попадает (это правило не отключается).',
  ruleActive: 'Только активные наставники',
  ruleForm: 'Форма наставничества должна совпадать',
  scope: 'Организация',
  scopeAny: 'Любая (район)',
  scopeSame: 'Только своя',
  scopeOther: 'Только другая',
  onlyUnpaired: 'Только наставляемые «Без пары»',
  suggest: 'Подобрать пары',
  suggesting: 'Подбор…',
  // Results
  resultTitle: 'Предложенные пары',
  stats: (suggested: number, unmatched: number, locked: number) =>
    `Предложено: ${suggested}. Без наставника: ${unmatched}. Уже закреплено: ${locked}.`,
  score: (percent: number, score: number, max: number) =>
    `${percent}% (${ruNumber(score, 2)} из ${ruNumber(max, 2)})`,
  accept: 'Принять',
  swap: 'Наставник',
  swapOriginal: (name: string, percent: number) => `${name} — ${percent}% (предложен)`,
  swapPicked: (name: string, percent: number) => `${name} — ${percent}% (выбран вами)`,
  swapOption: (name: string, percent: number, free: number) =>
    `${name} — ${percent}%, свободных мест: ${free}`,
  exclude: 'Исключить пару',
  excluded: (n: number) => `Исключённые пары (${n})`,
  restore: 'Вернуть',
  lockedTitle: (n: number) => `Уже закреплены (${n})`,
  unmatchedTitle: (n: number) => `Остались без наставника (${n})`,
  alternativesOf: 'Могли бы взять: ',
  warnings: 'Внимание: ',
  overCapacity: (name: string, capacity: number, taken: number) =>
    `У наставника ${name} мест: ${capacity}, а с отмеченными и закреплёнными парами занято бы ${taken}. Такую пару не закрепить: выберите другого наставника или снимите отметку с другой пары.`,
  acceptChecked: (n: number) => `Принять отмеченные (${n})`,
  showMore: (n: number, left: number) =>
    `Показать ещё ${n} (осталось ${left}; отмеченные принимаются и без показа)`,
  acceptAll: 'Отметить все',
  acceptNone: 'Снять все',
  accepting: 'Запись в таблицу…',
  stale: 'Обновить подбор',
  notes: 'Замечания подбора',
  nothingSuggested: 'Новых пар не предложено.',
  groupOf: (n: number) => `группа: ${n}`,
  // Documents
  docsTitle: 'Документы по парам',
  templateLabel: 'Шаблон программы (ссылка на Google Документ, можно оставить пустым)',
  saveTemplate: 'Сохранить шаблон',
  order: 'Проект приказа о закреплении пар',
  programmes: 'Программы для пар без программы',
  open: 'Открыть',
  docsLeft: (n: number) => `Осталось пар без программы: ${n}. Нажмите ещё раз, чтобы продолжить.`,
};

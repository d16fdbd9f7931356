/** Server messages of pairing (the sidebar and its documents), Russian. Folded into strings.ts as `S.pairing`. */
const q = (s: string) => `«${s}»`;

export const PAIRING_STRINGS = {
  sidebarTitle: 'Подбор пар',
  stale: 'Таблицу изменили, пока была открыта панель. Обновите подбор.',
  nothingToAccept: 'Не выбрано ни одной пары.',
  accepted: (pairs: number, mentees: number) =>
    `Закреплено: ${pairs} ${plural(pairs, 'строка', 'строки', 'строк')} на листе «Пары», наставляемых — ${mentees}.`,
  rowNotFound: (title: string, row: number) => `На листе ${q(title)} нет строки ${row}.`,
  badSettings: 'Настройки подбора не сохранены: ',
  // Documents
  noPairsForOrder: 'На листе «Пары» нет действующих пар без номера приказа: проект приказа не нужен.',
  noPairsForProgrammes:
    'У всех действующих пар уже есть ссылка на персонализированную программу (лист «Пары»).',
  badTemplate: (url: string) =>
    `Шаблон программы ${q(url)} не открылся: проверьте ссылку и доступ к документу или очистите поле, чтобы взять встроенный шаблон.`,
  orderCreated: (n: number) =>
    `Проект приказа создан: ${n} ${plural(n, 'пара/группа', 'пары/группы', 'пар/групп')}.`,
  programmesCreated: (n: number) =>
    `Создано программ: ${n}. Ссылки записаны в столбец «Персонализированная программа».`,
  orderDocName: (date: string) => `Проект приказа о закреплении наставнических пар (групп) от ${date}`,
  programmeDocName: (pairId: string, mentee: string) => `Персонализированная программа ${pairId} — ${mentee}`,
} as const;

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

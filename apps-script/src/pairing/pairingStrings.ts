/** Server messages of pairing (the sidebar and its documents), Russian. Folded into strings.ts as `S.pairing`. */
import type { Shape } from '../../../shared/text/locale';

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

const en = (s: string) => `«${s}»`;

/** The same in English (`S.pairing` when the user's locale is English); document names stay Russian (data). */
export const PAIRING_STRINGS_EN: Shape<typeof PAIRING_STRINGS> = {
  sidebarTitle: 'Pairing',
  stale: 'The spreadsheet changed while the panel was open. Refresh the pairing.',
  nothingToAccept: 'No pair is selected.',
  accepted: (pairs, mentees) =>
    `Assigned: ${pairs} ${pairs === 1 ? 'row' : 'rows'} on the sheet «Пары», mentees: ${mentees}.`,
  rowNotFound: (title, row) => `The sheet ${en(title)} has no row ${row}.`,
  badSettings: 'Pairing settings not saved: ',
  noPairsForOrder: 'The sheet «Пары» has no active pairs without an order number: no draft order is needed.',
  noPairsForProgrammes: 'Every active pair already has a link to its personalised programme (sheet «Пары»).',
  badTemplate: (url) =>
    `The programme template ${en(url)} did not open: check the link and access to the document, or clear the field to use the built-in template.`,
  orderCreated: (n) => `Draft order created: ${n} ${n === 1 ? 'pair/group' : 'pairs/groups'}.`,
  programmesCreated: (n) =>
    `Programmes created: ${n}. The links are written to the column «Персонализированная программа».`,
  orderDocName: PAIRING_STRINGS.orderDocName,
  programmeDocName: PAIRING_STRINGS.programmeDocName,
};

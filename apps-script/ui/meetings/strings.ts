/** Russian texts of the dialog «Отчёт о встрече: ссылки пар». */
import { pick } from '../shared/lang';

const RU = {
  title: 'Отчёт о встрече: ссылки пар',
  intro:
    'У каждой действующей пары своя ссылка на форму «Отчёт о встрече»: в ней только случайный код пары, без ФИО и ' +
    'номера пары. Передайте ссылку наставнику (или наставляемому) — после встречи он заполнит отчёт, и встреча ' +
    'появится на листе «Встречи», а «Состояние» пары обновится.',
  loading: 'Загрузка…',
  loadError: 'Не удалось получить ссылки. Закройте окно и откройте его снова.',
  columns: ['Пара', 'Наставник', 'Наставляемые', 'Состояние', 'Ссылка (нажмите, чтобы выделить)'],
  none: 'Действующих пар нет: ссылки появятся, когда на листе «Пары» будут пары со статусом «Действует».',
  editLink: 'Редактировать форму',
  copyAll: 'Скопировать весь список',
  copied: 'Список выделен: нажмите Ctrl+C (⌘+C на Mac).',
  mail: 'Разослать наставникам по почте…',
  mailConfirm: 'Отправить',
  mailBusy: 'Подождите…',
  close: 'Закрыть',
  listLine: (pair: string, mentor: string, url: string) => `${pair}\t${mentor}\t${url}`,
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const MEETINGS_UI = pick(RU, {
  title: 'Meeting report: the pairs’ links',
  intro:
    'Every active pair has its own link to the form «Отчёт о встрече»: it carries only a random code of the pair, no ' +
    'names and no pair number. Give the link to the mentor (or the mentee): after a meeting they fill in the report, the ' +
    'meeting appears on the sheet «Встречи», and the pair’s «Состояние» is updated.',
  loading: 'Loading…',
  loadError: 'Could not get the links. Close the window and open it again.',
  columns: ['Pair', 'Mentor', 'Mentees', 'Status', 'Link (click to select)'],
  none: 'No active pairs: links appear once the sheet «Пары» has pairs with the status «Действует».',
  editLink: 'Edit the form',
  copyAll: 'Copy the whole list',
  copied: 'The list is selected: press Ctrl+C (⌘+C on a Mac).',
  mail: 'Send to mentors by e-mail…',
  mailConfirm: 'Send',
  mailBusy: 'Please wait…',
  close: 'Close',
  listLine: (pair, mentor, url) => `${pair}\t${mentor}\t${url}`,
});

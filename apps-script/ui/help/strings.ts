/** Text of the help dialog, Russian and English (the window's <html lang> chooses). */
import { pick } from '../shared/lang';

const RU = {
  title: 'Наставничество',
  intro:
    'Надстройка ведёт банки наставников и наставляемых, реестр пар, дорожную карту со сроками и отчёт для района. ' +
    'Начните с пункта «Настроить или восстановить листы»: он создаст листы и заголовки, а при повторном запуске ' +
    'восстановит то, что сломалось, ничего не удаляя.',
  roadmapTitle: 'Дорожная карта',
  roadmap:
    'Импортируйте дорожную карту: вставьте таблицу из Word, дайте ссылку на Google Документ или возьмите типовую. ' +
    'Столбец «Сроки» пишите как в документе («Январь 2023г.», «До 1 декабря», «В течение года»): надстройка сама ' +
    'заполнит «Вид срока», «Начало срока» и «Окончание срока». Подсветка обновляется каждый день без вашего участия.',
  meetingsTitle: 'Встречи пар',
  meetings:
    '«Встречи: ссылки на отчёт о встрече» создаёт форму «Отчёт о встрече» и даёт каждой действующей паре личную ' +
    'ссылку (в ней только случайный код пары). Ссылки можно скопировать списком или разослать наставникам с ' +
    'согласием на обработку ПД. Отчёты сами записываются на лист «Встречи»; ответ с неизвестным кодом или по ' +
    'ссылке завершённой пары записывается без пары, с замечанием, и ни одной паре не засчитывается.',
  sheetsTitle: 'Листы надстройки',
  menuTitle: 'Пункты меню «Наставничество»',
  healthTitle: 'Состояние пар: правила',
  today: (d: string) => `Сегодня по часам таблицы: ${d.split('-').reverse().join('.')}`,
  loadError: 'Не удалось получить сведения о надстройке. Закройте окно и откройте его снова.',
  close: 'Закрыть',
};

/** In English when the window is (its <html lang>, from the user's locale). The sheets' names stay Russian. */
export const HELP = pick(RU, {
  title: 'Mentoring',
  intro:
    'The add-on keeps the banks of mentors and mentees, the register of pairs, the roadmap with its deadlines and ' +
    'the report for the district. Start with «Set up or repair the sheets»: it creates the sheets and their headers, ' +
    'and run again it repairs what broke, deleting nothing. The sheets and their headers are in Russian: they are ' +
    'the data the district expects.',
  roadmapTitle: 'Roadmap',
  roadmap:
    'Import the roadmap: paste the table from Word, give a link to a Google Doc or take the standard one. Write the ' +
    'column «Сроки» (deadlines) as in the document («Январь 2023г.», «До 1 декабря», «В течение года»): the add-on ' +
    'fills «Вид срока», «Начало срока» and «Окончание срока» itself. The highlighting is refreshed every day ' +
    'without you.',
  meetingsTitle: 'Pairs’ meetings',
  meetings:
    '«Meetings: links to the meeting report» creates the form «Отчёт о встрече» (meeting report) and gives each ' +
    'active pair a personal link (holding only the pair’s random code). The links can be copied as a list or ' +
    'mailed to the mentors who consented to personal data processing. The reports land on the sheet «Встречи» by ' +
    'themselves; an answer with an unknown code or by the link of a finished pair is written without a pair, with a ' +
    'remark, and counts for no pair.',
  sheetsTitle: 'The add-on’s sheets',
  menuTitle: 'Items of the menu «Mentoring»',
  healthTitle: 'Pair status: the rules',
  today: (d) => `Today by the spreadsheet’s clock: ${d.split('-').reverse().join('.')}`,
  loadError: 'Could not get the add-on’s details. Close the window and open it again.',
  close: 'Close',
});

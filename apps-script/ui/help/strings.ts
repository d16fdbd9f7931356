/** Text of the help dialog. */
import { pick } from '../shared/lang';

const RU = {
  sheetsTitle: 'Листы надстройки',
  menuTitle: 'Пункты меню «Наставничество»',
  healthTitle: 'Состояние пар: правила',
  today: (d: string) => `Сегодня по часам таблицы: ${d.split('-').reverse().join('.')}`,
  loadError: 'Не удалось получить сведения о надстройке. Закройте окно и откройте его снова.',
  close: 'Закрыть',
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const HELP = pick(RU, {
  sheetsTitle: 'The add-on’s sheets',
  menuTitle: 'Items of the menu «Mentoring»',
  healthTitle: 'Pair status: the rules',
  today: (d) => `Today by the spreadsheet’s clock: ${d.split('-').reverse().join('.')}`,
  loadError: 'Could not get the add-on’s details. Close the window and open it again.',
  close: 'Close',
});

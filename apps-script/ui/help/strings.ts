/** Text of the help dialog. */
export const HELP = {
  sheetsTitle: 'Листы надстройки',
  menuTitle: 'Пункты меню «Наставничество»',
  healthTitle: 'Состояние пар: правила',
  today: (d: string) => `Сегодня по часам таблицы: ${d.split('-').reverse().join('.')}`,
  loadError: 'Не удалось получить сведения о надстройке. Закройте окно и откройте его снова.',
  close: 'Закрыть',
};

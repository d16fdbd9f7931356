/** Text of the district report dialog (settings and export). Field labels are the server's (src/strings.ts R). */
import { pick } from '../shared/lang';

const RU = {
  tabs: { settings: 'Настройки', export: 'Выгрузка пакета' },
  loading: 'Загрузка…',
  failed: 'Не удалось связаться с таблицей. Проверьте подключение и повторите.',
  close: 'Закрыть',
  settings: {
    organisation: 'Организация',
    curator: 'Куратор наставничества',
    curatorHint: 'Порталы района спрашивают ФИО, должность и контакты ответственного: они войдут в пакет.',
    period: 'Период отчёта',
    targets: 'Цели и численность',
    practices: 'Лучшие практики',
    periodHint:
      'По умолчанию — текущий учебный год. Пары и мероприятия считаются, если их даты пересекают период.',
    targetsHint:
      'Цели задаёт регион или район (дорожная карта района — 50% молодых специалистов; федеральная цель — 70% охвата). Пустое поле — цель по умолчанию.',
    totalsHint: 'Численность нужна для доли охвата; без неё доля остаётся пустой.',
    webListsHint:
      'Пакет по ссылке (веб-приложение) получает тот, у кого есть ключ. Со списками в нём будут ФИО людей, давших согласие.',
    save: 'Сохранить',
    saving: 'Сохранение…',
    fixErrors: 'Исправьте поля:',
  },
  export: {
    includeLists: 'Включить списки (ФИО)',
    listsWarning:
      'Внимание: с файлом или текстом таблицу покинут ФИО наставников и наставляемых (только давших согласие на обработку персональных данных). Передавайте такой пакет только по защищённому каналу.',
    aggregateNote: 'Пакет содержит только числа — без имён.',
    json: 'Пакет (JSON) — для расширения «Наставничество»',
    csv: 'Пакет (CSV) — для Excel и таблиц',
    download: 'Скачать',
    copy: 'Копировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите текст и нажмите Ctrl+C.',
    issues: (n: number) => `При чтении листов пропущено строк: ${n} (в показателях они не учтены):`,
    downloadHint: 'Если кнопка «Скачать» не сработала, скопируйте текст и сохраните его в файл.',
  },
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const T = pick(RU, {
  tabs: { settings: 'Settings', export: 'Package export' },
  loading: 'Loading…',
  failed: 'Could not reach the spreadsheet. Check the connection and try again.',
  close: 'Close',
  settings: {
    organisation: 'Organisation',
    curator: 'Mentoring curator',
    curatorHint:
      'District portals ask for the responsible person’s name, position and contacts: they go into the package.',
    period: 'Report period',
    targets: 'Targets and totals',
    practices: 'Best practices',
    periodHint:
      'By default, the current school year. Pairs and activities count when their dates overlap the period.',
    targetsHint:
      'Targets are set by the region or the district (the district roadmap: 50% of young specialists; the federal target: 70% coverage). An empty field means the default target.',
    totalsHint: 'Totals are needed for the coverage share; without them the share stays empty.',
    webListsHint:
      'The package by link (web app) goes to whoever has the key. With lists it carries the names of people who gave consent.',
    save: 'Save',
    saving: 'Saving…',
    fixErrors: 'Fix the fields:',
  },
  export: {
    includeLists: 'Include lists (names)',
    listsWarning:
      'Note: with the file or the text, the names of mentors and mentees (only those who consented to personal data processing) leave the spreadsheet. Pass such a package only over a secure channel.',
    aggregateNote: 'The package holds figures only, no names.',
    json: 'Package (JSON) for the extension «Наставничество»',
    csv: 'Package (CSV) for Excel and spreadsheets',
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and press Ctrl+C.',
    issues: (n) => `Rows skipped while reading the sheets: ${n} (not counted in the indicators):`,
    downloadHint: 'If «Download» did not work, copy the text and save it to a file.',
  },
});

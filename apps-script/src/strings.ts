/** Every message the add-on's server code shows to a curator. */
import { PAIRING_STRINGS } from './pairingStrings';

export const S = {
  menu: {
    title: 'Наставничество',
    setup: 'Настроить или восстановить листы',
    importRoadmap: 'Импортировать дорожную карту…',
    importRoadmapDoc: 'Импортировать дорожную карту из Google Документа…',
    importRoadmapTemplate: 'Заполнить типовой дорожной картой',
    refreshDeadlines: 'Обновить сроки и подсветку',
    digest: 'Ежедневная сводка по почте…',
    pairing: 'Подбор пар…',
    questionnaires: 'Анкеты…',
    report: 'Отчёт для района…',
    help: 'Справка',
  },
  common: {
    busy: 'Надстройка уже выполняет другую операцию. Повторите через минуту.',
    working: 'Выполняется…',
    done: 'Готово',
    failed: (message: string) => `Не получилось: ${message}`,
    later: (what: string) => `«${what}» появится в следующей версии надстройки.`,
  },
  setup: {
    progress: (title: string, i: number, n: number) => `Настройка листа «${title}» (${i} из ${n})…`,
    created: (titles: string[]) => `Созданы листы: ${titles.map((t) => `«${t}»`).join(', ')}.`,
    renamedBack: (from: string, to: string) => `Лист «${from}» переименован обратно в «${to}».`,
    headersAdded: (title: string, headers: string[]) =>
      `На листе «${title}» добавлены столбцы: ${headers.map((h) => `«${h}»`).join(', ')}.`,
    nothingChanged: 'Все листы в порядке, ничего менять не пришлось.',
    summaryTitle: 'Настройка листов',
    protectionDescription: 'Заголовки надстройки «Наставничество»: переименование ломает чтение листа.',
  },
  sheets: {
    missing: (title: string) =>
      `Лист «${title}» не найден: возможно, он удалён или переименован. Запустите «Наставничество → Настроить или восстановить листы».`,
    noHeader: (title: string) =>
      `На листе «${title}» не найдена строка заголовков. Запустите «Наставничество → Настроить или восстановить листы».`,
  },
  roadmap: {
    promptTitle: 'Импорт дорожной карты',
    promptDocTitle: 'Импорт из Google Документа',
    promptDoc:
      'Вставьте ссылку на Google Документ с таблицей дорожной карты (файл Word откройте как Google Документ).',
    emptyInput: 'Ничего не вставлено: импорт отменён.',
    badUrl: (url: string) => `«${url}» не похоже на ссылку на Google Документ.`,
    noAccess: (url: string) =>
      `Не удалось открыть документ ${url}: нет доступа или документ удалён. Откройте доступ на чтение вашему аккаунту и повторите.`,
    noTable: 'В документе нет таблицы. Дорожная карта должна быть таблицей со столбцом «Сроки».',
    nothingFound: 'В тексте не найдено ни одного мероприятия дорожной карты.',
    imported: (n: number, issues: number) =>
      `Импортировано мероприятий: ${n}.` +
      (issues > 0 ? ` Сроков, которые не удалось разобрать: ${issues} (помечены «Без даты»).` : ''),
    confirmReplace: (n: number) =>
      `На листе «Дорожная карта» уже есть мероприятия (${n}). Новые строки будут добавлены ниже, старые останутся. Продолжить?`,
    refreshed: (n: number, changed: number) => `Сроки проверены: ${n} строк, обновлено ${changed}.`,
    legendTitle: 'Подсветка сроков',
    legend: {
      overdue: 'Просрочено',
      dueSoon: 'Скоро срок',
      inProgress: 'Идёт',
      done: 'Выполнено',
      noDate: 'Без даты',
    },
    issuesTitle: 'Замечания при чтении листа',
  },
  digest: {
    title: 'Ежедневная сводка',
    askEnable:
      'Включить ежедневную сводку? Каждое утро ответственным за мероприятия уйдёт письмо о просроченных и подходящих сроках.',
    askDisable: 'Ежедневная сводка включена. Выключить её?',
    enabled: 'Сводка включена: письма будут приходить каждое утро около 8:00.',
    disabled: 'Сводка выключена.',
    subject: (n: number) => `Наставничество: сроки дорожной карты (${n})`,
    intro: 'Здравствуйте! Сводка по дорожной карте наставничества на сегодня.',
    overdue: 'Просрочено',
    dueSoon: 'Скоро срок',
    until: (date: string) => `срок: ${date}`,
    footer: 'Письмо отправлено надстройкой «Наставничество». Отключить сводку можно в меню таблицы.',
    noRecipient: (name: string) => `нет адреса e-mail для «${name}»`,
  },
  help: {
    title: 'Справка: Наставничество',
  },
  // Pairing sidebar and its documents (issue 6)
  pairing: PAIRING_STRINGS,
} as const;

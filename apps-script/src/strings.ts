/** Every message the add-on's server code shows to a curator. */
import { PAIRING_STRINGS } from './pairing/pairingStrings';
import { YEAR_ADDON_STRINGS } from './year/yearStrings';

const S_BANK_PREFIX = 'Наставничество: ';

export const S = {
  menu: {
    title: 'Наставничество',
    setup: 'Настроить или восстановить листы',
    importRoadmap: 'Импортировать дорожную карту…',
    importRoadmapDoc: 'Импортировать дорожную карту из Google Документа…',
    importRoadmapTemplate: 'Заполнить типовой дорожной картой',
    refreshDeadlines: 'Обновить сроки и подсветку',
    undoRoadmapReplace: 'Отменить замену дорожной карты…',
    digest: 'Ежедневная сводка по почте…',
    pairing: 'Подбор пар…',
    questionnaires: 'Анкеты…',
    meetingLinks: 'Встречи: ссылки на отчёт о встрече…',
    healthRule: 'Состояние пар: через сколько недель «Нужна встреча»…',
    help: 'Справка',
  },
  common: {
    busy: 'Надстройка уже выполняет другую операцию. Повторите через минуту.',
    working: 'Выполняется…',
    done: 'Готово',
    failed: (message: string) => `Не получилось: ${message}`,
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
  /** Bad cells of the banks: the note the add-on puts on the cell itself. */
  banks: {
    /** How every add-on note on a bank cell begins: only notes with it are ever removed. */
    notePrefix: S_BANK_PREFIX,
    note: (reason: string) =>
      `${S_BANK_PREFIX}${reason}. Строка не идёт в подбор пар, пока значение не исправлено; исправьте — заметка и цвет снимутся сами.`,
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
  roadmapUpload: {
    rejected: (detail: string) =>
      `Данные импорта не приняты: ${detail}. Закройте окно, откройте импорт снова и выберите файл ещё раз.`,
    notObject: 'окно импорта прислало не то, что ожидалось',
    mode: 'не выбрано, заменить дорожную карту или добавить строки ниже',
    period: (text: string) => `период «${text}» не распознан`,
    notText: (row: number, cell: number) => `строка ${row}, ячейка ${cell} — не текст`,
    notRow: (row: number) => `строка ${row} — не строка таблицы`,
    cellTooLong: (row: number, cell: number, max: string) =>
      `строка ${row}, ячейка ${cell} длиннее ${max} символов (больше не вмещает ячейка Таблиц)`,
    rowTooWide: (row: number, max: number) => `в строке ${row} больше ${max} ячеек`,
    tooManyRows: (max: string) => `в таблице больше ${max} строк`,
    tooLong: (max: string) => `документ длиннее ${max} символов`,
    replaced: (n: number, backup: string) =>
      `Прежняя дорожная карта (мероприятий: ${n}) сохранена на скрытом листе «${backup}». Вернуть её: «Наставничество → Отменить замену дорожной карты».`,
  },
  roadmapBackup: {
    sheetName: (stamp: string) => `Дорожная карта — до замены ${stamp}`,
    nothing:
      'Сохранённой дорожной карты нет: замену ещё не делали, или её уже отменили. Восстанавливать нечего.',
    ask: (stamp: string, before: number, now: number) =>
      `Вернуть дорожную карту, какой она была до замены ${stamp} (мероприятий: ${before})? ` +
      `Нынешние строки листа «Дорожная карта» (мероприятий: ${now}) будут заменены ею вместе с вашими столбцами и заметками; ` +
      'изменения, сделанные после замены, пропадут.',
    restored: (stamp: string, n: number) =>
      `Дорожная карта восстановлена такой, какой была до замены ${stamp}: мероприятий ${n}.`,
    cancelled: 'Отмена замены не выполнена: лист не изменён.',
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
  // Questionnaires on Google Forms.
  surveys: {
    dialogTitle: 'Анкеты: ссылки, ответы, удовлетворённость',
    askCreate:
      'Создать четыре Google Формы (анкета наставника, анкета наставляемого, обратная связь, итоговый мониторинг)? ' +
      'Ответы будут приходить в эту таблицу и сами разноситься по листам «Наставники», «Наставляемые» и «Анкеты».',
    cancelled: 'Анкеты не созданы.',
    confirmation: 'Спасибо! Ваши ответы получены и переданы куратору наставничества.',
    needEmail: 'Введите адрес электронной почты, например ivanova@school.ru',
    needNumber: 'Введите число',
    created: (titles: string[]) => `Созданы формы: ${titles.map((t) => `«${t}»`).join(', ')}.`,
    allPresent: 'Все четыре формы на месте.',
    relinked: (title: string) => `Форма «${title}» снова присылает ответы в эту таблицу.`,
    filedLate: (n: number) => `Разнесены пропущенные ответы: ${n}.`,
    triggerAdded: 'Включена автоматическая разноска ответов форм.',
    /** How every conflict note begins: the sidebar finds them by it. */
    conflictNotePrefix: 'Участник изменил ответ анкеты',
    conflictNote: (curator: string, answer: string) =>
      `Участник изменил ответ анкеты на «${answer}», но куратор исправил эту ячейку на «${curator}» — оставлено значение куратора. Если ответ верен, впишите его сами и удалите эту заметку.`,
  },
  // Pairing sidebar and its documents
  pairing: PAIRING_STRINGS,
  year: YEAR_ADDON_STRINGS,
  // The pairs' year: meeting reports, their links, pair health (issue 17).
  meetings: {
    dialogTitle: 'Отчёт о встрече: ссылки пар',
    askCreate:
      'Создать Google Форму «Отчёт о встрече»? Каждая действующая пара получит личную ссылку на неё; ' +
      'ответы будут сами записываться на лист «Встречи», а столбец «Состояние» на листе «Пары» — пересчитываться.',
    cancelled: 'Форма «Отчёт о встрече» не создана.',
    created: 'Создана форма «Отчёт о встрече».',
    relinked: 'Форма «Отчёт о встрече» снова присылает ответы в эту таблицу.',
    noTokenQuestion:
      'В форме «Отчёт о встрече» нет вопроса «Код ссылки»: возможно, его удалили. Удалите форму (она будет создана заново) или верните вопрос.',
    noTokenColumn:
      'На листе «Пары» нет столбца «Ключ ссылки на отчёт о встрече». Запустите «Наставничество → Настроить или восстановить листы».',
    tokensIssued: (n: number) => `Новых ссылок выдано: ${n}.`,
    filedLate: (n: number) => `Записаны пропущенные отчёты о встречах: ${n}.`,
    weeksTitle: 'Состояние пар',
    weeksPrompt: (now: number, def: number) =>
      `Через сколько недель без встречи пара получает состояние «Нужна встреча»? Сейчас: ${now} (по умолчанию ${def}). Введите целое число от 1 до 26.`,
    weeksBad: (text: string) => `«${text}» — не число недель от 1 до 26. Ничего не изменено.`,
    weeksSaved: (n: number) =>
      `Правило сохранено: «Нужна встреча» — без встречи дольше ${n} нед. Состояние пар пересчитано.`,
    mailNothing:
      'Некому отправить: ни у одной действующей пары нет наставника с согласием на обработку ПД и e-mail.',
    mailOverQuota: (letters: number, quota: number) =>
      `Писем нужно отправить: ${letters}, а Google разрешает сегодня ещё ${quota}. Рассылка не начата, чтобы никто не остался без письма на полпути. ` +
      'Скопируйте ссылки из списка и передайте сами или повторите завтра.',
    mailAsk: (letters: number, quota: number) =>
      `Будет отправлено писем наставникам: ${letters} (сегодня Google разрешает ещё ${quota}).`,
    mailSent: (n: number) => `Отправлено писем: ${n}.`,
    mailSkipped: (noConsent: number, noEmail: number, unknown: number) =>
      [
        noConsent > 0
          ? `без согласия на обработку ПД — ${noConsent} наставн. (им письма не отправляются)`
          : '',
        noEmail > 0 ? `без e-mail в банке — ${noEmail}` : '',
        unknown > 0 ? `пар, чьего наставника нет в банке, — ${unknown}` : '',
      ]
        .filter((x) => x !== '')
        .join('; '),
  },

  /** Granular consent: a permission unticked on Google's consent screen. */
  consent: {
    missing: (action: string, menuItem: string, permissions: string[]) =>
      `Чтобы ${action}, надстройке нужно разрешение Google, которое сейчас не выдано: ` +
      `${permissions.map((p) => `«${p}»`).join(', ')}. ` +
      `Выберите пункт меню «Наставничество → ${menuItem}» ещё раз: Google покажет окно разрешений. ` +
      `Поставьте в нём галочку у ${permissions.length > 1 ? 'этих разрешений' : 'этого разрешения'} ` +
      'и нажмите «Продолжить». Пока разрешения нет, надстройка ничего не меняет.',
    // As Google's consent screen describes each scope.
    scopes: {
      ui: 'Показ и запуск стороннего веб-контента во всплывающих окнах и на боковых панелях в приложениях Google',
      documents: 'Просмотр, изменение, создание и удаление всех ваших документов Google Документов',
      triggers: 'Разрешение приложению работать, когда вас нет на месте',
      mail: 'Отправка электронных писем от вашего имени',
      forms: 'Просмотр, изменение, создание и удаление всех ваших форм в Google Формах',
      email: 'Просмотр основного адреса электронной почты вашего аккаунта Google',
    },
    actions: {
      dialog: 'открыть это окно',
      forms: 'создать анкеты в Google Формах и разносить ответы',
      digestOn: 'включить ежедневную сводку по почте',
      digestOff: 'выключить ежедневную сводку',
      documents: 'создать документы в Google Документах',
      readDoc: 'прочитать Google Документ',
      meetingForm: 'создать форму «Отчёт о встрече» и записывать её ответы',
      meetingMail: 'разослать наставникам ссылки на отчёт о встрече',
    },
  },
} as const;

/** The district report («Отчёт для района»): menu, report sheet, settings, export, web-app key. */
export const R = {
  menu: {
    refresh: 'Отчёт для района: обновить лист «Отчёт»',
    settings: 'Отчёт для района: настройки…',
    export: 'Отчёт для района: выгрузить пакет…',
    webKey: 'Доступ по ссылке: показать / обновить ключ',
  },
  dialogTitle: 'Отчёт для района',
  refreshed: (period: string, n: number) => `Лист «Отчёт» обновлён: ${n} показателей за период «${period}».`,
  issues: (n: number) => `Строк, пропущенных при чтении листов: ${n}. Первые из них:`,
  noOrganisation:
    'Не указано название организации. Откройте «Отчёт для района: настройки…» и заполните его — без него пакет не собрать.',
  periodCaption: (label: string, from: string, to: string) => `Период: ${label} (${from} — ${to})`,
  generatedCaption: (when: string) => `Сформировано: ${when}`,
  chartBlockTitle: 'Пары и группы по формам наставничества',
  chartTitle: 'Наставнические пары и группы по формам',
  formColumn: 'Форма',
  pairsColumn: 'Пар и групп',
  pairsOnlyColumn: 'Пар',
  groupsColumn: 'Групп',
  menteesColumn: 'Наставляемых',
  noTarget: '—',
  coverageTitle: 'Охват и цели',
  coverageHeader: ['Показатель', 'Факт, %', 'Цель, %', 'До цели, п.п.'],
  coverageRows: {
    young: 'Молодые специалисты в наставничестве',
    coverage: 'Педагоги и обучающиеся в наставничестве',
    teachers: 'Педагоги в наставничестве (в любой роли)',
    pupils: 'Обучающиеся в наставничестве (в любой роли)',
  },
  unknown: 'нет данных',
  yes: 'да',
  no: 'нет',
  settingsFields: {
    'organisation.name': 'Название организации',
    'organisation.district': 'Район (муниципалитет)',
    'organisation.region': 'Регион',
    'organisation.inn': 'ИНН',
    'period.from': 'Начало периода',
    'period.to': 'Конец периода',
    'period.label': 'Название периода',
    youngShareTarget: 'Цель: доля молодых специалистов в наставничестве, %',
    coverageShareTarget: 'Цель: доля педагогов и обучающихся в наставничестве, %',
    teachersTotal: 'Всего педагогов в школе',
    pupilsTotal: 'Всего обучающихся в школе',
    youngTeachersTotal: 'Всего молодых педагогов в школе',
    bestPractices: 'Лучшие практики',
    curatorName: 'ФИО куратора',
    curatorPosition: 'Должность куратора',
    curatorEmail: 'Электронная почта куратора',
    curatorPhone: 'Телефон куратора',
    webIncludeLists: 'Включать списки в пакет по ссылке',
  } as Record<string, string>,
  fieldError: (label: string, message: string) => `«${label}»: ${message}`,
  notNumber: (text: string) => `«${text}» — не число`,
  saved: 'Настройки отчёта сохранены.',
  webKey: {
    none: 'Доступ по ссылке ещё не включён. Создать ключ? Пакет отчёта будет выдаваться по адресу веб-приложения только тому, у кого есть этот ключ.',
    show: (token: string, url: string | null) =>
      `Ключ доступа: ${token}\n\n` +
      (url
        ? `Адрес для расширения: ${url}\n\n`
        : 'Веб-приложение ещё не развёрнуто. Разверните его: «Расширения → Apps Script» → «Начать развёртывание → Новое развёртывание» → тип «Веб-приложение», «Выполнять как: я», «Доступ: все» → «Начать развёртывание»; потом откройте это окно снова — здесь появится адрес.\n\n') +
      'Передайте адрес и ключ только специалисту управления образования. Создать новый ключ? Старый сразу перестанет работать.',
    renewed: (token: string) => `Новый ключ: ${token}\nСтарый ключ больше не действует.`,
    created: (token: string) => `Ключ создан: ${token}`,
  },
  web: {
    noToken: 'не указан ключ доступа (параметр token)',
    badToken: 'неверный ключ доступа',
    disabled: 'доступ по ссылке не включён: куратор ещё не создал ключ',
    failed: (message: string) => `не удалось собрать пакет: ${message}`,
    unexpected:
      'не удалось собрать пакет из-за внутренней ошибки надстройки. Куратор увидит подробности в журнале выполнений Apps Script (Расширения → Apps Script → Выполнения)',
    noSpreadsheet: 'веб-приложение не видит таблицу: разверните его из редактора скрипта этой таблицы',
  },
} as const;

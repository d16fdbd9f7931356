/**
 * Every message the add-on's server code shows to a curator, in Russian and English: the user's locale
 * (Session.getActiveUserLocale) chooses, Russian for ru and anything not English. What lands in the spreadsheet,
 * its documents, forms and mails (sheet titles, notes, captions, document names) is data and stays Russian.
 */
import { type Lang, langOf, localized, type Shape, useLang } from '../../shared/text/locale';
import { PAIRING_STRINGS, PAIRING_STRINGS_EN } from './pairing/pairingStrings';
import { YEAR_ADDON_STRINGS, YEAR_ADDON_STRINGS_EN } from './year/yearStrings';

const S_BANK_PREFIX = 'Наставничество: ';

const RU_S = {
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
    lowScore: 'Состояние пар: какая оценка в анкете — «Сигнал»…',
    yearDigest: 'Напоминания: еженедельная сводка по парам…',
    dashboard: 'Панель: обновить диаграммы',
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
    lowTitle: 'Состояние пар',
    lowPrompt: (now: number, def: number) =>
      `Какая оценка встречи (из 10) в промежуточной анкете пары даёт состояние «Сигнал»: эта и ниже? Сейчас: ${now} (по умолчанию ${def}). Введите целое число от 1 до 9.`,
    lowBad: (text: string) => `«${text}» — не оценка от 1 до 9. Ничего не изменено.`,
    lowSaved: (n: number) =>
      `Правило сохранено: «Сигнал» — оценка ${n} из 10 или ниже. Состояние пар пересчитано.`,
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
      yearDigest: 'включить или выключить еженедельную сводку по парам',
    },
  },
} as const;

/** The district report («Отчёт для района»): menu, report sheet, settings, export, web-app key. */
const RU_R = {
  menu: {
    refresh: 'Отчёт для района: обновить лист «Отчёт»',
    settings: 'Отчёт для района: настройки…',
    export: 'Отчёт для района: выгрузить пакет…',
    webKey: 'Доступ по ссылке: показать / обновить ключ',
  },
  dialogTitle: 'Отчёт для района',
  /** A downloaded package's name without extension: dates as people write them, no characters a file name refuses. */
  fileName: (from: string, to: string) => `Наставничество, отчёт ${from}-${to}`,
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

const scopes = (permissions: string[]) => permissions.map((p) => `“${p}”`).join(', ');

/** The English table: every key of the Russian one (Shape makes a missing key a compile error). */
const EN_S: Shape<typeof RU_S> = {
  menu: {
    title: 'Mentoring',
    setup: 'Set up or repair the sheets',
    importRoadmap: 'Import a roadmap…',
    importRoadmapDoc: 'Import a roadmap from a Google Doc…',
    importRoadmapTemplate: 'Fill in the standard roadmap',
    refreshDeadlines: 'Refresh deadlines and highlighting',
    undoRoadmapReplace: 'Undo the roadmap replacement…',
    digest: 'Daily summary by e-mail…',
    pairing: 'Pairing…',
    questionnaires: 'Questionnaires…',
    meetingLinks: 'Meetings: links to the meeting report…',
    healthRule: 'Pair status: weeks before «Нужна встреча»…',
    lowScore: 'Pair status: which questionnaire score is «Сигнал»…',
    yearDigest: 'Reminders: weekly summary of the pairs…',
    dashboard: 'Dashboard: refresh the charts',
    help: 'Help',
  },
  common: {
    busy: 'The add-on is already doing another operation. Try again in a minute.',
    working: 'Working…',
    done: 'Done',
    failed: (message) => `Failed: ${message}`,
  },
  setup: {
    progress: (title, i, n) => `Setting up the sheet «${title}» (${i} of ${n})…`,
    created: (titles) => `Sheets created: ${titles.map((t) => `«${t}»`).join(', ')}.`,
    renamedBack: (from, to) => `The sheet «${from}» was renamed back to «${to}».`,
    headersAdded: (title, headers) =>
      `Columns added to the sheet «${title}»: ${headers.map((h) => `«${h}»`).join(', ')}.`,
    nothingChanged: 'All sheets are in order; nothing had to change.',
    summaryTitle: 'Sheet setup',
    // Written into the spreadsheet: data, stays Russian.
    protectionDescription: RU_S.setup.protectionDescription,
  },
  banks: RU_S.banks,
  sheets: {
    missing: (title) =>
      `The sheet «${title}» was not found: it may have been deleted or renamed. Run «Mentoring → Set up or repair the sheets».`,
    noHeader: (title) =>
      `No header row found on the sheet «${title}». Run «Mentoring → Set up or repair the sheets».`,
  },
  roadmap: {
    promptTitle: 'Import a roadmap',
    promptDocTitle: 'Import from a Google Doc',
    promptDoc:
      'Paste a link to a Google Doc with the roadmap table (open a Word file as a Google Doc first).',
    emptyInput: 'Nothing was pasted: import cancelled.',
    badUrl: (url) => `«${url}» does not look like a link to a Google Doc.`,
    noAccess: (url) =>
      `Could not open the document ${url}: no access, or it was deleted. Give your account read access and try again.`,
    noTable: 'The document has no table. A roadmap must be a table with a «Сроки» (deadlines) column.',
    nothingFound: 'No roadmap activity was found in the text.',
    imported: (n, issues) =>
      `Activities imported: ${n}.` +
      (issues > 0 ? ` Deadlines that could not be read: ${issues} (marked «Без даты»).` : ''),
    confirmReplace: (n) =>
      `The sheet «Дорожная карта» already has activities (${n}). New rows will be added below; the old ones stay. Continue?`,
    refreshed: (n, changed) => `Deadlines checked: ${n} rows, ${changed} updated.`,
    legendTitle: RU_S.roadmap.legendTitle,
    legend: RU_S.roadmap.legend,
    issuesTitle: 'Remarks while reading the sheet',
  },
  roadmapUpload: {
    rejected: (detail) =>
      `The import data was not accepted: ${detail}. Close the window, open the import again and choose the file once more.`,
    notObject: 'the import window sent something unexpected',
    mode: 'it was not chosen whether to replace the roadmap or add rows below',
    period: (text) => `period «${text}» not recognised`,
    notText: (row, cell) => `row ${row}, cell ${cell} is not text`,
    notRow: (row) => `row ${row} is not a table row`,
    cellTooLong: (row, cell, max) =>
      `row ${row}, cell ${cell} is longer than ${max} characters (a Sheets cell holds no more)`,
    rowTooWide: (row, max) => `row ${row} has more than ${max} cells`,
    tooManyRows: (max) => `the table has more than ${max} rows`,
    tooLong: (max) => `the document is longer than ${max} characters`,
    replaced: (n, backup) =>
      `The previous roadmap (${n} activities) is kept on the hidden sheet «${backup}». To bring it back: «Mentoring → Undo the roadmap replacement».`,
  },
  roadmapBackup: {
    sheetName: RU_S.roadmapBackup.sheetName,
    nothing:
      'There is no saved roadmap: no replacement was made yet, or it was already undone. Nothing to restore.',
    ask: (stamp, before, now) =>
      `Bring back the roadmap as it was before the replacement of ${stamp} (${before} activities)? ` +
      `The current rows of «Дорожная карта» (${now} activities) will be replaced by it, together with your columns and notes; ` +
      'changes made after the replacement will be lost.',
    restored: (stamp, n) =>
      `The roadmap is restored as it was before the replacement of ${stamp}: ${n} activities.`,
    cancelled: 'The replacement was not undone: the sheet is unchanged.',
  },
  // Mails go to the people responsible for activities: their language is the school's.
  digest: {
    ...RU_S.digest,
    title: 'Daily summary',
    askEnable:
      'Turn on the daily summary? Every morning the people responsible for activities get a letter about overdue and upcoming deadlines.',
    askDisable: 'The daily summary is on. Turn it off?',
    enabled: 'The summary is on: letters will come every morning around 8:00.',
    disabled: 'The summary is off.',
  },
  help: { title: 'Help: Mentoring' },
  surveys: {
    // What respondents read in the forms and what is written into the banks stays Russian.
    ...RU_S.surveys,
    dialogTitle: 'Questionnaires: links, answers, satisfaction',
    askCreate:
      'Create four Google Forms (mentor questionnaire, mentee questionnaire, feedback, final monitoring)? ' +
      'Answers will come into this spreadsheet and be filed into «Наставники», «Наставляемые» and «Анкеты» by themselves.',
    cancelled: 'The questionnaires were not created.',
    created: (titles) => `Forms created: ${titles.map((t) => `«${t}»`).join(', ')}.`,
    allPresent: 'All four forms are in place.',
    relinked: (title) => `The form «${title}» sends its answers to this spreadsheet again.`,
    filedLate: (n) => `Missed answers filed: ${n}.`,
    triggerAdded: 'Automatic filing of form answers is on.',
  },
  pairing: PAIRING_STRINGS_EN,
  year: YEAR_ADDON_STRINGS_EN,
  meetings: {
    dialogTitle: 'Meeting report: the pairs’ links',
    askCreate:
      'Create the Google Form «Отчёт о встрече» (meeting report)? Every active pair gets its own link to it; ' +
      'answers will be written to the sheet «Встречи» and the column «Состояние» of «Пары» recomputed.',
    cancelled: 'The form «Отчёт о встрече» was not created.',
    created: 'The form «Отчёт о встрече» is created.',
    relinked: 'The form «Отчёт о встрече» sends its answers to this spreadsheet again.',
    noTokenQuestion:
      'The form «Отчёт о встрече» has no question «Код ссылки»: it may have been deleted. Delete the form (it will be created again) or restore the question.',
    noTokenColumn:
      'The sheet «Пары» has no column «Ключ ссылки на отчёт о встрече». Run «Mentoring → Set up or repair the sheets».',
    tokensIssued: (n) => `New links issued: ${n}.`,
    filedLate: (n) => `Missed meeting reports written: ${n}.`,
    weeksTitle: 'Pair status',
    weeksPrompt: (now, def) =>
      `After how many weeks without a meeting does a pair get the status «Нужна встреча»? Now: ${now} (default ${def}). Enter a whole number from 1 to 26.`,
    weeksBad: (text) => `«${text}» is not a number of weeks from 1 to 26. Nothing changed.`,
    lowTitle: 'Pair status',
    lowPrompt: (now, def) =>
      `Which meeting score (of 10) in a pair's interim questionnaire gives «Сигнал»: this one and lower? Now: ${now} (default ${def}). Enter a whole number from 1 to 9.`,
    lowBad: (text) => `«${text}» is not a score from 1 to 9. Nothing changed.`,
    lowSaved: (n) => `Rule saved: «Сигнал» is a score of ${n} of 10 or lower. Pair status recomputed.`,
    weeksSaved: (n) =>
      `Rule saved: «Нужна встреча» after more than ${n} weeks without a meeting. Pair status recomputed.`,
    mailNothing:
      'Nobody to send to: no active pair has a mentor with consent to personal data processing and an e-mail.',
    mailOverQuota: (letters, quota) =>
      `Letters to send: ${letters}, but Google allows ${quota} more today. Sending has not started, so nobody is left without a letter halfway. ` +
      'Copy the links from the list and pass them on yourself, or try again tomorrow.',
    mailAsk: (letters, quota) =>
      `Letters to mentors to be sent: ${letters} (Google allows ${quota} more today).`,
    mailSent: (n) => `Letters sent: ${n}.`,
    mailSkipped: (noConsent, noEmail, unknown) =>
      [
        noConsent > 0
          ? `without consent to personal data processing: ${noConsent} mentors (no letters are sent to them)`
          : '',
        noEmail > 0 ? `without an e-mail in the bank: ${noEmail}` : '',
        unknown > 0 ? `pairs whose mentor is not in the bank: ${unknown}` : '',
      ]
        .filter((x) => x !== '')
        .join('; '),
  },
  consent: {
    missing: (action, menuItem, permissions) =>
      `To ${action}, the add-on needs a Google permission that is not granted now: ${scopes(permissions)}. ` +
      `Choose «Mentoring → ${menuItem}» again: Google will show the permissions window. ` +
      `Tick ${permissions.length > 1 ? 'these permissions' : 'this permission'} there and press «Continue». ` +
      'Until then the add-on changes nothing.',
    // As Google's consent screen describes each scope.
    scopes: {
      ui: 'Display and run third-party web content in prompts and sidebars inside Google applications',
      documents: 'See, edit, create and delete all your Google Docs documents',
      triggers: 'Allow this application to run when you are not present',
      mail: 'Send email as you',
      forms: 'See, edit, create and delete all your Google Forms forms',
      email: 'See your primary Google Account email address',
    },
    actions: {
      dialog: 'open this window',
      forms: 'create questionnaires in Google Forms and file their answers',
      digestOn: 'turn on the daily summary by e-mail',
      digestOff: 'turn off the daily summary',
      documents: 'create documents in Google Docs',
      readDoc: 'read a Google Doc',
      meetingForm: 'create the form «Отчёт о встрече» and record its answers',
      meetingMail: 'send mentors the links to the meeting report',
      yearDigest: 'turn the weekly summary of the pairs on or off',
    },
  },
};

const EN_R: Shape<typeof RU_R> = {
  // Captions, columns and values written on the «Отчёт» sheet, and the web app's answers to the extension, are
  // data: they stay Russian.
  ...RU_R,
  menu: {
    refresh: 'District report: refresh the sheet «Отчёт»',
    settings: 'District report: settings…',
    export: 'District report: export the package…',
    webKey: 'Access by link: show / renew the key',
  },
  fileName: (from, to) => `Mentoring report ${from}-${to}`,
  dialogTitle: 'District report',
  refreshed: (period, n) => `The sheet «Отчёт» is refreshed: ${n} indicators for the period «${period}».`,
  issues: (n) => `Rows skipped while reading the sheets: ${n}. The first of them:`,
  noOrganisation:
    'The organisation’s name is not set. Open «District report: settings…» and fill it in: without it no package can be made.',
  settingsFields: {
    'organisation.name': 'Organisation name',
    'organisation.district': 'District (municipality)',
    'organisation.region': 'Region',
    'organisation.inn': 'INN (taxpayer number)',
    'period.from': 'Period start',
    'period.to': 'Period end',
    'period.label': 'Period name',
    youngShareTarget: 'Target: share of young specialists in mentoring, %',
    coverageShareTarget: 'Target: share of teachers and pupils in mentoring, %',
    teachersTotal: 'Teachers in the school, total',
    pupilsTotal: 'Pupils in the school, total',
    youngTeachersTotal: 'Young teachers in the school, total',
    bestPractices: 'Best practices',
    curatorName: 'Curator’s full name',
    curatorPosition: 'Curator’s position',
    curatorEmail: 'Curator’s e-mail',
    curatorPhone: 'Curator’s phone',
    webIncludeLists: 'Include lists in the package by link',
  },
  fieldError: (label, message) => `«${label}»: ${message}`,
  notNumber: (text) => `«${text}» is not a number`,
  saved: 'Report settings saved.',
  webKey: {
    none: 'Access by link is not on yet. Create a key? The report package will be given at the web app’s address only to whoever has this key.',
    show: (token, url) =>
      `Access key: ${token}\n\n` +
      (url
        ? `Address for the extension: ${url}\n\n`
        : 'The web app is not deployed yet. Deploy it: «Extensions → Apps Script» → «Deploy → New deployment» → type «Web app», «Execute as: Me», «Who has access: Anyone» → «Deploy»; then open this window again and the address will be here.\n\n') +
      'Give the address and the key only to the education department’s specialist. Create a new key? The old one stops working at once.',
    renewed: (token) => `New key: ${token}\nThe old key no longer works.`,
    created: (token) => `Key created: ${token}`,
  },
};

/** Apps Script's Session (declared here too: unit tests import this module without Apps Script's types). */
declare const Session: { getActiveUserLocale(): string };

let lang: Lang | null = null;

/**
 * The user's language, read once per execution (each trigger, menu item and google.script.run call loads the
 * script afresh). Session needs no authorisation; if the host refuses anyway, Russian.
 */
export function addonLang(): Lang {
  if (lang === null) {
    try {
      lang = langOf(Session.getActiveUserLocale());
    } catch (_e) {
      lang = 'ru';
    }
  }
  return lang;
}

// The shared core's messages (bank remarks, pairing reasons, roadmap and report messages) follow the same
// language; code that writes data into the spreadsheet runs under withLang('ru').
useLang(addonLang);

export const S = localized(RU_S, EN_S);
export const R = localized(RU_R, EN_R);

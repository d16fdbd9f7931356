/** Every Russian string the playground's server and start script show (the page has its own in page/app.js). */
export const P = {
  build: {
    start: '▶ Сборка надстройки и расширения (npm run build)…',
    skipped: '▶ Сборка пропущена (--no-build): беру готовую apps-script/dist.',
    failed: (code: number | null) =>
      `✖ Сборка не удалась (код ${code ?? '?'}); площадка не запущена. Шаг и причина — строками выше.`,
    missing: (dir: string) =>
      `Нет собранной надстройки: ${dir}/Code.js. Запустите без --no-build (или сначала npm run build).`,
  },
  sample: {
    spreadsheetName: 'Наставничество — учебная школа «СОШ № 7» г. Заречный',
    loading: (today: string) => `▶ Загружаю учебную школу из sample/ на двойник Google (сегодня ${today})…`,
    loaded: (counts: string) => `  листы заполнены: ${counts}`,
    noSheet: (title: string) => `На двойнике нет листа «${title}» после «Настроить листы».`,
    noHeader: (file: string) => `В файле ${file} не найдена строка заголовков.`,
    settingsRefused: (why: string) => `Надстройка не приняла настройки отчёта учебной школы: ${why}`,
  },
  server: {
    ready: (url: string) =>
      `✔ Площадка работает: ${url}  — учебная школа уже загружена, настраивать ничего не нужно (остановить: Ctrl+C)`,
    opened: '  открываю её в браузере…',
    openYourself: (url: string) => `  откройте в браузере: ${url}`,
    portTaken: (port: number) =>
      `✖ Порт ${port} уже занят другой программой. Закройте её или выберите другой порт: npm start -- --port=${port + 1}`,
    cannotListen: (port: number, why: string) => `✖ Не удалось открыть порт ${port}: ${why}`,
    notFound: 'Не найдено',
    badRequest: (why: string) => `Неверный запрос: ${why}`,
    notMenuItem: (name: string) => `«${name}» — не пункт меню надстройки.`,
    noUi: (name: string) => `Нет собранного интерфейса «${name}» в apps-script/dist.`,
    noDialog: (id: string) => `Нет окна №${id}.`,
    badDays: (v: string) => `Число дней — целое от 1 до 366, а не «${v}».`,
    noDoGet: 'В собранной надстройке нет doGet: веб-приложение отчёта (выгрузка пакета) ещё не появилось.',
    doGetFailed: (why: string) => `doGet завершился с ошибкой: ${why}`,
  },
  google: {
    formNote:
      'Площадка: форма, которую надстройка построила в двойнике Google Форм, — так её видит отвечающий. Ответ уходит тем же триггером отправки формы, что в Google, и сразу разносится по листам.',
    editNote:
      'В Google по этой ссылке открывается редактор формы; на площадке форма показана так, как её видит отвечающий (без заполненных заранее ответов).',
    requiredLegend: '* Обязательный вопрос',
    send: 'Отправить',
    choose: 'Выбрать',
    notSent: 'Ответ не отправлен: исправьте отмеченные вопросы.',
    errRequired: 'Это обязательный вопрос.',
    errChoice: 'Выберите один из вариантов.',
    errScale: (lo: number, hi: number) => `Выберите значение от ${lo} до ${hi}.`,
    errInvalid: 'Ответ не подходит к этому вопросу.',
    unknownItem: 'Вопрос такого вида площадка пока не показывает: на него здесь не ответить.',
    recorded: 'Ответ записан.',
    another: 'Отправить ещё один ответ',
    closed: 'Форма больше не принимает ответы.',
    noFormTitle: 'Форма не найдена',
    noForm: 'Такой формы на площадке нет: её не создавала надстройка, или форма удалена.',
    noDocTitle: 'Документ не найден',
    noDoc:
      'Такого документа на площадке нет: открыть можно документы, которые создала надстройка (ссылки из учебных данных ведут на документы, которых здесь нет).',
    docDenied: 'Нет доступа к этому документу.',
    docNote:
      'Площадка: документ, который надстройка создала в двойнике Google Документов (только для чтения).',
    noMailTitle: 'Письмо не найдено',
    noMail: 'Такого письма надстройка не отправляла.',
    mailTo: (to: string) => `Кому: ${to}`,
    sendFailed: (why: string) => `Google Формы не приняли ответ: ${why}`,
    triggerFailed: (form: string, why: string) =>
      `Ответ на форму «${form}» записан, но триггер отправки формы завершился с ошибкой: ${why}`,
  },
  smoke: {
    start: '▶ Проверка площадки (--smoke)…',
    ok: (what: string) => `  ✔ ${what}`,
    failed: (what: string, why: string) => `✖ Проверка не прошла: ${what} — ${why}`,
    done: '✔ Площадка отвечает; выхожу (--smoke).',
  },
  args: {
    unknown: (a: string) =>
      `Неизвестный параметр «${a}». Доступны: --port=N, --today=ГГГГ-ММ-ДД, --no-build, --no-open, --smoke.`,
    badPort: (v: string) => `--port: «${v}» — не номер порта (0–65535).`,
    badToday: (v: string) => `--today: «${v}» — нужна дата ГГГГ-ММ-ДД.`,
  },
} as const;

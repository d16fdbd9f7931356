/** Every Russian string of the roadmap engine: statuses for the legend, reasons, import warnings. */

export const STATUS_CODES = [
  'done',
  'overdue',
  'due-soon',
  'in-progress',
  'upcoming',
  'recurring',
  'no-date',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const STATUS_LABELS: Record<StatusCode, string> = {
  done: 'Выполнено',
  overdue: 'Просрочено',
  'due-soon': 'Скоро срок',
  'in-progress': 'Выполняется',
  upcoming: 'Предстоит',
  recurring: 'Регулярно',
  'no-date': 'Без даты',
};

/** One line for each status in the add-on's legend. */
export const STATUS_DESCRIPTIONS: Record<StatusCode, string> = {
  done: 'мероприятие отмечено как выполненное',
  overdue: 'срок прошёл, а отметки о выполнении нет',
  'due-soon': 'до окончания срока осталось меньше заданного числа дней',
  'in-progress': 'срок уже начался и ещё не закончился',
  upcoming: 'срок ещё не начался',
  recurring: 'повторяется; показана ближайшая дата',
  'no-date': 'срок не указан, зависит от другого мероприятия или не распознан',
};

/** How the import preview reads a deadline back to the curator: short, in the curator's words. */
export const READINGS = {
  months: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  by: (date: string) => `до ${date}`,
  span: (from: string, to: string) => `${from} – ${to}`,
  period: (from: string, to: string) => `в течение года: ${from} – ${to}`,
  monthly: 'ежемесячно',
  monthlyBy: (day: number) => `ежемесячно, до ${day} числа`,
  quarterly: 'ежеквартально',
  yearly: (months: string) => `ежегодно: ${months}`,
  after: (event: string) => `после «${event}»`,
  empty: 'не указан',
  unread: 'не распознан',
} as const;

export const REASONS = {
  empty: 'срок не указан',
  noColumn: 'в документе нет столбца «Сроки»',
  unrecognized: (raw: string) => `срок «${raw}» не распознан — укажите дату, месяц или период`,
  noYear: (raw: string) =>
    `в сроке «${raw}» нет года, а период документа (учебный или календарный год) неизвестен`,
  noPeriod: (raw: string) => `срок «${raw}» относится ко всему периоду, а период документа неизвестен`,
  badDate: (text: string) => `даты «${text}» нет в календаре`,
  endBeforeStart: (raw: string) => `в сроке «${raw}» конец раньше начала`,
  severalDates: (raw: string) =>
    `в сроке «${raw}» несколько отдельных дат — разделите мероприятие на строки по одной дате`,
  severalMonths: (raw: string) =>
    `в сроке «${raw}» несколько отдельных месяцев — разделите мероприятие на строки или добавьте «ежегодно»`,
  weekly: (raw: string) => `срок «${raw}» повторяется чаще раза в месяц — такие сроки не отслеживаются`,
  external: (raw: string) => `срок «${raw}» задан другим документом или планом — укажите дату`,
  asNeeded: (raw: string) => `срок «${raw}» — по необходимости, без даты`,
  tooLong: (length: number) =>
    `в ячейке «Сроки» ${length} знаков — это не срок; укажите дату, месяц или период`,
  relative: (event: string) =>
    `срок отсчитывается от события «${event}» — даты появятся, когда связанное мероприятие будет отмечено выполненным с датой`,
  relativeNoEvent: (event: string) =>
    `срок отсчитывается от события «${event}», но мероприятия с таким названием в дорожной карте нет — укажите дату`,
  relativeWaiting: (activity: string) =>
    `срок отсчитывается от мероприятия «${activity}» — даты появятся, когда оно будет отмечено выполненным с датой`,
  relativeOpen: (event: string) =>
    `срок начинается после события «${event}», но его длительность не указана — укажите, например, «в течение месяца после…»`,
} as const;

export const WARNINGS = {
  empty: 'Документ пуст: нет ни одной строки текста.',
  binary:
    'Это не текст: похоже на файл Word или PDF, открытый как текст. Сохраните документ как текст или скопируйте таблицу.',
  noItems: 'В документе не найдено ни одного мероприятия.',
  noPeriod:
    'В заголовке не найден период («на 2023-2024 учебный год» или «на 2023 год»): месяцы без года не получат дат.',
  noHeader:
    'Не найдена строка заголовков таблицы (№, Наименование этапа / Мероприятия, Сроки…): столбцы определены по порядку.',
  noDeadlineColumn: 'В таблице нет столбца «Сроки»: у мероприятий не будет дат, их можно указать вручную.',
  noStructure:
    'Не удалось найти этапы: ни одна строка не начинается с номера этапа, и нет табуляции между столбцами.',
  orphanContinuation: (row: number, text: string) =>
    `Строка ${row}: продолжение «${short(text)}» не к чему присоединить — добавлено как отдельное мероприятие.`,
  numberingGap: (row: number, expected: string, got: string) =>
    `Строка ${row}: после этапа ${expected} идёт этап ${got} — проверьте, не потерян ли этап.`,
  extraCells: (row: number, text: string) =>
    `Строка ${row}: лишние ячейки справа («${short(text)}») добавлены к последнему столбцу.`,
  unreadDeadline: (row: number, reason: string) => `Строка ${row}: ${reason}.`,
  noActivity: (row: number) => `Строка ${row}: нет текста мероприятия — строка пропущена.`,
  stageNotSplit: (row: number) =>
    `Строка ${row}: название этапа не отделено от содержания — проверьте столбцы «Этап» и «Мероприятие».`,
  tooManyRows: (limit: number) => `Документ длиннее ${limit} строк: прочитаны первые ${limit}.`,
  pdfUnreadable: 'Файл PDF не удалось открыть: он повреждён или защищён паролем.',
  pdfNoText: 'В PDF нет текста — похоже, это скан. Нужен PDF, сохранённый из Word, или сам файл Word.',
  pdfNoTable: 'В PDF не найдена таблица дорожной карты.',
} as const;

/** Why a file could not be read at all: each names the file and what was expected instead. */
export const FILE_ERRORS = {
  unknown: (name: string) =>
    `Файл «${name}» не удалось прочитать: ожидается дорожная карта в файле Word (.docx), PDF (.pdf), Excel (.xlsx), OpenDocument (.ods) или текстовом (.txt, .csv).`,
  brokenZip: (name: string) =>
    `Файл «${name}» повреждён или это не документ Word (.docx) и не таблица Excel (.xlsx) / OpenDocument (.ods): откройте его и сохраните заново.`,
  otherZip: (name: string) =>
    `В архиве «${name}» нет документа Word (.docx) или таблицы Excel (.xlsx) / OpenDocument (.ods): ожидается один из этих файлов.`,
  oldWord: (name: string) =>
    `Файл «${name}» — в старом формате Word (.doc): откройте его в Word или LibreOffice и сохраните как .docx.`,
  oldExcel: (name: string) =>
    `Файл «${name}» — в старом формате Excel (.xls): откройте его в Excel или LibreOffice и сохраните как .xlsx.`,
  rtf: (name: string) =>
    `Файл «${name}» — в формате RTF: откройте его в Word или LibreOffice и сохраните как .docx.`,
  odt: (name: string) =>
    `Файл «${name}» — текстовый документ OpenDocument (.odt): сохраните его как .docx (Word) и выберите снова.`,
} as const;

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Every string of the roadmap engine: statuses (written into the sheet: data, Russian only), and the messages of
 * an import — readings, reasons, warnings, file errors — in Russian and English (the surface's language chooses).
 */
import { localized, type Shape } from '../text/locale';

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
const RU_READINGS = {
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

const RU_REASONS = {
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

const RU_WARNINGS = {
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
const RU_FILE_ERRORS = {
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

const EN_READINGS: Shape<typeof RU_READINGS> = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  by: (date) => `by ${date}`,
  span: (from, to) => `${from} – ${to}`,
  period: (from, to) => `during the year: ${from} – ${to}`,
  monthly: 'monthly',
  monthlyBy: (day) => `monthly, by day ${day}`,
  quarterly: 'quarterly',
  yearly: (months) => `yearly: ${months}`,
  after: (event) => `after «${event}»`,
  empty: 'not given',
  unread: 'not recognised',
};

const EN_REASONS: Shape<typeof RU_REASONS> = {
  empty: 'no deadline given',
  noColumn: 'the document has no column «Сроки» (deadlines)',
  unrecognized: (raw) => `the deadline «${raw}» is not recognised — give a date, a month or a period`,
  noYear: (raw) =>
    `the deadline «${raw}» has no year, and the document’s period (school or calendar year) is unknown`,
  noPeriod: (raw) => `the deadline «${raw}» covers the whole period, and the document’s period is unknown`,
  badDate: (text) => `the date «${text}» is not in the calendar`,
  endBeforeStart: (raw) => `in the deadline «${raw}» the end comes before the start`,
  severalDates: (raw) =>
    `the deadline «${raw}» has several separate dates — split the activity into rows, one date each`,
  severalMonths: (raw) =>
    `the deadline «${raw}» has several separate months — split the activity into rows or add «ежегодно» (yearly)`,
  weekly: (raw) => `the deadline «${raw}» repeats more often than monthly — such deadlines are not tracked`,
  external: (raw) => `the deadline «${raw}» is set by another document or plan — give a date`,
  asNeeded: (raw) => `the deadline «${raw}» is «as needed», without a date`,
  tooLong: (length) =>
    `the cell «Сроки» holds ${length} characters — that is not a deadline; give a date, a month or a period`,
  relative: (event) =>
    `the deadline counts from the event «${event}» — dates appear once the linked activity is marked done with a date`,
  relativeNoEvent: (event) =>
    `the deadline counts from the event «${event}», but the roadmap has no activity with that name — give a date`,
  relativeWaiting: (activity) =>
    `the deadline counts from the activity «${activity}» — dates appear once it is marked done with a date`,
  relativeOpen: (event) =>
    `the deadline starts after the event «${event}», but its length is not given — write, for example, «в течение месяца после…» (within a month after…)`,
};

const EN_WARNINGS: Shape<typeof RU_WARNINGS> = {
  empty: 'The document is empty: not a single line of text.',
  binary:
    'This is not text: it looks like a Word or PDF file opened as text. Save the document as text or copy the table.',
  noItems: 'No roadmap activity found in the document.',
  noPeriod:
    'No period found in the title («на 2023-2024 учебный год» or «на 2023 год»): months without a year will get no dates.',
  noHeader:
    'No header row of the table found (№, stage / activity, deadlines…): the columns are taken in order.',
  noDeadlineColumn:
    'The table has no column «Сроки» (deadlines): the activities get no dates; they can be given by hand.',
  noStructure: 'No stages found: no line starts with a stage number, and there are no tabs between columns.',
  orphanContinuation: (row, text) =>
    `Line ${row}: the continuation «${short(text)}» has nothing to join — added as a separate activity.`,
  numberingGap: (row, expected, got) =>
    `Line ${row}: stage ${got} comes after stage ${expected} — check that no stage is lost.`,
  extraCells: (row, text) =>
    `Line ${row}: extra cells on the right («${short(text)}») are added to the last column.`,
  unreadDeadline: (row, reason) => `Line ${row}: ${reason}.`,
  noActivity: (row) => `Line ${row}: no activity text — the line is skipped.`,
  stageNotSplit: (row) =>
    `Line ${row}: the stage’s name is not separated from its content — check the columns «Этап» and «Мероприятие».`,
  tooManyRows: (limit) => `The document is longer than ${limit} lines: the first ${limit} are read.`,
  pdfUnreadable: 'The PDF file could not be opened: it is damaged or protected by a password.',
  pdfNoText:
    'The PDF has no text — it looks like a scan. A PDF saved from Word, or the Word file itself, is needed.',
  pdfNoTable: 'No roadmap table found in the PDF.',
};

const EN_FILE_ERRORS: Shape<typeof RU_FILE_ERRORS> = {
  unknown: (name) =>
    `The file «${name}» could not be read: a roadmap in a Word (.docx), PDF (.pdf), Excel (.xlsx), OpenDocument (.ods) or text (.txt, .csv) file is expected.`,
  brokenZip: (name) =>
    `The file «${name}» is damaged, or it is neither a Word document (.docx) nor an Excel (.xlsx) / OpenDocument (.ods) spreadsheet: open it and save it again.`,
  otherZip: (name) =>
    `The archive «${name}» holds no Word document (.docx) or Excel (.xlsx) / OpenDocument (.ods) spreadsheet: one of these files is expected.`,
  oldWord: (name) =>
    `The file «${name}» is in the old Word format (.doc): open it in Word or LibreOffice and save it as .docx.`,
  oldExcel: (name) =>
    `The file «${name}» is in the old Excel format (.xls): open it in Excel or LibreOffice and save it as .xlsx.`,
  rtf: (name) => `The file «${name}» is in RTF: open it in Word or LibreOffice and save it as .docx.`,
  odt: (name) =>
    `The file «${name}» is an OpenDocument text (.odt): save it as .docx (Word) and choose it again.`,
};

/** How the import preview reads a deadline back to the curator: short, in the curator's words. */
export const READINGS = localized(RU_READINGS, EN_READINGS);
export const REASONS = localized(RU_REASONS, EN_REASONS);
export const WARNINGS = localized(RU_WARNINGS, EN_WARNINGS);
/** Why a file could not be read at all: each names the file and what was expected instead. */
export const FILE_ERRORS = localized(RU_FILE_ERRORS, EN_FILE_ERRORS);

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

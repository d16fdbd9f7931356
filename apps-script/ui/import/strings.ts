/** Text of the roadmap import dialog. */
import { pick } from '../shared/lang';

const RU = {
  loading: 'Проверяю лист «Дорожная карта»…',
  hint: 'Выберите файл дорожной карты — Word (.docx), PDF (.pdf), Excel (.xlsx) или OpenDocument (.ods) — или вставьте таблицу, скопированную из документа. Файл читается здесь, в окне: в таблицу ничего не запишется, пока вы не посмотрите, что найдено, и не выберете, что сделать.',
  fileLabel: 'Файл дорожной карты',
  accept: '.docx,.pdf,.xlsx,.ods,.txt,.csv',
  or: 'или',
  label:
    'Таблица дорожной карты (вставьте из Word или Google Документа со строкой заголовков «№», «Этап», «Мероприятие», «Сроки», «Ответственные»)',
  placeholder: '№\tНаименование этапа\tСодержание деятельности\tСроки\tОтветственные',
  showPasted: 'Показать, что найдено',
  reading: (name: string) => `Читаю «${name}»…`,
  empty: 'Вставьте таблицу: поле пустое.',
  unreadableFile: (name: string) => `Файл «${name}» не удалось прочитать в браузере. Выберите его снова.`,
  existing: (n: number) =>
    n > 0 ? `На листе «Дорожная карта» сейчас мероприятий: ${n}.` : 'Лист «Дорожная карта» пока пуст.',
  canUndo: (stamp: string) =>
    `Есть сохранённая версия дорожной карты (до замены ${stamp}): её возвращает «Наставничество → Отменить замену дорожной карты».`,
  // Preview
  previewTitle: 'Что найдено',
  from: (name: string) => `Источник: ${name}`,
  pasted: 'вставленная таблица',
  docTitle: 'Заголовок',
  organisation: 'Организация',
  period: 'Период',
  noPeriod: 'не найден',
  found: (n: number, unread: number) =>
    `Мероприятий: ${n}.` +
    (unread > 0 ? ` Сроков не распознано: ${unread} (выделены; на листе будут «Без даты»).` : ''),
  warnings: (n: number) => `Замечания (${n})`,
  columns: {
    stage: 'Этап',
    activity: 'Мероприятие',
    deadline: 'Срок в документе',
    reading: 'Прочитан как',
    responsible: 'Ответственные',
  },
  replace: 'Заменить дорожную карту',
  replaceHint: (n: number) =>
    `Заменить: ${n} мероприятий на листе уберутся, а весь лист в нынешнем виде (с вашими столбцами и заметками) сохранится на скрытом листе; вернуть его — «Наставничество → Отменить замену дорожной карты».`,
  append: 'Добавить ниже',
  appendHint: 'Добавить ниже: нынешние строки останутся, новые встанут под ними.',
  write: 'Записать в дорожную карту',
  cancel: 'Отмена',
  writing: 'Записываю…',
  close: 'Закрыть',
  failed: 'Не удалось связаться с таблицей. Проверьте подключение и повторите.',
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const T = pick(RU, {
  loading: 'Checking the sheet «Дорожная карта»…',
  hint: 'Choose a roadmap file (Word .docx, PDF .pdf, Excel .xlsx or OpenDocument .ods) or paste a table copied from a document. The file is read here, in the window: nothing is written to the spreadsheet until you have seen what was found and chosen what to do.',
  fileLabel: 'Roadmap file',
  accept: RU.accept,
  or: 'or',
  label:
    'Roadmap table (paste from Word or a Google Doc, with the header row «№», «Этап», «Мероприятие», «Сроки», «Ответственные»)',
  placeholder: RU.placeholder,
  showPasted: 'Show what was found',
  reading: (name) => `Reading «${name}»…`,
  empty: 'Paste a table: the field is empty.',
  unreadableFile: (name) => `The file «${name}» could not be read in the browser. Choose it again.`,
  existing: (n) =>
    n > 0
      ? `The sheet «Дорожная карта» now has ${n} activities.`
      : 'The sheet «Дорожная карта» is empty so far.',
  canUndo: (stamp) =>
    `A saved version of the roadmap exists (before the replacement of ${stamp}): «Mentoring → Undo the roadmap replacement» brings it back.`,
  previewTitle: 'What was found',
  from: (name) => `Source: ${name}`,
  pasted: 'pasted table',
  docTitle: 'Title',
  organisation: 'Organisation',
  period: 'Period',
  noPeriod: 'not found',
  found: (n, unread) =>
    `Activities: ${n}.` +
    (unread > 0
      ? ` Deadlines not recognised: ${unread} (highlighted; on the sheet they will be «Без даты»).`
      : ''),
  warnings: (n) => `Remarks (${n})`,
  columns: {
    stage: 'Stage',
    activity: 'Activity',
    deadline: 'Deadline in the document',
    reading: 'Read as',
    responsible: 'Responsible',
  },
  replace: 'Replace the roadmap',
  replaceHint: (n) =>
    `Replace: the ${n} activities on the sheet go, and the whole sheet as it is now (with your columns and notes) is kept on a hidden sheet; to bring it back: «Mentoring → Undo the roadmap replacement».`,
  append: 'Add below',
  appendHint: 'Add below: the current rows stay, the new ones go under them.',
  write: 'Write to the roadmap',
  cancel: 'Cancel',
  writing: 'Writing…',
  close: 'Close',
  failed: 'Could not reach the spreadsheet. Check the connection and try again.',
});

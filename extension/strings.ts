// Every user-visible string of the extension, Russian (default) and English; the browser's language chooses.
import { useLang } from '../shared/text/locale';
import type { TabProblem } from './tab/access';

export const ru = {
  appName: 'Наставничество: автозаполнение',
  popup: {
    noPackages: 'Пакетов отчёта пока нет. Загрузите пакет на странице настроек.',
    openOptions: 'Настройки и загрузка пакетов',
    package: 'Пакет отчёта',
    preview: 'Просмотр',
    fill: 'Заполнить',
    undo: 'Отменить',
    clear: 'Убрать подсветку',
    overwrite: 'Перезаписывать то, что уже введено',
    prefilledLink: 'Ссылка с заполненными ответами',
    copyLink: 'Скопировать ссылку',
    fieldsTitle: 'Поля на странице',
    missingTitle: 'Показатели, которых нет на странице',
    noFields: 'На странице не найдено полей для заполнения.',
    ignore: '— не заполнять —',
    filled: (n: number) => `Заполнено полей: ${n}. Проверьте значения и отправьте форму сами.`,
    undone: (n: number) => `Возвращено полей: ${n}.`,
    previewDone: (fill: number, total: number) => `Будет заполнено ${fill} из ${total} найденных полей.`,
    failed: (n: number) => `Не удалось заполнить полей: ${n}.`,
    noTab: 'Не удалось открыть текущую вкладку. Откройте форму портала и нажмите кнопку расширения ещё раз.',
    problem: {
      'no-access':
        'У расширения пока нет доступа к этой вкладке. Откройте на ней форму портала и нажмите кнопку расширения на панели браузера (или Alt+Shift+N): доступ к вкладке даёт именно это нажатие.',
      'browser-page':
        'Это служебная страница браузера (настройки, новая вкладка, просмотр PDF, страница ошибки) — на ней расширения не работают. Откройте в этой вкладке форму портала и нажмите кнопку расширения ещё раз.',
      'store-page':
        'Страницы магазинов расширений закрыты для всех расширений. Откройте форму портала в другой вкладке.',
      file: 'Это файл с диска. Чтобы расширение работало с такими файлами, включите «Разрешить доступ к URL файлов» в карточке расширения на странице расширений браузера — или откройте форму на сайте портала.',
      'page-failed':
        'Страница не ответила расширению — возможно, она ещё загружается. Дождитесь загрузки, обновите страницу (F5) и нажмите кнопку ещё раз.',
    } as Record<TabProblem, string>,
    badge: (n: number) => `Полей, которые можно заполнить: ${n}`,
    mappingSaved: 'Исправление запомнено для этого сайта.',
    likely: 'Возможно, это:',
    allIndicators: 'Все показатели',
    confidence: (pct: number) => `уверенность ${pct} %`,
    choseOn: (site: string) => `вы выбирали это на ${site}`,
  },
  reasons: {
    'saved-mapping': 'запомненное исправление',
    'exact-label': 'совпадает название',
    synonym: 'совпадает формулировка',
    'similar-words': 'похожие слова',
    'no-match': 'нет подходящего показателя',
    ask: 'не уверено — выберите показатель',
    'ignored-by-person': 'отключено вами',
    'no-value': 'в пакете нет значения',
    hidden: 'поле скрыто',
    disabled: 'поле недоступно',
    'read-only': 'поле только для чтения',
    'already-filled': 'уже заполнено вами',
    'same-value': 'уже стоит это значение',
    'no-option': 'нет подходящего варианта ответа',
  } as Record<string, string>,
  options: {
    title: 'Настройки расширения «Наставничество»',
    packages: 'Сохранённые пакеты отчёта',
    noPackages: 'Пакетов пока нет.',
    remove: 'Удалить',
    importTitle: 'Загрузить пакет',
    importFile: 'Файл пакета (JSON или CSV)',
    importPaste: 'Или вставьте текст пакета',
    importPasteButton: 'Загрузить из текста',
    importUrl: 'Или адрес веб-приложения надстройки',
    importToken: 'Ключ доступа',
    importUrlButton: 'Загрузить по адресу',
    imported: (name: string, period: string) => `Пакет загружен: ${name}, ${period}.`,
    mappings: 'Запомненные исправления по сайтам',
    noMappings: 'Исправлений пока нет.',
    settings: 'Настройки расширения',
    exportSettings: 'Выгрузить настройки',
    importSettings: 'Загрузить настройки из файла',
    settingsImported: 'Настройки загружены.',
    exportNote:
      'Ключ доступа к веб-приложению надстройки в этот файл не записан: после загрузки настроек в другом браузере введите ключ заново.',
    warnings: 'Обратите внимание:',
    confirmTitle: 'Загрузить настройки из файла?',
    confirmPackages: (inFile: number, added: number, updated: number, kept: number) =>
      `Пакетов в файле: ${inFile}. Будет добавлено новых: ${added}, обновлено более свежими из файла: ${updated}. Сохранённые пакеты остаются: ${kept}.`,
    confirmReplacePackages: (inFile: number, removed: number) =>
      `Сохранённые пакеты будут заменены пакетами из файла (${inFile}); удалено будет: ${removed}.`,
    confirmMappings: (sites: number, removed: number) =>
      removed > 0
        ? `Исправления по сайтам: из файла — ${sites}, удалено будет — ${removed}.`
        : `Исправления по сайтам из файла: ${sites} (ваши исправления остаются).`,
    confirmSyncUrl: (from: string, to: string) =>
      from
        ? `Адрес веб-приложения «${from}» будет заменён на «${to}».`
        : `Будет записан адрес веб-приложения «${to}».`,
    confirmSyncUrlSame: 'Адрес веб-приложения не меняется.',
    confirmKey: 'Ключ доступа не меняется: в файлах настроек его нет.',
    confirmReplace: (n: number) =>
      `Удалить сохранённые пакеты и исправления, которых нет в файле (пакетов: ${n})`,
    confirmApply: 'Загрузить',
    confirmCancel: 'Отмена',
    settingsCancelled: 'Загрузка настроек отменена, ничего не изменилось.',
    settingsDone: (added: number, updated: number, removed: number) =>
      `Настройки загружены: пакетов добавлено — ${added}, обновлено — ${updated}, удалено — ${removed}.`,
    school: 'Школа',
    district: 'Район (сумма школ)',
    generated: 'сформирован',
  },
  merge: {
    title: 'Районный пакет',
    hint: 'Отметьте пакеты школ за один период и нажмите «Сложить в районный пакет». Районный пакет сохранится вместе с остальными.',
    select: 'Сложить',
    districtName: 'Название района',
    expected: 'Ожидаемые школы (по одной в строке, можно ИНН) — чтобы увидеть, кто не прислал пакет',
    button: 'Сложить в районный пакет',
    noneSelected: 'Отметьте хотя бы один пакет школы.',
    defaultDistrict: 'Район',
    done: (name: string, n: number) => `Районный пакет «${name}» сохранён: сложено школ — ${n}.`,
    included: (n: number, names: readonly string[]) =>
      n === 0 ? 'Ни одна школа не сложена.' : `Сложено школ: ${n} (${names.join('; ')}).`,
    districtSkipped: (n: number) => `Пакеты района не складываются: пропущено ${n}.`,
    missing: (n: number) => `Не прислали пакет (${n}):`,
    duplicates: (n: number) => `Повторы (${n}), взят более поздний:`,
    excluded: (n: number) => `Не учтены (${n}):`,
    inconsistent: (n: number) => `Противоречия в пакетах (${n}) — стоит уточнить у школы:`,
    notes: (n: number) => `Заметки (${n}):`,
  },
  errors: {
    notJson: 'Текст не похож на JSON пакета отчёта: проверьте, что скопирован весь файл.',
    empty: 'Пустой файл или текст.',
    field: (path: string, message: string) => `Поле «${path}»: ${message}`,
    network:
      'Не удалось связаться с веб-приложением по этому адресу. Проверьте адрес (его показывает окно отчёта надстройки) и подключение к интернету, затем нажмите кнопку ещё раз.',
    httpStatus: (status: number) =>
      status === 404
        ? 'По этому адресу веб-приложения нет (ответ 404). Проверьте адрес: его показывает окно отчёта надстройки.'
        : status === 401 || status === 403
          ? `Веб-приложение не пускает (ответ ${status}). Проверьте ключ доступа и что веб-приложение развёрнуто с доступом «Все».`
          : `Веб-приложение ответило ошибкой (код ${status}). Повторите через несколько минут; если не пройдёт — выгрузите пакет файлом в надстройке.`,
    badUrl:
      'Адрес должен начинаться с https:// — скопируйте его из окна отчёта надстройки (для проверки на своём компьютере подходит и http://127.0.0.1).',
    permission:
      'Без разрешения на доступ к этому адресу загрузить пакет нельзя. Нажмите кнопку ещё раз и разрешите доступ в окне браузера — или выгрузите пакет файлом в надстройке.',
    permissionFailed:
      'Браузер не дал запросить доступ к этому адресу. Проверьте, что адрес начинается с https://, и нажмите кнопку ещё раз — или выгрузите пакет файлом в надстройке.',
    refused: (reason: string) => `Веб-приложение надстройки отказало: ${reason}. Проверьте ключ доступа.`,
    settingsFile: 'Файл настроек не подходит, ничего не изменилось',
    settingsTooLarge: 'файл больше 50 МБ — это не файл настроек расширения',
  },
};

export type Strings = typeof ru;

export const en: Strings = {
  appName: 'Mentoring: autofill',
  popup: {
    noPackages: 'No report packages yet. Import one on the options page.',
    openOptions: 'Options and package import',
    package: 'Report package',
    preview: 'Preview',
    fill: 'Fill',
    undo: 'Undo',
    clear: 'Clear highlights',
    overwrite: 'Overwrite what is already typed',
    prefilledLink: 'Pre-filled link',
    copyLink: 'Copy link',
    fieldsTitle: 'Fields on the page',
    missingTitle: 'Indicators not on the page',
    noFields: 'No fields to fill were found on the page.',
    ignore: '— do not fill —',
    filled: (n) => `Filled ${n} fields. Check the values and submit the form yourself.`,
    undone: (n) => `Restored ${n} fields.`,
    previewDone: (fill, total) => `${fill} of ${total} fields found will be filled.`,
    failed: (n) => `Could not fill ${n} fields.`,
    noTab: 'Could not reach the current tab. Open the portal form and click the extension button again.',
    problem: {
      'no-access':
        'The extension has no access to this tab yet. Open the portal form in it and click the extension button in the toolbar (or Alt+Shift+N): that click is what gives access to the tab.',
      'browser-page':
        "This is one of the browser's own pages (settings, new tab, PDF viewer, error page); extensions do not work there. Open the portal form in this tab and click the extension button again.",
      'store-page':
        'Extension store pages are closed to all extensions. Open the portal form in another tab.',
      file: "This is a file from the disk. To let the extension work with such files, turn on “Allow access to file URLs” on the extension's card in the browser's extensions page — or open the form on the portal's site.",
      'page-failed':
        'The page did not answer the extension; it may still be loading. Wait for it, reload it (F5) and click the button again.',
    },
    badge: (n) => `Fields that can be filled: ${n}`,
    mappingSaved: 'Correction remembered for this site.',
    likely: 'Perhaps:',
    allIndicators: 'All indicators',
    confidence: (pct: number) => `confidence ${pct} %`,
    choseOn: (site: string) => `you chose this on ${site}`,
  },
  reasons: {
    'saved-mapping': 'remembered correction',
    'exact-label': 'label matches',
    synonym: 'wording matches',
    'similar-words': 'similar words',
    'no-match': 'no matching indicator',
    ask: 'not sure — choose the indicator',
    'ignored-by-person': 'switched off by you',
    'no-value': 'no value in the package',
    hidden: 'field hidden',
    disabled: 'field disabled',
    'read-only': 'field read-only',
    'already-filled': 'already typed by you',
    'same-value': 'already has this value',
    'no-option': 'no matching answer option',
  },
  options: {
    title: 'Mentoring extension options',
    packages: 'Stored report packages',
    noPackages: 'No packages yet.',
    remove: 'Remove',
    importTitle: 'Import a package',
    importFile: 'Package file (JSON or CSV)',
    importPaste: 'Or paste the package text',
    importPasteButton: 'Import text',
    importUrl: "Or the add-on's web-app URL",
    importToken: 'Access token',
    importUrlButton: 'Import from URL',
    imported: (name, period) => `Package imported: ${name}, ${period}.`,
    mappings: 'Remembered corrections per site',
    noMappings: 'No corrections yet.',
    settings: 'Extension settings',
    exportSettings: 'Export settings',
    importSettings: 'Import settings from file',
    settingsImported: 'Settings imported.',
    exportNote:
      "The add-on web app's access token is not in this file: after importing the settings in another browser, enter the token again.",
    warnings: 'Please note:',
    confirmTitle: 'Import settings from the file?',
    confirmPackages: (inFile, added, updated, kept) =>
      `Packages in the file: ${inFile}. New: ${added}, updated by newer ones from the file: ${updated}. Stored packages kept: ${kept}.`,
    confirmReplacePackages: (inFile, removed) =>
      `Stored packages will be replaced by the file's (${inFile}); ${removed} will be deleted.`,
    confirmMappings: (sites, removed) =>
      removed > 0
        ? `Site corrections: ${sites} from the file, ${removed} will be deleted.`
        : `Site corrections from the file: ${sites} (yours are kept).`,
    confirmSyncUrl: (from, to) =>
      from
        ? `The web-app URL “${from}” will be replaced by “${to}”.`
        : `The web-app URL “${to}” will be set.`,
    confirmSyncUrlSame: 'The web-app URL does not change.',
    confirmKey: 'The access token does not change: settings files do not hold it.',
    confirmReplace: (n) => `Delete stored packages and corrections that are not in the file (${n} packages)`,
    confirmApply: 'Import',
    confirmCancel: 'Cancel',
    settingsCancelled: 'Settings import cancelled; nothing changed.',
    settingsDone: (added, updated, removed) =>
      `Settings imported: ${added} packages added, ${updated} updated, ${removed} deleted.`,
    school: 'School',
    district: 'District (sum of schools)',
    generated: 'generated',
  },
  merge: {
    title: 'District package',
    hint: 'Tick school packages of one period and press “Sum into a district package”. It is stored with the others.',
    select: 'Sum',
    districtName: 'District name',
    expected: 'Expected schools (one per line, INN allowed) — to see who did not send a package',
    button: 'Sum into a district package',
    noneSelected: 'Tick at least one school package.',
    defaultDistrict: 'District',
    done: (name, n) => `District package “${name}” stored: ${n} schools summed.`,
    included: (n, names) =>
      n === 0 ? 'No school was summed.' : `Schools summed: ${n} (${names.join('; ')}).`,
    districtSkipped: (n) => `District packages are not summed: ${n} skipped.`,
    missing: (n) => `No package from (${n}):`,
    duplicates: (n) => `Duplicates (${n}), the later one is used:`,
    excluded: (n) => `Not summed (${n}):`,
    inconsistent: (n) => `Inconsistent packages (${n}) — check with the school:`,
    notes: (n) => `Notes (${n}):`,
  },
  errors: {
    notJson: 'The text is not report-package JSON: check that the whole file was copied.',
    empty: 'Empty file or text.',
    field: (path, message) => `Field “${path}”: ${message}`,
    network:
      "Could not reach the web app at this address. Check the address (the add-on's report window shows it) and the internet connection, then press the button again.",
    httpStatus: (status) =>
      status === 404
        ? "There is no web app at this address (answer 404). Check the address: the add-on's report window shows it."
        : status === 401 || status === 403
          ? `The web app refuses (answer ${status}). Check the access token and that the web app is deployed with access for “Anyone”.`
          : `The web app answered with an error (code ${status}). Try again in a few minutes; if it still fails, export the package as a file in the add-on.`,
    badUrl:
      "The address must start with https:// — copy it from the add-on's report window (http://127.0.0.1 also works for a test on your own computer).",
    permission:
      'Without access to this address the package cannot be fetched. Press the button again and allow access in the browser’s prompt — or export the package as a file in the add-on.',
    permissionFailed:
      'The browser did not let the extension ask for access to this address. Check that it starts with https:// and press the button again — or export the package as a file in the add-on.',
    refused: (reason) => `The add-on's web app refused: ${reason}. Check the access token.`,
    settingsFile: 'The settings file does not fit; nothing changed',
    settingsTooLarge: 'the file is over 50 MB — not an extension settings file',
  },
};

/**
 * The browser's interface language, as the manifest's `_locales` see it (`i18n.getUILanguage()`); 'ru' where
 * there is no extension API (tests in Node, shared code).
 */
export function uiLanguage(): string {
  const api = globalThis as unknown as {
    browser?: { i18n?: { getUILanguage?: () => string } };
    chrome?: { i18n?: { getUILanguage?: () => string } };
  };
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n?.getUILanguage?.() ?? 'ru';
}

/** English when the language is English, Russian otherwise (the default, as `default_locale` in the manifest). */
export function strings(lang = uiLanguage()): Strings {
  return lang.toLowerCase().startsWith('en') ? en : ru;
}

/** Gives an extension page the interface language and a title in it (screen readers read both). */
export function localizePage(doc: Document, title: (t: Strings) => string, lang = uiLanguage()): Strings {
  const t = strings(lang);
  doc.documentElement.lang = t === en ? 'en' : 'ru';
  doc.title = title(t);
  // The page's language is the one its shared messages (import errors) are in.
  useLang(t === en ? 'en' : 'ru');
  return t;
}

// The shared core's messages (a package that does not read, a CSV row) follow the browser's language too.
useLang(() => (strings() === en ? 'en' : 'ru'));

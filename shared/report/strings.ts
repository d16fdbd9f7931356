/**
 * Every user-visible message of shared/report, Russian and English (the surface's language chooses). The CSV
 * package's words (its headers, field names, kinds, units, да/нет) are data and stay Russian in both.
 */
import { localized, type Shape } from '../text/locale';

const RU = {
  notJson: (detail: string) => `не удалось прочитать JSON: ${detail}`,
  notObject: 'пакет отчёта должен быть объектом JSON',
  noVersion: 'поле schemaVersion: не указана версия формата',
  badVersion: (got: unknown, expected: string) =>
    `версия формата ${String(got)} не поддерживается: ожидается версия ${expected}`,
  field: (path: string, message: string) => `поле ${path}: ${message}`,
  wrongUnit: (key: string, expected: string, got: string) =>
    `для показателя ${key} ожидается единица «${expected}», указана «${got}»`,
  notCount: (max: string, got: string) => `ожидается целое число от 0 до ${max} или пусто, указано ${got}`,
  notPercent: (got: string) => `ожидается доля от 0 до 100 % или пусто, указано ${got}`,
  unknownKey: (key: string) =>
    `показатель ${key} неизвестен — пропущен (пакет, возможно, сформирован более новой версией надстройки: обновите расширение)`,
  tooLarge: (size: string, max: string) =>
    `файл слишком большой: ${size}, допускается не больше ${max}. Пакет отчёта школы весит десятки килобайт, района — сотни: проверьте, что выбран пакет из надстройки «Наставничество»`,
  notScore: (got: string) => `ожидается средний балл от 1 до 5 или пусто, указано ${got}`,
  notDate: (got: string) => `ожидается дата в виде ГГГГ-ММ-ДД или пусто, указано ${got}`,
  notBoolean: 'ожидается да/нет (true/false) или пусто',
  notText: 'ожидается текст или пусто',
  duplicateKey: (key: string) => `показатель ${key} повторяется`,
  packageNo: (n: number) => `пакет №${n}`,
  invalidPackage: (n: number, message: string) => `пакет №${n}: ${message}`,
  // The portals' vocabulary (vocabulary.ts)
  vocabularyUnknown: (key: string) => `поле ${key}: такого показателя в словаре порталов нет — пропущено`,
  vocabularyNoSchool: 'не указано наименование образовательной организации',
  // CSV form
  csvEmpty: 'файл пуст',
  csvHeader: (expected: string) => `первая строка должна быть заголовком: ${expected}`,
  csvRow: (row: number, message: string) => `строка ${row}: ${message}`,
  csvUnknownMeta: (key: string) => `неизвестное поле «${key}»`,
  csvBadNumber: (text: string) =>
    `«${text}» — не число в привычной записи (цифры, можно пробелы между тысячами и десятичную запятую или точку)`,
  csvBadBoolean: (text: string) => `«${text}» — ожидается «да» или «нет»`,
  csvUnknownUnit: (text: string) => `неизвестная единица «${text}»`,
  csvPairWithoutRow: (id: string) => `наставляемый относится к паре ${id}, которой нет выше`,
  csvMeta: {
    'meta.schemaVersion': 'Версия формата',
    'meta.kind': 'Вид пакета',
    'meta.organisation.name': 'Организация',
    'meta.organisation.district': 'Район',
    'meta.organisation.region': 'Регион',
    'meta.organisation.inn': 'ИНН',
    'meta.period.from': 'Начало периода',
    'meta.period.to': 'Конец периода',
    'meta.period.label': 'Период',
    'meta.generatedAt': 'Сформирован',
    'meta.school': 'Школа в пакете района',
    'meta.lists': 'Списки включены',
  } as Record<string, string>,
  csvHeaders: ['Код', 'Показатель', 'Значение', 'Единица'] as const,
  /** The package's kind as the CSV writes it (the codes school/district are read too). */
  kinds: { school: 'школа', district: 'район' } as Record<string, string>,
  /** Units as people read them (unitLabel: a count is of people or of things). */
  units: {
    people: 'чел.',
    items: 'шт.',
    percent: '%',
    score: 'баллы',
    text: 'текст',
    boolean: 'да/нет',
    link: 'ссылка',
    date: 'дата',
  },
  yes: 'да',
  no: 'нет',
  // Merge report
  mergeMissing: (school: string) => `${school}: пакет не получен`,
  mergeDuplicate: (school: string) =>
    `${school}: пакет получен дважды — учтён более поздний по времени формирования`,
  mergeUnexpected: (school: string) => `${school}: школы нет в списке района — пакет учтён`,
  mergeOtherPeriod: (school: string, got: string, expected: string) =>
    `${school}: пакет за другой период (${got}, ожидался ${expected}) — не учтён`,
  mergeNotSchool: (school: string) => `${school}: это пакет района, а не школы — не учтён`,
  mergeNoValue: (school: string, key: string, label: string) =>
    `${school}: нет значения показателя ${key} («${label}») — сумма района без него`,
  mergeTargetsDiffer: (key: string, label: string) =>
    `показатель ${key} («${label}»): целевые значения школ различаются — в пакете района не указан`,
  mergeWarning: (school: string, warning: string) => `${school}: ${warning}`,
  // Internal consistency
  notEqualSum: (key: string, value: number, parts: string, sum: number) =>
    `${key} = ${value}, а сумма ${parts} = ${sum}`,
  greaterThan: (key: string, value: number, other: string, otherValue: number) =>
    `${key} = ${value} больше, чем ${other} = ${otherValue}`,
  over100: (key: string, value: number) => `${key} = ${value}% — больше 100%`,
  inconsistent: (school: string, message: string) => `${school}: ${message}`,
  // Lists
  noConsent: 'нет согласия на обработку ПД',
  // Report settings (settings.ts)
  percentLow: 'процент не может быть меньше 0',
  percentHigh: 'процент не может быть больше 100',
  countWhole: 'количество должно быть целым',
  countNegative: 'количество не может быть отрицательным',
  badEmail: 'неверный адрес электронной почты',
  // package.ts
  megabytes: (n: string) => `${n} МБ`,
  kilobytes: (n: number) => `${n} КБ`,
  wholePackage: '(пакет)',
  or: ' или ',
} as const;

const EN: Shape<typeof RU> = {
  notJson: (detail) => `the JSON could not be read: ${detail}`,
  notObject: 'a report package must be a JSON object',
  noVersion: 'field schemaVersion: the format version is missing',
  badVersion: (got, expected) =>
    `format version ${String(got)} is not supported: version ${expected} is expected`,
  field: (path, message) => `field ${path}: ${message}`,
  wrongUnit: (key, expected, got) => `the indicator ${key} expects the unit «${expected}», not «${got}»`,
  notCount: (max, got) => `a whole number from 0 to ${max} or empty is expected, not ${got}`,
  notPercent: (got) => `a share from 0 to 100 % or empty is expected, not ${got}`,
  unknownKey: (key) =>
    `the indicator ${key} is unknown and skipped (the package may come from a newer version of the add-on: update the extension)`,
  tooLarge: (size, max) =>
    `the file is too large: ${size}, at most ${max} is allowed. A school’s report package weighs tens of kilobytes, a district’s hundreds: check that the package comes from the «Mentoring» add-on`,
  notScore: (got) => `an average score from 1 to 5 or empty is expected, not ${got}`,
  notDate: (got) => `a date yyyy-mm-dd or empty is expected, not ${got}`,
  notBoolean: 'yes/no (true/false) or empty is expected',
  notText: 'text or empty is expected',
  duplicateKey: (key) => `the indicator ${key} is repeated`,
  packageNo: (n) => `package ${n}`,
  invalidPackage: (n, message) => `package ${n}: ${message}`,
  vocabularyUnknown: (key) => `field ${key}: the portals’ vocabulary has no such indicator — skipped`,
  vocabularyNoSchool: 'the name of the school is missing',
  csvEmpty: 'the file is empty',
  csvHeader: (expected) => `the first line must be the header: ${expected}`,
  csvRow: (row, message) => `line ${row}: ${message}`,
  csvUnknownMeta: (key) => `unknown field «${key}»`,
  csvBadNumber: (text) =>
    `«${text}» is not a number as people write one (digits, spaces between thousands allowed, a decimal comma or point)`,
  csvBadBoolean: (text) => `«${text}»: «да» (yes) or «нет» (no) is expected`,
  csvUnknownUnit: (text) => `unknown unit «${text}»`,
  csvPairWithoutRow: (id) => `the mentee belongs to the pair ${id}, which is not above`,
  // The CSV's own words are data: the same in both languages.
  csvMeta: RU.csvMeta,
  csvHeaders: RU.csvHeaders,
  kinds: RU.kinds,
  units: RU.units,
  yes: RU.yes,
  no: RU.no,
  mergeMissing: (school) => `${school}: no package received`,
  mergeDuplicate: (school) => `${school}: the package came twice — the one generated later is counted`,
  mergeUnexpected: (school) => `${school}: the school is not in the district’s list — the package is counted`,
  mergeOtherPeriod: (school, got, expected) =>
    `${school}: the package is for another period (${got}, ${expected} expected) — not counted`,
  mergeNotSchool: (school) => `${school}: this is a district’s package, not a school’s — not counted`,
  mergeNoValue: (school, key, label) =>
    `${school}: no value of the indicator ${key} («${label}») — the district’s sum is without it`,
  mergeTargetsDiffer: (key, label) =>
    `indicator ${key} («${label}»): the schools’ targets differ — not given in the district’s package`,
  mergeWarning: (school, warning) => `${school}: ${warning}`,
  notEqualSum: (key, value, parts, sum) => `${key} = ${value}, but the sum ${parts} = ${sum}`,
  greaterThan: (key, value, other, otherValue) =>
    `${key} = ${value} is greater than ${other} = ${otherValue}`,
  over100: (key, value) => `${key} = ${value}% — over 100%`,
  inconsistent: (school, message) => `${school}: ${message}`,
  noConsent: 'no consent to personal data processing',
  percentLow: 'a percentage cannot be below 0',
  percentHigh: 'a percentage cannot be over 100',
  countWhole: 'the count must be a whole number',
  countNegative: 'the count cannot be negative',
  badEmail: 'invalid e-mail address',
  megabytes: (n) => `${n} MB`,
  kilobytes: (n) => `${n} KB`,
  wholePackage: '(the package)',
  or: ' or ',
};

export const REPORT_STRINGS = localized(RU, EN);

/** Every user-visible message of shared/report, in one place. */
export const REPORT_STRINGS = {
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
} as const;

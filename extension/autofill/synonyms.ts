/**
 * Words that report forms use interchangeably, as data: each class names the word the matcher reads them as
 * and where the equivalence comes from. Phrases are rewritten before stemming; words are compared by stem.
 */

export interface WordClass {
  /** The stem every member is read as. */
  as: string;
  /** Word forms (any case; they are stemmed). */
  words: readonly string[];
  source: string;
}

/** Multi-word wordings rewritten to one token before the text is split into words. */
export interface PhraseRewrite {
  pattern: RegExp;
  to: string;
  source: string;
}

const ROLE = '(учител|ученик|студент|работодател)[а-яё]*';

export const PHRASE_REWRITES: readonly PhraseRewrite[] = [
  {
    // «ученик – ученик» is one thing, a form of mentoring: read as one word, it is not «ученик» twice, and
    // «учитель – ученик» does not half-match «ученик – ученик».
    pattern: new RegExp(`${ROLE}\\s*[–—-]?\\s*${ROLE}`, 'gi'),
    to: ' форма$1$2 ',
    source:
      'Р-145 names the forms of mentoring by their two roles: «ученик – ученик», «учитель – учитель», «учитель – ученик», «студент – ученик», «работодатель – ученик»',
  },
  {
    pattern:
      /(^|[^а-яёa-z])(e-?mail|емейл|электронн[а-яё]* почт[а-яё]*|эл\.?\s?почт[а-яё]*|адрес[а-яё]* электронной почты)(?![а-яё])/gi,
    to: '$1email',
    source:
      'portal forms word the e-mail field five ways (dev set 01, 03, 04, 05, 08; Google Forms «Адрес электронной почты»)',
  },
  {
    pattern: /(^|[^а-яё])(ф\.?\s?и\.?\s?о\.?|фамилия,? имя,? отчество)(?![а-яё])/gi,
    to: '$1фио',
    source:
      '«Ф.И.О.» is the abbreviation of «фамилия, имя, отчество» (ГОСТ Р 7.0.97-2016 forms of documents)',
  },
  {
    pattern: /(^|[^а-яё])(кол-во|кол\.\s?во|кол\.)(?![а-яё])/gi,
    to: '$1количество',
    source: 'the abbreviation «кол-во» of «количество» in table headers',
  },
  {
    pattern: /(^|[^а-яё])цмн(?![а-яё])/gi,
    to: '$1целевой модели наставничества',
    source: '«ЦМН» — «целевая модель наставничества» (распоряжение Минпросвещения № Р-145 от 25.12.2019)',
  },
  {
    pattern: /педагогическ[а-яё]* (работник|коллектив|кадр|состав)[а-яё]*/gi,
    to: 'педагоги',
    source:
      "«педагогические работники» (ФЗ-273 «Об образовании», ст. 2 п. 21) are the school's «педагоги»; «педагогический коллектив», «педагогические кадры» are all of them",
  },
  {
    pattern: /(^|[^а-яё])(в|во)\s+программ[а-яё]*\s+наставничеств[а-яё]*/gi,
    to: '$1вовлечены в наставничество',
    source:
      'Р-145 counts those «вовлечённых в программы наставничества»: being «в программах наставничества» is being involved',
  },
  {
    pattern:
      /(^|[^а-яё])(в|во)\s+(вашей\s+|нашей\s+|данной\s+|своей\s+)?(оо|образовательной организации|организации|школе|учреждении)(?![а-яё])/gi,
    to: '$1',
    source:
      'everything a school reports is «в ОО»: the place says nothing about which figure («Молодые педагоги в ОО» is the young teachers)',
  },
  {
    pattern: /(^|[^а-яё])тел\.(?=\s|$)/gi,
    to: '$1телефон',
    source: 'the abbreviation «тел.»',
  },
  {
    // Only when «за» is the whole label: a blank after the preposition of time and nothing else.
    pattern: /^\s*за\s*[:.]?\s*$/i,
    to: 'отчетный период',
    source:
      'the title line of statistical forms, «Сведения о … за ____» (Росстат: «… за 20__ год»): the blank after «за» is the period the form is for',
  },
];

export const WORD_CLASSES: readonly WordClass[] = [
  {
    as: 'поощр',
    words: ['поощрение', 'поощрённых', 'стимулирование', 'стимулированных', 'награждение', 'награждённых'],
    source:
      'Р-145 (методические рекомендации по внедрению ЦМН) speaks of «поощрение наставников»; regional forms of «материальное и нематериальное стимулирование»',
  },
  {
    as: 'организац',
    words: ['организация', 'учреждение', 'школа', 'оо'],
    source:
      '«образовательная организация» (ОО) is the term of ФЗ-273 «Об образовании»; «учреждение» the older one, «школа» the everyday one',
  },
  {
    as: 'наименован',
    words: ['наименование', 'название', 'наименования', 'названия'],
    source: '«наименование организации» (ГК РФ, ст. 54) is «название» in everyday forms',
  },
  {
    as: 'куратор',
    words: ['куратор', 'ответственный', 'исполнитель', 'координатор'],
    source:
      'Р-145 names the person «куратор внедрения целевой модели»; forms ask for «ответственный за наставничество», «ответственный исполнитель»',
  },
  {
    as: 'вовлеч',
    words: [
      'вовлечённых',
      'вовлечены',
      'охват',
      'охвачены',
      'охваченных',
      'участвующих',
      'участников',
      'участники',
      'включённые',
      'включены',
    ],
    source:
      'Р-145 counts those «вовлечённых в различные формы наставничества»; monitoring forms say «охват», «участники программы», «включённые в пары»',
  },
  {
    as: 'обуча',
    words: ['обучающиеся', 'учащиеся', 'учащихся'],
    source: '«обучающиеся» is the term of ФЗ-273; «учащиеся» the older one',
  },
  {
    as: 'молод',
    words: ['молодые', 'молодых'],
    source: 'the stem of «молодые (педагоги, специалисты)»',
  },
  {
    as: 'педагог',
    words: ['педагоги', 'педагогических', 'педагогические', 'педагогический', 'педагогов'],
    source: '«педагогические работники» (ФЗ-273, ст. 2 п. 21) and «педагоги» are one group in every form',
  },
  {
    as: 'прошедш',
    words: ['прошли', 'прошедших', 'прошедшие', 'прошёл', 'прошла'],
    source:
      'forms of «пройти (обучение)»: «прошли обучение» and «прошедших обучение» (Snowball keeps them apart)',
  },
  {
    as: 'баз',
    words: ['база', 'базы', 'банк', 'банка', 'реестр', 'реестра'],
    source:
      'Р-145 keeps «базу наставников» and «базу наставляемых»; regional portals call it «банк наставников», «реестр наставников»',
  },
  {
    as: 'раздел',
    words: ['раздел', 'страница', 'страницы', 'подраздел'],
    source:
      "a school site's «Наставничество» part is a «раздел» in Рособрнадзор's site requirements (приказ № 1493 от 04.08.2023) and a «страница» on most sites",
  },
  {
    as: 'заверш',
    words: ['завершено', 'завершённых', 'реализовано', 'реализованных'],
    source: 'Р-145 and forms: a programme «реализована в полном объёме» is one that is «завершена»',
  },
];

/**
 * Words that only say «how many» or «in all»: each counts as the same word and weighs little, so «Всего,
 * чел.» under «Наставники» meets «Количество наставников». «Всего» is not dropped: it tells a total from a
 * part (seen on portals: as a stop word it let «Всего / Количество групп» become the pairs-and-groups total).
 */
export const QUANTITY_WORDS: readonly string[] = [
  'всего',
  'итого',
  'общее',
  'общая',
  'общий',
  'количество',
  'число',
  'численность',
  'сколько',
  'штатная',
  'сформировано',
  'значение',
  'показатель',
];

/**
 * Matching a field's label to indicators: words (Snowball stems, synonym classes), what kind of value each
 * side holds (a name, a link, a share, a count…), and a score of how much of each side the other explains.
 */
import type { IndicatorUnit, IndicatorValue } from '../../shared/model';
import { INDICATORS, indicatorDef } from '../../shared/report';
import { normalizeText, stem, stopWords, words as textWords } from '../../shared/text';
import { PHRASE_REWRITES, QUANTITY_WORDS, WORD_CLASSES } from './synonyms';
import type { FieldKind, FoundField } from './types';

export { stem };

/** Stop words plus what a form's label adds without meaning: units, «укажите», «в т. ч.», «из них». */
const STOP = stopWords(
  'том',
  'числе',
  'т',
  'ч',
  'чел',
  'человек',
  'ед',
  'шт',
  'тыс',
  'руб',
  'соответствии',
  'указать',
  'укажите',
  'введите',
  'выберите',
  'отметьте',
  'стр',
  'гр',
  'строк',
  'строки',
  'справочно',
  'полностью',
  // «в роли наставника» is «as a mentor»: the role is the word after it.
  'роли',
  'роль',
);

const QTY = '#qty';

let classOf: Map<string, string> | null = null;
let quantity: Set<string> | null = null;

function wordClass(s: string): string {
  if (!classOf) {
    classOf = new Map();
    for (const c of WORD_CLASSES) for (const w of c.words) classOf.set(stem(normalizeText(w)), c.as);
    quantity = new Set(QUANTITY_WORDS.map((w) => stem(w)));
  }
  if (quantity!.has(s)) return QTY;
  return classOf.get(s) ?? s;
}

/**
 * A word of a label with how much it counts. Words in brackets only clarify: they count when the other side
 * has them too and cost nothing when it does not (a negative `f`: optional, weighing |f|).
 */
export interface Token {
  w: string;
  f: number;
}

/** Two readings of one word: required wins over optional, the larger weight over the smaller. */
function mergeFactor(a: number | undefined, b: number): number {
  if (a === undefined) return b;
  const mag = Math.max(Math.abs(a), Math.abs(b));
  return a > 0 || b > 0 ? mag : -mag;
}

/**
 * What a person stating a figure leaves out: «без учёта групп», «кроме…», «за исключением…» name what is NOT
 * counted, so those words must not make the field look like the excluded thing («пар (без учёта групп)»).
 */
const EXCLUSION = /(без уч[её]та|кроме|за исключением|не считая|исключая)[^,;)(]*|\(\s*без [^)]*\)/g;

/*
 * Answers about texts kept for one planning pass (planFill clears them): a page repeats its labels (a row
 * header read for each of its cells, the same legend over many questions, fieldValueKind asked several times
 * per field), and rewriting and splitting a text again was a fifth of planning time at 300 fields. Cleared
 * per pass so every plan reads its page from scratch and the caches never grow without bound.
 */
const rewritten = new Map<string, string>();
const tokenized = new Map<string, readonly Token[]>();
const kinds = new Map<string, ValueKind | null>();

/** Forget the texts read in the last pass (planFill calls it before each page). */
export function resetMatchCaches(): void {
  rewritten.clear();
  tokenized.clear();
  kinds.clear();
  fieldKinds = new WeakMap();
}

function rewrite(text: string): string {
  const known = rewritten.get(text);
  if (known !== undefined) return known;
  let t = text.toLowerCase().replace(/ё/g, 'е');
  for (const r of PHRASE_REWRITES) t = t.replace(r.pattern, r.to);
  t = t.replace(EXCLUSION, ' ').replace(/из числа/g, ' ');
  rewritten.set(text, t);
  return t;
}

/**
 * Normalised, stemmed, meaningful words of a text, each with its weight factor (`inner` for words in brackets).
 * The list is shared between callers of one pass: read it, never change it.
 */
export function tokens(text: string, inner = 0.5): readonly Token[] {
  const memoKey = `${inner}\u0001${text}`;
  const known = tokenized.get(memoKey);
  if (known) return known;
  const out: Token[] = [];
  let depth = 0;
  for (const part of rewrite(text).split(/([()])/)) {
    if (part === '(') depth++;
    else if (part === ')') depth = Math.max(0, depth - 1);
    else
      for (const w of textWords(part, STOP)) {
        if (w.length === 1 && !/[а-яё]/.test(w)) continue;
        out.push({ w: wordClass(stem(w)), f: depth > 0 ? -inner : 1 });
      }
  }
  tokenized.set(memoKey, out);
  return out;
}

/** Stemmed meaningful words of a text. */
export function words(text: string): string[] {
  return tokens(text).map((t) => t.w);
}

// ---------------------------------------------------------------- kinds of value

/** What a value is, as far as which field may take it. */
export type ValueKind =
  | 'name'
  | 'position'
  | 'email'
  | 'phone'
  | 'link'
  | 'date'
  | 'inn'
  /** A document's number and date («№ 12 от 01.09.2024»): text that holds a date, not a date. */
  | 'details'
  | 'code'
  | 'org'
  | 'period'
  | 'percent'
  | 'count'
  | 'score'
  | 'boolean'
  | 'text';

/** Kinds of text that a field must ask for by name, type or wording. */
const TEXT_KINDS: ReadonlySet<ValueKind> = new Set([
  'details',
  'name',
  'position',
  'email',
  'phone',
  'link',
  'date',
  'inn',
  'org',
  'period',
]);

/** Kinds only one kind of value fits: a name field never takes a link (seen on portals: «ФИО куратора» took one). */
const STRICT: ReadonlySet<ValueKind> = new Set([...TEXT_KINDS, 'percent', 'count', 'score']);

/** The kind a label's wording asks for, or null when it does not say. */
export function labelKind(text: string): ValueKind | null {
  const known = kinds.get(text);
  if (known !== undefined) return known;
  const kind = readLabelKind(text);
  kinds.set(text, kind);
  return kind;
}

function readLabelKind(text: string): ValueKind | null {
  const t = ` ${rewrite(text)} `;
  if (/(окпо|огрн|кпп|октмо|оквэд|снилс|captcha|капч|с картинки|код подтвержд|sms|смс|парол)/.test(t))
    return 'code';
  if (/[^a-z]email[^a-z]/.test(t)) return 'email';
  if (/телефон/.test(t)) return 'phone';
  if (/(ссылк|[^a-z]url[^a-z]|адрес страниц|адрес сайт|веб-адрес|https?:)/.test(t)) return 'link';
  // «Положение: номер и дата», «Реквизиты приказа» ask for a document's details, which hold a date but are not
  // one: a «Дата:» field is not offered them, nor they a date (seen on the dev set: «Дата:» alone was offered
  // «Программа наставничества: номер и дата»).
  if (/(номер[а-я]*\s*(,|и)?\s*дат|[^а-я]№\s*и\s*дат|реквизит)/.test(t)) return 'details';
  if (/[^а-я]дат[аыуе]?[^а-я]/.test(t)) return 'date';
  if (/[^а-я]инн[^а-я]/.test(t)) return 'inn';
  if (/([^а-я]фио[^а-я]|фамили|[^а-я]имя[^а-я])/.test(t)) return 'name';
  if (/должност/.test(t)) return 'position';
  if (/(%|[^а-я]дол[яиюей][^а-я]|процент)/.test(t)) return 'percent';
  if (/(балл|оценк|шкал)/.test(t)) return 'score';
  if (
    /(количеств|[^а-я]числ[оа][^а-я]|численност|сколько|[^а-я]всего[^а-я]|[^а-я]чел[^а-я]|[^а-я]ед\.|[^а-я]шт[^а-я]|[^а-я]тыс)/.test(
      t,
    )
  )
    return 'count';
  if (/(период|учебн[а-я]* год)/.test(t)) return 'period';
  if (/(наименовани|названи)/.test(t) && /(организац|учрежден|школ|[^а-я]оо[^а-я])/.test(t)) return 'org';
  const w = words(text);
  // «Организация:» alone asks for the organisation; «Ответственный:» / «Куратор» alone for the person's name.
  if (w.length === 1 && w[0] === 'организац') return 'org';
  if (w.length >= 1 && w.every((x) => x === 'куратор')) return 'name';
  return null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const URL_RE = /^https?:\/\//i;
const PHONE = /^\+?[\d\s()-]{10,}$/;

/** The kind of an indicator: its unit, then its wording, then the shape of its value. */
export function indicatorKind(
  unit: IndicatorUnit,
  label: string,
  value?: IndicatorValue['value'],
): ValueKind {
  if (unit === 'count') return 'count';
  if (unit === 'percent') return /(балл|оценк)/i.test(label) ? 'score' : 'percent';
  if (unit === 'score') return 'score';
  if (unit === 'link') return 'link';
  if (unit === 'boolean') return 'boolean';
  if (unit === 'date') return 'date';
  const byLabel = labelKind(label);
  if (byLabel && byLabel !== 'code' && byLabel !== 'count' && byLabel !== 'percent') return byLabel;
  if (typeof value === 'string') {
    if (EMAIL.test(value)) return 'email';
    if (URL_RE.test(value)) return 'link';
    if (PHONE.test(value)) return 'phone';
  }
  return 'text';
}

const YES_NO_OPTION = /^(да|нет|есть|имеется|отсутствует|yes|no|y|n|планируется)$/;

/** What a list of choices offers: yes/no, numbers, or anything. */
export function choiceSense(options: readonly string[]): 'boolean' | 'number' | null {
  const texts = options.map(normalizeText).filter((t) => t && !/^(выберите|выбрать|не выбрано)/.test(t));
  if (!texts.length) return null;
  if (texts.filter((t) => YES_NO_OPTION.test(t)).length >= Math.max(2, texts.length - 1)) return 'boolean';
  if (texts.every((t) => /^\d+( \d+)?$/.test(t)) && !texts.every(isYearOption)) return 'number';
  return null;
}

/**
 * An option that names a year rather than a count: a school year («2024–2025», «2024/25»: the second year the
 * next one) or a calendar year alone (1990–2100). A list of them asks for a period, not a number (seen on the
 * dev set: an Element-Plus «Учебный год» list of «2023–2024…» was read as counts and refused the period).
 */
function isYearOption(text: string): boolean {
  const [a, b] = text.split(' ').map(Number) as [number, number | undefined];
  if (!(a >= 1990 && a <= 2100)) return false;
  return b === undefined || b === a + 1 || b === (a + 1) % 100;
}

type KindOfField = Pick<FoundField, 'kind' | 'element' | 'label' | 'row' | 'column' | 'options'>;

/** fieldValueKind's answers for one pass, by element (asked three or four times per field while planning). */
let fieldKinds = new WeakMap<Element, { field: KindOfField; kind: ValueKind | null }>();

/** The kind of value a field takes: its input type and autocomplete first, then its label's wording. */
export function fieldValueKind(field: KindOfField): ValueKind | null {
  const known = fieldKinds.get(field.element);
  const f = known?.field;
  if (
    f &&
    f.kind === field.kind &&
    f.label === field.label &&
    f.row === field.row &&
    f.column === field.column &&
    f.options.length === field.options.length
  )
    return known.kind;
  const kind = readFieldValueKind(field);
  fieldKinds.set(field.element, { field, kind });
  return kind;
}

function readFieldValueKind(field: KindOfField): ValueKind | null {
  const el = field.element;
  const yesNo =
    field.kind === 'checkbox' ||
    field.kind === 'aria-checkbox' ||
    el.getAttribute('role') === 'switch' ||
    (field.options.length > 0 && choiceSense(field.options.map((o) => o.text)) === 'boolean');
  if (yesNo) return 'boolean';
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const auto = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (/one-time-code|new-password|current-password/.test(auto)) return 'code';
  const text = [field.label, field.row, field.column].filter(Boolean).join(' ');
  const byLabel = labelKind(text);
  if (type === 'email' || auto === 'email') return 'email';
  if (type === 'tel' || auto.startsWith('tel')) return 'phone';
  if (type === 'url' || auto === 'url') return 'link';
  if (type === 'date' || field.kind === 'date') return 'date';
  if (auto === 'organization') return 'org';
  if (/^(name|family-name|given-name|additional-name)$/.test(auto)) return 'name';
  if (auto === 'organization-title') return 'position';
  if (byLabel) return byLabel;
  const ph = (el.getAttribute('placeholder') ?? '').trim();
  if (/^https?:/i.test(ph)) return 'link';
  if (/@/.test(ph)) return 'email';
  if (/^(дд|гггг)|^\d{2}\.\d{2}\.\d{4}$/i.test(ph)) return 'date';
  if (/^\+7|\(_{3}\)/.test(ph)) return 'phone';
  return null;
}

/** Whether a field of kind `fk` can hold a value of kind `ik`. */
export function kindsFit(fk: ValueKind | null, ik: ValueKind): boolean {
  // A name, an address, a link or a date goes only where the field says it wants one (seen on portals: a comment
  // field «Комментарий ответственного» is not the curator's e-mail).
  if (fk === null) return ik !== 'boolean' && !TEXT_KINDS.has(ik);
  if (fk === 'code') return false;
  if (fk === 'boolean') return ik === 'boolean' || ik === 'link' || ik === 'count';
  if (fk === 'text') return true;
  if (STRICT.has(fk)) return fk === ik;
  return true;
}

/** Which units a field's widget can take at all. */
function widgetAccepts(kind: FieldKind, unit: IndicatorUnit, choices: 'boolean' | 'number' | null): boolean {
  if (choices === 'number') return unit === 'count' || unit === 'percent' || unit === 'score';
  if (kind === 'number') return unit === 'count' || unit === 'percent' || unit === 'score';
  if (kind === 'date') return unit === 'date';
  return true;
}

// ---------------------------------------------------------------- periods and plans

/**
 * Figures for another period or a plan are not the report's (seen on portals: last year's figure, next year's
 * target must stay empty): «в прошлом учебном году», «плановое значение», «целевой показатель», or a school
 * year that is not the report's.
 */
const OTHER_TIME =
  /((целев|планов|прогнозн|ожидаем)[а-я]*\s+(значени|показател|уровен|ориентир))|((прошл|предыдущ|следующ|будущ|предшествующ)[а-я]*\s+([а-я]+\s+)?(год|период|отчетн))/;
/** «в текущем учебном году», «за отчётный период»: the report's own period, a qualifier, not content. */
const THIS_PERIOD = /(^|\s)(в|за|на)\s+(текущ|отчетн|данн)[а-я]*\s+(учебн[а-я]*\s+)?(год|период)[а-я]*/g;
const YEARS = /(?<!\d)(20\d{2})(?:\s*[/–-]\s*(20\d{2}|\d{2}))?(?!\d)/g;

/** The label without mentions of the report's own year(s), and whether it speaks of another time. */
export function periodOf(text: string, years: ReadonlySet<number>): { text: string; other: boolean } {
  const t = rewrite(text);
  let other = OTHER_TIME.test(t);
  const out = text
    .replace(/ё/g, 'е')
    .replace(THIS_PERIOD, ' ')
    .replace(YEARS, (_m, a: string, b?: string) => {
      const y1 = Number(a);
      const y2 = b ? Number(b.length === 2 ? a.slice(0, 2) + b : b) : y1;
      if (years.size && (!years.has(y1) || !years.has(y2))) other = true;
      return ' ';
    });
  return { text: out, other };
}

// ---------------------------------------------------------------- the vocabulary of a package

export interface Candidate {
  key: string;
  score: number;
  how: 'exact-label' | 'synonym' | 'similar-words';
}

interface Phrase {
  tokens: Map<string, number>;
  /** The tokens with their weights (word weight × |factor|), in the map's order; set once weights are known. */
  weighted: Weighted[];
  sig: string;
  other: boolean;
  primary: boolean;
}

/** A word with its weight in a score and whether it is required (not a bracketed clarification). */
interface Weighted {
  w: string;
  x: number;
  required: boolean;
}

/** A field's words as phraseScore reads them, weighed once per field rather than once per phrase. */
interface FieldSide {
  own: Map<string, number>;
  ownWeighted: Weighted[];
  /** Every context word (the phrase side gives them 0.4). */
  context: Set<string>;
  /** Context words that break ties: known to the vocabulary, not the field's own, not the quantity word. */
  tie: Weighted[];
  tieTotal: number;
}

interface Entry {
  key: string;
  label: string;
  unit: IndicatorUnit;
  kind: ValueKind;
  phrases: Phrase[];
}

/** Words of a column header that say which value (the period, a plan or a fact), not what is counted. */
const GENERIC_COLUMN = new Set(
  [
    'отчетный',
    'период',
    'значение',
    'показателя',
    'показатель',
    'факт',
    'фактически',
    'текущий',
    'данные',
    'всего',
    'итого',
    'количество',
    'чел',
    'ед',
    'сведения',
  ].map((w) => wordClass(stem(w))),
);

const UNKNOWN_WEIGHT = 0.35;
const QTY_WEIGHT = 0.3;
/**
 * In a report on mentoring every figure is about mentoring: «наставнический», «наставничество» tell little
 * («Сформировано пар» is the pairs, not «пар и групп» because the latter says «наставнических»).
 */
const DOMAIN_WORDS = new Set(['наставническ', 'наставничеств']);

function tokenMap(ts: readonly Token[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t.w, mergeFactor(m.get(t.w), t.f));
  return m;
}

const sigOf = (m: Map<string, number>) => [...m.keys()].sort().join(' ');

/** What a field says, split the way the score reads it. */
export interface FieldWords {
  /** Its own words: label, or row and column header. */
  own: string;
  /** What the label is a part of (parent rows, legend, question): read as its words, at half weight. */
  lead: string[];
  /** What the words depend on: parent rows, question, section. */
  context: readonly string[];
  /** For table cells: the row alone, with the column as context, is tried too. */
  row?: string;
  column?: string;
}

/**
 * The indicators of one package, indexed by word. Rarer words weigh more («количество» is in most
 * indicators and says little, «куратор» says much); words no indicator uses weigh little, so «утверждена
 * ли», «опишите» do not drag a good match under the bar.
 */
export class Vocabulary {
  readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private readonly weight = new Map<string, number>();
  private readonly index = new Map<string, number[]>();
  private readonly years: ReadonlySet<number>;
  private readonly memo = new Map<string, Candidate[]>();
  /** periodOf of the texts of the fields scored in this pass. */
  private readonly periods = new Map<string, { text: string; other: boolean }>();

  constructor(
    indicators: readonly Pick<IndicatorValue, 'key' | 'label' | 'unit' | 'value'>[],
    years: Iterable<number> = [],
  ) {
    this.years = new Set(years);
    for (const iv of indicators) {
      const def = indicatorDef(iv.key);
      const texts = def ? [def.label, ...def.synonyms] : [iv.label];
      const phrases = texts.map((t, i) => {
        const p = periodOf(t, this.years);
        // A catalog label's brackets say what is counted («(до 35 лет, стаж до 3 лет)»), rarely how a form asks.
        const toks = tokenMap(tokens(p.text, 0.3));
        return { tokens: toks, weighted: [], sig: sigOf(toks), other: p.other, primary: i === 0 };
      });
      const entry: Entry = {
        key: iv.key,
        label: def?.label ?? iv.label,
        unit: iv.unit,
        kind: indicatorKind(iv.unit, def?.label ?? iv.label, iv.value),
        phrases,
      };
      this.entries.push(entry);
      this.byKey.set(iv.key, entry);
    }
    const df = new Map<string, number>();
    let n = 0;
    this.entries.forEach((e, i) => {
      const seen = new Set<string>();
      for (const p of e.phrases) {
        n++;
        for (const w of p.tokens.keys()) {
          df.set(w, (df.get(w) ?? 0) + 1);
          seen.add(w);
        }
      }
      for (const w of seen) {
        if (w === QTY) continue;
        const list = this.index.get(w) ?? [];
        list.push(i);
        this.index.set(w, list);
      }
    });
    for (const [w, c] of df)
      this.weight.set(w, w === QTY || DOMAIN_WORDS.has(w) ? QTY_WEIGHT : Math.log(1 + n / c));
    for (const e of this.entries) for (const p of e.phrases) p.weighted = this.weigh(p.tokens);
  }

  private weigh(m: Map<string, number>): Weighted[] {
    return [...m].map(([w, f]) => ({ w, x: this.w(w) * Math.abs(f), required: f > 0 }));
  }

  /** The field side of phraseScore for one reading of a field. */
  private fieldSide(own: Map<string, number>, context: Set<string>): FieldSide {
    const tie: Weighted[] = [];
    let tieTotal = 0;
    for (const w of context) {
      if (w === QTY || own.has(w) || !this.weight.has(w)) continue;
      const x = this.w(w);
      tie.push({ w, x, required: true });
      tieTotal += x;
    }
    return { own, ownWeighted: this.weigh(own), context, tie, tieTotal };
  }

  private period(text: string): { text: string; other: boolean } {
    let p = this.periods.get(text);
    if (!p) {
      p = periodOf(text, this.years);
      this.periods.set(text, p);
    }
    return p;
  }

  private w(word: string): number {
    return this.weight.get(word) ?? UNKNOWN_WEIGHT;
  }

  /** How well one phrase explains a field: the share of the field's own words it holds × the share of its words found. */
  private phraseScore(f: FieldSide, p: Phrase): number {
    // The context's own known words that the phrase holds break ties a little: «учитель – учитель» under
    // «Численность наставляемых по формам» is the mentees' row, not the bare form name.
    let cHit = 0;
    for (const t of f.tie) if (p.tokens.has(t.w)) cHit += t.x;
    const tie = f.tieTotal > 0 ? 0.97 + (0.03 * cHit) / f.tieTotal : 1;
    let ownTotal = 0;
    let ownHit = 0;
    for (const t of f.ownWeighted) {
      const hit = p.tokens.has(t.w);
      if (t.required || hit) ownTotal += t.x;
      if (hit) ownHit += t.x;
    }
    if (ownHit === 0) return 0;
    let pTotal = 0;
    let pHit = 0;
    for (const t of p.weighted) {
      const hit = f.own.has(t.w) ? t.x : f.context.has(t.w) ? 0.4 * t.x : 0;
      if (t.required || hit) pTotal += t.x;
      pHit += hit;
    }
    return Math.sqrt((ownHit / ownTotal) * (pHit / pTotal)) * tie;
  }

  /** Every indicator that fits a field, best first. */
  score(fw: FieldWords, fieldKind: ValueKind | null, accepts: (unit: IndicatorUnit) => boolean): Candidate[] {
    const memoKey = `${fw.own}\u0001${fw.lead.join('\u0002')}\u0001${fw.context.join('\u0002')}\u0001${fw.row ?? ''}\u0001${fw.column ?? ''}\u0001${fieldKind}`;
    const cached = this.memo.get(memoKey);
    if (cached) return cached.filter((c) => accepts(this.byKey.get(c.key)!.unit));
    // A column that only says which value («Отчётный период», «Значение», «Факт») adds nothing to what the row
    // asks: the row is read alone. A column that says what («Количество пар») is part of the label.
    const generic = !!fw.row && !!fw.column && words(fw.column).every((w) => GENERIC_COLUMN.has(w));
    const variants: { own: string; context: string[]; factor: number }[] = [
      generic
        ? { own: fw.row!, context: [fw.column!, ...fw.context], factor: 1 }
        : { own: fw.own, context: [...fw.context], factor: 1 },
    ];
    const best = new Map<number, Candidate>();
    for (const v of variants) {
      const per = this.period(v.own);
      if (per.other) continue;
      const own = tokenMap(tokens(per.text));
      if (!own.size) continue;
      for (const l of fw.lead)
        for (const t of tokens(this.period(l).text)) if (!own.has(t.w)) own.set(t.w, t.f * 0.5);
      const sig = sigOf(own);
      const ctx = new Set(v.context.flatMap((c) => words(this.period(c).text)));
      const side = this.fieldSide(own, ctx);
      const candidates = new Set<number>();
      for (const w of own.keys()) for (const i of this.index.get(w) ?? []) candidates.add(i);
      for (const i of candidates) {
        const e = this.entries[i]!;
        if (!kindsFit(fieldKind, e.kind)) continue;
        let score = 0;
        let how: Candidate['how'] = 'similar-words';
        for (const p of e.phrases) {
          if (p.other) continue;
          if (p.sig === sig) {
            // The catalog's own label is the most precise wording; a synonym equal to the field ranks just below.
            score = p.primary ? 1 : 0.98;
            how = p.primary ? 'exact-label' : 'synonym';
            break;
          }
          // Similar is not the same: only equal wording reaches the top.
          score = Math.max(score, 0.97 * this.phraseScore(side, p));
        }
        score *= v.factor;
        const prev = best.get(i);
        if (score > 0 && (!prev || prev.score < score)) best.set(i, { key: e.key, score, how });
      }
    }
    const out = [...best.values()].sort((a, b) => b.score - a.score);
    this.memo.set(memoKey, out);
    return out.filter((c) => accepts(this.byKey.get(c.key)!.unit));
  }

  unitOf(key: string): IndicatorUnit | undefined {
    return this.byKey.get(key)?.unit;
  }

  kindOf(key: string): ValueKind | undefined {
    return this.byKey.get(key)?.kind;
  }

  /** Forget the fields scored so far (a new pass reads its page from scratch). */
  forgetFields(): void {
    this.memo.clear();
    this.periods.clear();
  }
}

let lastVocabulary: { key: string; vocabulary: Vocabulary } | null = null;

/**
 * The vocabulary of a package, built once while the package stays the same: building it reads every
 * indicator's label and synonyms (a tenth of planning a 300-field page), and the popup plans the same page
 * for the preview and again to fill it. What it scored for the last page is forgotten.
 */
export function vocabularyFor(
  indicators: readonly Pick<IndicatorValue, 'key' | 'label' | 'unit' | 'value'>[],
  years: readonly number[],
): Vocabulary {
  // What the constructor reads: the key, its unit and label, and a text value's shape (indicatorKind).
  const key = JSON.stringify([
    years,
    indicators.map((iv) => [iv.key, iv.unit, iv.label, typeof iv.value === 'string' ? iv.value : null]),
  ]);
  if (lastVocabulary?.key !== key) lastVocabulary = { key, vocabulary: new Vocabulary(indicators, years) };
  lastVocabulary.vocabulary.forgetFields();
  return lastVocabulary.vocabulary;
}

/** The words of a planned field, as the vocabulary reads them. */
export function fieldWords(
  field: Pick<FoundField, 'label' | 'row' | 'column' | 'lead' | 'context'>,
): FieldWords {
  return {
    own: field.label,
    lead: [...(field.lead ?? [])],
    context: field.context ?? [],
    ...(field.row ? { row: field.row } : {}),
    ...(field.column ? { column: field.column } : {}),
  };
}

/**
 * What a field of a kind asks without saying it: «Ответственный: [___]» asks the person's name, an e-mail
 * field under «Куратор» the curator's e-mail.
 */
const IMPLIED: Partial<Record<ValueKind, string>> = {
  name: 'ФИО',
  email: 'email',
  phone: 'телефон',
  position: 'должность',
  // A «%» field states a share by its unit: «Охват педагогов, %» is «Доля педагогов, вовлечённых…» (the
  // catalog words every percent as «Доля …»).
  percent: 'доля',
};

/** Every indicator of `vocabulary` that fits `field`, best first. */
export function matchField(field: FoundField, vocabulary: Vocabulary): Candidate[] {
  const choices = field.options.length ? choiceSense(field.options.map((o) => o.text)) : null;
  const fk = fieldValueKind(field);
  const fw = fieldWords(field);
  return vocabulary.score(withImplied(fw, fk), fk, (unit) => widgetAccepts(field.kind, unit, choices));
}

/** The field's words with what its kind asks without saying it (IMPLIED) as a lead. */
function withImplied(fw: FieldWords, fk: ValueKind | null): FieldWords {
  const implied = fk ? IMPLIED[fk] : undefined;
  if (!implied || words(fw.own).includes(words(implied)[0]!)) return fw;
  return { ...fw, lead: [...fw.lead, implied] };
}

let catalogVocabulary: Vocabulary | null = null;

/**
 * Scores every catalog indicator against a bare label (no page): for tests and tools. A table cell passes its
 * row and column header.
 */
export function scoreIndicators(
  label: string,
  kind: FieldKind,
  extra: {
    row?: string;
    column?: string;
    options?: readonly string[];
    lead?: readonly string[];
    context?: readonly string[];
  } = {},
  keys?: ReadonlySet<string>,
): Candidate[] {
  catalogVocabulary ??= new Vocabulary(
    INDICATORS.map((d) => ({ key: d.key, label: d.label, unit: d.unit, value: null })),
  );
  const choices = extra.options ? choiceSense(extra.options) : null;
  const fk =
    choices === 'boolean' || kind === 'checkbox' || kind === 'aria-checkbox' ? 'boolean' : labelKind(label);
  return catalogVocabulary
    .score(
      withImplied(
        {
          own: label,
          lead: [...(extra.lead ?? [])],
          context: extra.context ?? [],
          ...(extra.row ? { row: extra.row } : {}),
          ...(extra.column ? { column: extra.column } : {}),
        },
        fk,
      ),
      fk,
      (unit) => widgetAccepts(kind, unit, choices),
    )
    .filter((c) => !keys || keys.has(c.key));
}

/** What a label asks for, from its wording: a share, a count, a yes/no, a link, a date, or unknown. */
export type Sense = 'percent' | 'count' | 'boolean' | 'link' | 'date' | null;

export function senseOf(label: string): Sense {
  const k = labelKind(label);
  if (k === 'percent' || k === 'count' || k === 'link' || k === 'date') return k;
  if (/(^| )(наличие|имеется ли|есть ли)( |$)/.test(normalizeText(label))) return 'boolean';
  return null;
}

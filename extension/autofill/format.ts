// A report value written the way one field asks for it: units, decimal separator, date format, yes/no, option.
import type { IndicatorValue } from '../../shared/model';
import { monthNumber, normalizeText } from '../../shared/text';
import { readText } from './labels';
import type { FieldOption, FoundField } from './types';

const YES = new Set([
  'да',
  'есть',
  'имеется',
  'yes',
  'true',
  'в наличии',
  'разработан',
  'разработано',
  'утверждено',
]);
const NO = new Set(['нет', 'отсутствует', 'не имеется', 'no', 'false', 'не разработан', 'не разработано']);

/** Prompts that stand for «nothing chosen yet» in selects and lists (native, Google Forms, Element Plus…). */
const PLACEHOLDER_OPTION = /^(-+|—+|\(?не выбран[оа]?\)?|выб(рать|ерите)( .*)?|select( .*)?|choose( .*)?)$/;

/** Normalised text and prompt flag of each option element, read once (planning asks per candidate). */
const optionFacts = new WeakMap<Element, { text: string; norm: string; placeholder: boolean }>();

function factsOf(o: FieldOption): { norm: string; placeholder: boolean } {
  const known = optionFacts.get(o.element);
  if (known?.text === o.text) return known;
  const el = o.element;
  const value = el.hasAttribute('data-value')
    ? el.getAttribute('data-value')
    : el.tagName === 'OPTION'
      ? (el as HTMLOptionElement).value
      : null;
  const norm = normalizeText(o.text);
  const t = norm.replace(/[.…]+$/, '');
  const facts = { text: o.text, norm, placeholder: value === '' || t === '' || PLACEHOLDER_OPTION.test(t) };
  optionFacts.set(el, facts);
  return facts;
}

/** Whether an option is a «choose…» prompt rather than an answer: empty value, or prompt wording. */
export function isPlaceholderOption(o: Element, text: string): boolean {
  return factsOf({ element: o, text }).placeholder;
}

/**
 * Everything a page tells about one field's format: its label with row and column, its hint
 * (aria-describedby, help text right after it), placeholder and title.
 */
interface FieldFacts {
  key: string;
  text: string;
  /** What the field's own words say: thousands, a fraction of one, a count; the separator, if any. */
  thousands: boolean;
  fraction: boolean;
  counts: boolean;
  /** The field asks a share in percent, and does not ask a score. */
  percentOnly: boolean;
  /** The field asks a score («балл», «оценка», «шкала 1–5»), and not a percent. */
  scoreOnly: boolean;
  separator: ',' | '.' | null;
}

/*
 * A share and a score are both numbers, on different scales: 4,5 (of 5) written in a «%» field, or 87,5 (%)
 * in a «средний балл (1–5)» field, is wrong and looks right. The field's own words (label, unit cell, addon
 * after it, hint, placeholder) say which scale it is on; a field that names only one scale takes only it.
 */
const PERCENT_WORDS = /%|процент|[^а-яё]дол[яиюей][^а-яё]|^дол[яиюей][^а-яё]/;
const SCORE_WORDS = /балл|оценк|шкал|\b1\s*[–—-]\s*(5|10)\b/;

const fieldFacts = new WeakMap<Element, FieldFacts>();

/** Read once per element and label: planning asks for every candidate indicator of the same field. */
function factsOfField(field: Pick<FoundField, 'element' | 'label' | 'row' | 'column'>): FieldFacts {
  const el = field.element;
  const key = `${field.label}\n${field.row ?? ''}\n${field.column ?? ''}`;
  const known = fieldFacts.get(el);
  if (known?.key === key) return known;
  const text = readContext(el, [field.label, field.row ?? '', field.column ?? '']);
  const t = normalizeText(text);
  const mode = el.getAttribute('inputmode');
  const facts: FieldFacts = {
    key,
    text,
    thousands: THOUSANDS.test(t),
    fraction: FRACTION.test(t),
    counts:
      mode === 'numeric' ||
      mode === 'decimal' ||
      el.getAttribute('role') === 'spinbutton' ||
      COUNT_UNIT.test(text.toLowerCase()),
    percentOnly: PERCENT_WORDS.test(text.toLowerCase()) && !SCORE_WORDS.test(text.toLowerCase()),
    scoreOnly: SCORE_WORDS.test(text.toLowerCase()) && !PERCENT_WORDS.test(text.toLowerCase()),
    separator: ownSeparator(el) ?? separatorIn(text) ?? separatorIn(pageNote(el.ownerDocument)),
  };
  fieldFacts.set(el, facts);
  return facts;
}

export function fieldContext(field: Pick<FoundField, 'element' | 'label' | 'row' | 'column'>): string {
  return factsOfField(field).text;
}

const CONTROLS =
  'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable=true], [role=textbox], [role=combobox], [role=listbox], [role=spinbutton], [role=switch], [role=checkbox], [role=radiogroup]';

/**
 * The largest block around a control that holds no other control: its form row (Bootstrap .mb-3, a table
 * row, an el-form-item). Its text, hints included, is what the page says about this one field.
 */
function ownBlock(el: Element): Element {
  let block = el;
  for (let cur = el.parentElement, depth = 0; cur && depth < 6; cur = cur.parentElement, depth++) {
    if (/^(BODY|HTML|FORM)$/.test(cur.tagName) || cur.querySelectorAll(CONTROLS).length > 1) break;
    block = cur;
  }
  return block;
}

function readContext(el: Element, parts: string[]): string {
  const ids = el.getAttribute('aria-describedby');
  if (ids) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const id of ids.split(/\s+/)) if (id) parts.push(readText(root.getElementById?.(id), true));
  }
  parts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
  // Hints are no label (labels.ts leaves them out) but they say the format: «в формате ГГГГ-ММ-ДД».
  const block = ownBlock(el);
  if (block !== el) parts.push(readText(block, true));
  // Help text right after the control or its wrapper (Bootstrap .form-text, Bitrix .field-hint).
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 2; depth++, cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (
      next &&
      !next.querySelector('input, select, textarea') &&
      !/^(LABEL|INPUT|SELECT)$/.test(next.tagName)
    )
      parts.push(readText(next, true));
  }
  return parts.join(' ');
}

const pageNotes = new WeakMap<Document, string>();

/**
 * Notes a page gives for all its fields («Проценты указываются числом … после точки»): alerts, notes and
 * hints that hold no control. Read once per document.
 */
function pageNote(doc: Document): string {
  let note = pageNotes.get(doc);
  if (note === undefined) {
    note = Array.from(doc.querySelectorAll('[role=note], [role=alert], .alert, .el-alert, .note, .hint'))
      .filter((n) => !n.querySelector('input, select, textarea'))
      .map((n) => readText(n, true))
      .join(' ');
    pageNotes.set(doc, note);
  }
  return note;
}

/** What a text says about the decimal separator, or null when it says nothing. */
export function separatorIn(text: string): ',' | '.' | null {
  const t = text.toLowerCase();
  // Words first: «разделитель — точка», «только цифры и точка», «после запятой».
  const dot = /(^|[^а-яё])точк/.exec(t)?.index ?? -1;
  const comma = /(^|[^а-яё])запят/.exec(t)?.index ?? -1;
  if (dot >= 0 && (comma < 0 || dot < comma)) return '.';
  if (comma >= 0) return ',';
  // Then examples: «например 33,3», «37.5» (a date 27.07.2006 is no example).
  const ex = /(^|[^\d.,])\d{1,4}([.,])\d{1,3}(?![\d.,])/.exec(t);
  if (ex) return ex[2] === '.' ? '.' : ',';
  return null;
}

/**
 * The decimal separator a field expects. A number input and an ARIA spinbutton hold numbers (HTML: a valid
 * floating-point number; WAI-ARIA: aria-valuenow), so a dot; then the field's pattern, placeholder, label
 * and hint; then the page's own note; then the default.
 */
export function decimalFor(el: Element, fallback: ',' | '.', context = ''): ',' | '.' {
  return ownSeparator(el) ?? separatorIn(context) ?? separatorIn(pageNote(el.ownerDocument)) ?? fallback;
}

function ownSeparator(el: Element): ',' | '.' | null {
  if ((el as HTMLInputElement).type === 'number' || el.getAttribute('role') === 'spinbutton') return '.';
  const hint = `${el.getAttribute('pattern') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
  if (/\d,\d|\[,|,\]|\\,|\[\.,|,\.\]/.test(hint) && !/\d\.\d/.test(hint)) return ',';
  if (/\d\.\d|\\\.|\[\.\]/.test(hint) && !/,/.test(hint)) return '.';
  return null;
}

export function formatNumber(n: number, sep: ',' | '.', digits = 2): string {
  const f = 10 ** digits;
  const s = String(Math.round(n * f) / f);
  return sep === ',' ? s.replace('.', ',') : s;
}

/** «тыс. чел.», «в тысячах»: the field counts in thousands (Rosstat forms; three decimals). */
const THOUSANDS = /(^|[^а-яё])(тыс\.?|тысяч[а-я]*)(\s|$|[^а-яё])/;
/** «…, чел.», «шт.», «%»: the field counts something (a number, not words). */
const COUNT_UNIT = /(^|[^а-яё])(чел|человек|шт|ед|тыс)\.?($|[^а-яё])|%/;
/** «в долях единицы», «от 0 до 1»: a share as a fraction of one, not percent. */
const FRACTION = /(в долях единицы|дол[яи] единицы|от 0 до 1(?![\d,.])|0\s*[–-]\s*1(?![\d,.]))/;

function isoToRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The format a text field wants a date in: its hint, placeholder or mask; Russian дд.мм.гггг by default. */
function dateFor(context: string, iso: string): string {
  const t = context.toLowerCase();
  if (/(гггг|yyyy)-(мм|mm)-(дд|dd)/.test(t)) return iso.slice(0, 10);
  return isoToRu(iso);
}

/** A select of the twelve months (the Russian names in any case or abbreviated, or 1–12): one part of a split date. */
function monthOption(options: FieldOption[], month: number): FieldOption | null {
  const real = options.filter((o) => !factsOf(o).placeholder);
  if (real.length !== 12) return null;
  const named = real.every((o, i) => monthNumber(factsOf(o).norm.split(' ')[0]!) === i + 1);
  const numbered = real.every((o, i) => Number(factsOf(o).norm) === i + 1);
  return named || numbered ? real[month - 1]! : null;
}

/**
 * Which part of a date a small field holds, when a form splits the date («__» месяц «20__»): the HTML
 * autofill tokens (bday-day…), the name, or the text right before it («20» before a two-digit year).
 */
function datePart(el: Element): 'day' | 'month' | 'year2' | 'year4' | null {
  const max = Number(el.getAttribute('maxlength') ?? el.getAttribute('size') ?? 0);
  if (!max || max > 4) return null;
  const hint =
    `${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id}`.toLowerCase();
  const before = el.previousSibling?.nodeType === 3 ? (el.previousSibling.nodeValue ?? '') : '';
  if (/year|год|yy/.test(hint) || /(^|\D)(19|20)\s*$/.test(before))
    return max === 4 && !/(19|20)\s*$/.test(before) ? 'year4' : 'year2';
  if (/month|mon|mm|месяц/.test(hint)) return 'month';
  if (/day|dd|день|число/.test(hint) || max <= 2) return 'day';
  return null;
}

function datePartValue(iso: string, part: NonNullable<ReturnType<typeof datePart>>): string {
  const [y, m, d] = iso.slice(0, 10).split('-') as [string, string, string];
  return part === 'day' ? d : part === 'month' ? m : part === 'year4' ? y : y.slice(2);
}

/**
 * Yes or no for a yes/no widget: a boolean as it is; a document's link — yes when there is one; a count —
 * yes when above zero (README of the portal set: «Реализуется ли форма…», a grid cell «Пары»).
 */
export function yesNoOf(iv: IndicatorValue): boolean | null {
  const v = iv.value;
  if (typeof v === 'boolean') return v;
  if (iv.unit === 'link' && typeof v === 'string') return v.trim() !== '';
  if (iv.unit === 'count' && typeof v === 'number') return v > 0;
  return null;
}

/** The range of counts an option stands for: «0», «4–6», «Более 10», «до 3», «10 и более», «5 — высокая». */
export function optionRange(text: string): { min: number; max: number } | null {
  const t = normalizeText(text.replace(/[–—]/g, '-'));
  let m = /^(более|больше|свыше|выше|over|more than) (\d+)(\D|$)/.exec(t);
  if (m) return { min: Number(m[2]) + 1, max: Infinity };
  m = /^(менее|меньше|less than) (\d+)(\D|$)/.exec(t);
  if (m) return { min: -Infinity, max: Number(m[2]) - 1 };
  m = /^(до|не более) (\d+)(\D|$)/.exec(t);
  if (m) return { min: -Infinity, max: Number(m[2]) };
  m = /^(от )?(\d+) (и более|и выше|и больше|или более)/.exec(t);
  if (m) return { min: Number(m[2]), max: Infinity };
  m = /^(\d+)\s*\+/.exec(t);
  if (m) return { min: Number(m[1]), max: Infinity };
  m = /^(от )?(\d+)\s*(-|до)\s*(\d+)([\s,;:(]|$)/.exec(text.replace(/[–—]/g, '-').toLowerCase().trim());
  if (m) return { min: Number(m[2]), max: Number(m[4]) };
  // A plain number, maybe with its words after («5 — очень высокая», «0, ответ для …»).
  m = /^(\d+(?:[.,]\d+)?)(?:\s*[-,(:]|\s*$)/.exec(text.replace(/[–—]/g, '-').trim());
  if (m) {
    const n = Number(m[1]!.replace(',', '.'));
    return { min: n, max: n };
  }
  return null;
}

function yearsOf(text: string): string {
  return (text.match(/(19|20)\d\d/g) ?? []).join(' ');
}

function pickOption(options: FieldOption[], iv: IndicatorValue): FieldOption | null {
  const v = iv.value;
  const real = options.filter((o) => !factsOf(o).placeholder);
  const norm = (o: FieldOption) => factsOf(o).norm;
  const yes = real.find((o) => YES.has(norm(o)));
  const no = real.find((o) => NO.has(norm(o)));
  if (typeof v === 'boolean') return (v ? yes : no) ?? null;
  if (typeof v === 'number') {
    // A count asked as yes/no («Реализуется ли форма…»): the list is yes/no, the count is not an option.
    const exact = real.filter((o) => {
      const r = optionRange(o.text);
      return r && r.min === v && r.max === v;
    });
    if (exact.length === 1) return exact[0]!;
    const within = real.filter((o) => {
      const r = optionRange(o.text);
      return r && r.min <= v && v <= r.max;
    });
    if (within.length === 1) return within[0]!;
    if (yes && no && within.length === 0) {
      const b = yesNoOf(iv);
      return b === null ? null : b ? yes : no;
    }
    return null;
  }
  if (typeof v === 'string') {
    if (yes && no && iv.unit === 'link') return v.trim() ? yes : no;
    const want = normalizeText(v);
    if (!want) return null;
    const same = real.find((o) => norm(o) === want);
    if (same) return same;
    // A period spelled differently («2024/2025 учебный год» = «2024–2025» = «2024-2025 уч. год»): the same
    // years; among several, the one with the fewest other words («I полугодие 2024/2025…» is a part of it).
    const years = yearsOf(v);
    if (years) {
      const extra = (o: FieldOption) => norm(o).replace(/\d+/g, ' ').split(' ').filter(Boolean).length;
      const sameYears = real.filter((o) => yearsOf(o.text) === years).sort((a, b) => extra(a) - extra(b));
      if (sameYears.length === 1 || (sameYears.length > 1 && extra(sameYears[0]!) < extra(sameYears[1]!)))
        return sameYears[0]!;
      if (sameYears.length) return null;
    }
    // Containment only when one option alone fits: among near-duplicates a guess is worse than nothing.
    const contains = real.filter(
      (o) => norm(o).length > 2 && (norm(o).includes(want) || want.includes(norm(o))),
    );
    return contains.length === 1 ? contains[0]! : null;
  }
  return null;
}

/** The value to put into a field for an indicator, as the field wants it; null when it cannot take it. */
export function valueForField(
  field: FoundField,
  iv: IndicatorValue,
  decimal: ',' | '.',
): string | boolean | null {
  const v = iv.value;
  // chrome.scripting drops null members of the arguments it passes to the page: null arrives as undefined.
  if (v === null || v === undefined) return null;
  switch (field.kind) {
    case 'checkbox':
    case 'aria-checkbox':
      return yesNoOf(iv);
    case 'radio':
    case 'aria-radio':
    case 'select':
    case 'aria-listbox': {
      if (iv.unit === 'date' && typeof v === 'string') {
        const month = monthOption(field.options, Number(v.slice(5, 7)));
        if (month) return month.text;
      }
      return pickOption(field.options, iv)?.text ?? null;
    }
  }
  if (v === '' || (field.kind === 'date' && iv.unit !== 'date')) return null;
  const facts = factsOfField(field);
  if (iv.unit === 'date' && typeof v === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return field.kind === 'date' ? null : v;
    if (field.kind === 'date') return v.slice(0, 10);
    const part = datePart(field.element);
    return part ? datePartValue(v, part) : dateFor(facts.text, v);
  }
  if (typeof v === 'number') {
    if ((iv.unit === 'score' && facts.percentOnly) || (iv.unit === 'percent' && facts.scoreOnly)) return null;
    const sep = facts.separator ?? decimal;
    if (iv.unit === 'count' && facts.thousands) return (v / 1000).toFixed(3).replace('.', sep);
    if (iv.unit === 'percent' && facts.fraction) return formatNumber(v / 100, sep, 4);
    if (field.kind === 'number') return formatNumber(v, '.');
    return formatNumber(v, sep);
  }
  if (field.kind === 'number') return null;
  if (typeof v === 'boolean') return v ? 'Да' : 'Нет';
  // A field that counts («…, чел.», «%», a numeric keyboard) takes no words: a name or a period in it is
  // wrong, worse than empty (seen on portals: kinds must be compatible). Digits (an ИНН, a phone) still fit.
  if (facts.counts && /[a-zа-яё]/i.test(v)) return null;
  return v;
}

import type { IndicatorValue } from '../../shared/model/report';
import { normalizeText } from '../../shared/sheets/normalize';
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

/** The decimal separator a text field expects: its pattern or placeholder says so, else the default. */
export function decimalFor(el: Element, fallback: ',' | '.'): ',' | '.' {
  const hint = `${el.getAttribute('pattern') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
  if (/\d,\d|\[,|,\]|\\,|\[\.,|,\.\]/.test(hint) && !/\d\.\d/.test(hint)) return ',';
  if (/\d\.\d|\\\.|\[\.\]/.test(hint) && !/,/.test(hint)) return '.';
  return fallback;
}

export function formatNumber(n: number, sep: ',' | '.'): string {
  const rounded = Math.round(n * 100) / 100;
  const s = String(rounded);
  return sep === ',' ? s.replace('.', ',') : s;
}

function isoToRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

function pickOption(options: FieldOption[], iv: IndicatorValue): FieldOption | null {
  const v = iv.value;
  const norm = (o: FieldOption) => normalizeText(o.text);
  if (typeof v === 'boolean') {
    const set = v ? YES : NO;
    return options.find((o) => set.has(norm(o))) ?? null;
  }
  if (typeof v === 'number') {
    const want = normalizeText(String(v));
    const wantComma = normalizeText(String(v).replace('.', ','));
    return options.find((o) => norm(o) === want || norm(o) === wantComma) ?? null;
  }
  if (typeof v === 'string') {
    const want = normalizeText(v);
    if (!want) return null;
    return (
      options.find((o) => norm(o) === want) ??
      options.find((o) => norm(o).length > 2 && (norm(o).includes(want) || want.includes(norm(o)))) ??
      null
    );
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
  if (v === null || v === undefined || v === '') return null;
  switch (field.kind) {
    case 'checkbox':
    case 'aria-checkbox':
      return typeof v === 'boolean' ? v : null;
    case 'radio':
    case 'aria-radio':
    case 'select':
    case 'aria-listbox':
      return pickOption(field.options, iv)?.text ?? null;
    case 'number':
      return typeof v === 'number' ? formatNumber(v, '.') : null;
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
    default:
      if (typeof v === 'number') return formatNumber(v, decimalFor(field.element, decimal));
      if (typeof v === 'boolean') return v ? 'Да' : 'Нет';
      if (iv.unit === 'date') return isoToRu(v);
      return v;
  }
}

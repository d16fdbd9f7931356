import type { IndicatorUnit } from '../../shared/model/report';
import { INDICATORS, type IndicatorDef } from '../../shared/report/catalog';
import { normalizeText } from '../../shared/sheets/normalize';
import { stem } from '../../shared/text/stem';
import type { FieldKind } from './types';

/** Words that carry no meaning for matching («из числа», «в том числе», units). */
const STOP = new Set([
  'в',
  'во',
  'и',
  'с',
  'со',
  'по',
  'из',
  'на',
  'за',
  'о',
  'об',
  'от',
  'до',
  'для',
  'к',
  'у',
  'не',
  'том',
  'числе',
  'т',
  'ч',
  'чел',
  'человек',
  'ед',
  'шт',
  'при',
  'их',
  'или',
  'а',
  'также',
  'его',
  'ее',
  'соответствии',
  'всего',
  'указать',
  'укажите',
  'введите',
  'значение',
]);

export { stem };

/** Normalised, stemmed, meaningful words of a text. */
export function words(text: string): string[] {
  // Abbreviations forms use for «количество».
  const expanded = text
    .replace(/(^|[^а-яё])кол(-|\.\s?)во(?![а-яё])/gi, '$1количество')
    .replace(/(^|[^а-яё])кол\.(?=\s)/gi, '$1количество');
  return normalizeText(expanded)
    .split(' ')
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** What a label asks for, from its wording: a share, a count, a yes/no, a link, a date, or unknown. */
export type Sense = 'percent' | 'count' | 'boolean' | 'link' | 'date' | null;

export function senseOf(label: string): Sense {
  const t = normalizeText(label);
  if (label.includes('%') || /(^| )(дол[яиюей]|процент[а-я]*)( |$)/.test(t)) return 'percent';
  if (/(^| )(ссылк[а-я]*|url|адрес страниц[а-я]*)( |$)/.test(t)) return 'link';
  if (/(^| )(наличие|имеется ли|есть ли)( |$)/.test(t)) return 'boolean';
  if (/(^| )(количеств[а-я]*|числ[оа]|сколько|чел)( |$)/.test(t)) return 'count';
  if (/(^| )(дата|когда)( |$)/.test(t)) return 'date';
  return null;
}

const YES_NO_OPTION = /^(да|нет|есть|имеется|отсутствует|yes|no)$/;

/** What a list of choices offers: yes/no, numbers, or anything. */
export function choiceSense(options: readonly string[]): 'boolean' | 'number' | null {
  const texts = options.map(normalizeText).filter((t) => t && !/^(выберите|выбрать|не выбрано)/.test(t));
  if (!texts.length) return null;
  if (texts.every((t) => YES_NO_OPTION.test(t))) return 'boolean';
  if (texts.every((t) => /^\d+( \d+)?$/.test(t))) return 'number';
  return null;
}

/** Which units a field can take at all. */
function kindAccepts(kind: FieldKind, unit: IndicatorUnit, choices: 'boolean' | 'number' | null): number {
  if (choices === 'boolean') return unit === 'boolean' ? 1 : 0.2;
  if (choices === 'number') return unit === 'count' || unit === 'percent' ? 1 : 0;
  switch (kind) {
    case 'checkbox':
    case 'aria-checkbox':
      return unit === 'boolean' ? 1 : 0;
    case 'radio':
    case 'aria-radio':
    case 'select':
    case 'aria-listbox':
      return unit === 'boolean' ? 1 : unit === 'link' || unit === 'text' ? 0.5 : 0.85;
    case 'number':
      return unit === 'count' || unit === 'percent' ? 1 : 0;
    case 'date':
      return unit === 'date' ? 1 : 0;
    default:
      return unit === 'boolean' ? 0.6 : 1;
  }
}

interface Phrase {
  def: IndicatorDef;
  words: string[];
  norm: string;
  primary: boolean;
}

let phrases: Phrase[] | null = null;
let weights: Map<string, number> | null = null;
let unknownWeight = 1;

/** Rarer words weigh more: «количество» is in most indicators and says little; «куратор» says much. */
function weightOf(word: string): number {
  allPhrases();
  return weights!.get(word) ?? unknownWeight;
}

function allPhrases(): Phrase[] {
  if (!phrases) {
    phrases = INDICATORS.flatMap((def) =>
      [def.label, ...def.synonyms].map((p, i) => ({
        def,
        words: words(p),
        norm: normalizeText(p),
        primary: i === 0,
      })),
    );
    const df = new Map<string, number>();
    for (const p of phrases) for (const w of new Set(p.words)) df.set(w, (df.get(w) ?? 0) + 1);
    const n = phrases.length;
    weights = new Map([...df].map(([w, c]) => [w, Math.log(1 + n / c)]));
    unknownWeight = Math.log(1 + n);
  }
  return phrases;
}

/** Dice overlap of two word multisets, each word weighted by how rare it is in the catalog. */
function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const rest = [...b];
  let common = 0;
  for (const w of a) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      common += weightOf(w);
      rest.splice(i, 1);
    }
  }
  const total = a.reduce((s, w) => s + weightOf(w), 0) + b.reduce((s, w) => s + weightOf(w), 0);
  return (2 * common) / total;
}

export interface Candidate {
  key: string;
  score: number;
  how: 'exact-label' | 'synonym' | 'similar-words';
}

/**
 * Scores every indicator against a field's label. For a table cell, the row header and the column header
 * are tried together and the row alone (a column «Значение» adds nothing; «Количество пар» adds sense).
 */
export function scoreIndicators(
  label: string,
  kind: FieldKind,
  extra: { row?: string; column?: string; options?: readonly string[] } = {},
  keys?: ReadonlySet<string>,
): Candidate[] {
  const choices = extra.options ? choiceSense(extra.options) : null;
  const texts = [label];
  if (extra.row) texts.push(extra.row);
  const sense = senseOf(label);
  const best = new Map<string, Candidate>();
  for (const text of texts) {
    const w = words(text);
    const norm = normalizeText(text);
    if (!w.length) continue;
    for (const p of allPhrases()) {
      if (keys && !keys.has(p.def.key)) continue;
      const accept = kindAccepts(kind, p.def.unit, choices);
      if (accept === 0) continue;
      let score: number;
      let how: Candidate['how'];
      if (norm === p.norm) {
        score = 1;
        how = p.primary ? 'exact-label' : 'synonym';
      } else {
        score = dice(w, p.words) * 0.95;
        how = 'similar-words';
      }
      // Number vs percentage sense: «доля, %» is never a count and «количество» never a share.
      const unitSense: Sense = p.def.unit === 'percent' ? 'percent' : p.def.unit === 'count' ? 'count' : null;
      if (sense === 'percent' && p.def.unit === 'count') score *= 0.5;
      else if (sense === 'count' && p.def.unit === 'percent') score *= 0.5;
      else if (sense === 'link' && p.def.unit === 'boolean') score *= 0.6;
      else if (sense === 'boolean' && p.def.unit === 'link') score *= 0.6;
      else if (sense && unitSense === sense) score = Math.min(1, score * 1.05);
      score *= accept;
      const prev = best.get(p.def.key);
      if (!prev || prev.score < score) best.set(p.def.key, { key: p.def.key, score, how });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

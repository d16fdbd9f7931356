/**
 * The one word splitter of the product and its one list of function words: matching requests to competencies
 * (shared/matching) and reading portal labels (extension/autofill) both take a text's words from here and add
 * only the words their own domain makes meaningless.
 */
import { normalizeText } from './normalize';
import { stem } from './stem';

/**
 * Words that tell nothing about a topic: prepositions, conjunctions, particles, pronouns (the union of what the
 * matching and the autofill dropped when each kept its own list).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'для',
  'к',
  'ко',
  'о',
  'об',
  'обо',
  'от',
  'до',
  'из',
  'за',
  'при',
  'не',
  'ни',
  'а',
  'но',
  'или',
  'как',
  'что',
  'это',
  'у',
  'же',
  'ли',
  'бы',
  'то',
  'так',
  'также',
  'их',
  'них',
  'его',
  'ее',
  'мой',
  'свой',
  'ваш',
  'ваша',
  'вашей',
  'вашем',
  'вашего',
]);

/** The stop words and a domain's own additions, as one set. */
export function stopWords(...extra: readonly string[]): ReadonlySet<string> {
  return new Set([...STOP_WORDS, ...extra]);
}

/** The normalised words of a text without numbers and stop words, in order (repeats kept). */
export function words(text: string, stop: ReadonlySet<string> = STOP_WORDS): string[] {
  return normalizeText(text)
    .split(' ')
    .filter((w) => w !== '' && !/^\d+$/.test(w) && !stop.has(w));
}

const stemSets = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * Distinct meaningful stems of a phrase, in order of first appearance: one-letter words and numbers left out,
 * and a stop word whether it stands as written or in another form of it (its stem).
 */
export function stems(text: string, stop: ReadonlySet<string> = STOP_WORDS): string[] {
  let stopStems = stemSets.get(stop);
  if (!stopStems) {
    stopStems = new Set([...stop].flatMap((w) => [w, stem(w)]));
    stemSets.set(stop, stopStems);
  }
  const out: string[] = [];
  for (const w of normalizeText(text).split(' ')) {
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    const s = stem(w);
    if (stopStems.has(w) || stopStems.has(s)) continue;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** A key for a short label such as a subject: «Математике» and «математика» give the same key. */
export function labelKey(text: string): string {
  return normalizeText(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .map(stem)
    .join(' ');
}

/**
 * One light Russian stemmer for the whole product (matching requests to competencies, reading portal
 * labels): it strips one inflectional ending, longest first, keeping at least three letters of stem, so
 * «классное руководство» meets «классного руководства». Not a full morphological analyser — written by hand
 * because the dictionaries that do that are megabytes, too big for Apps Script and an extension.
 */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ией',
  'ьми',
  'ми',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ей',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ых',
  'их',
  'ов',
  'ев',
  'ью',
  'ье',
  'ья',
  'ия',
  'ии',
  'ию',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

export function stem(word: string): string {
  if (!/[а-яё]/.test(word)) return word;
  let out = word;
  for (const e of ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) {
      out = word.slice(0, -e.length);
      break;
    }
  }
  // «деятельность» / «деятельности»: the soft sign belongs to the ending, not the stem.
  if (out.length > 3 && out.endsWith('ь')) out = out.slice(0, -1);
  // Full and short participles alike: «выполненных» and «выполнено».
  return out.endsWith('нн') ? out.slice(0, -1) : out;
}

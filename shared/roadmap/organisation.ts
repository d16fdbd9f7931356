/**
 * The organisation that issues a roadmap, as written in its title: «Дорожная карта … в МБОУ «СОШ № 7»
 * г. Новоборска на 2023-2024 учебный год» → «МБОУ «СОШ № 7» г. Новоборска». Where the title names no
 * organisation, the first line of the title block or letterhead that does («к приказу МАОУ «Гимназия
 * № 2»», «(МБОУ «Лицей № 3» г. Северогорска)»). Verbatim: not declined, expanded or re-quoted.
 */

/** An organisation's type as its abbreviation (МБОУ, МАДОУ, ГБПОУ, МКУ …) followed by its quoted name. */
const NAMED = /(?<![А-ЯЁа-яё])[А-ЯЁ]{2,7}\s*«/u;

/** «в МБОУ «…» …» in a title: the organisation runs to the period («на 2023…»), a year or the end. */
export function readOrganisation(title: string, preamble: readonly string[] = []): string {
  const t = title.replace(/[\s\u00a0]+/g, ' ').trim();
  const inTitle = /(?:^|\s)(?:в|во)\s+([А-ЯЁ]{2,7}\s*«.*)$/u.exec(t);
  if (inTitle) return cutTail(inTitle[1]!);
  for (const line of preamble) {
    const l = line.replace(/[\s\u00a0]+/g, ' ').trim();
    const m = NAMED.exec(l);
    if (m) return cutTail(l.slice(m.index));
  }
  return '';
}

/** Drops what follows the name: the period, a date or order number, a closing bracket. */
function cutTail(text: string): string {
  let s = text;
  const period = /\s(?:на|в)\s+\d{4}|\s(?:от|на)\s+\d{1,2}\.\d{1,2}\.\d{2,4}|\s№\s*\d+-?[а-яё]*$/iu.exec(s);
  if (period) s = s.slice(0, period.index);
  s = s.trim();
  // A name written in brackets after the full one: «(МБОУ «Лицей № 3» г. Северогорска)».
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trim();
  return s.replace(/[,;:.]$/, '').trim();
}

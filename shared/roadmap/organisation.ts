import { cleanText } from './text';

/**
 * The organisation that issues a roadmap, verbatim as the document writes it: «МБОУ «СОШ № 7» г.
 * Новоборска», «МБДОУ «Детский сад № 9 «Ромашка»» (quotes left unbalanced as typed). Taken from the
 * title («… в МБОУ … на 2023-2024 учебный год»); when the title names none, from the title block or
 * letterhead before it («Заведующий МБДОУ …», «(МБОУ «Лицей № 3» г. Северогорска)»). '' when none.
 */
export function readOrganisation(title: string, preamble: readonly string[]): string {
  const t = cleanText(title);
  const inTitle = fromAbbreviation(t);
  if (inTitle) return inTitle;
  // A full name after «в» in the title: «… в Государственном бюджетном … учреждении … на 2022-2023 …».
  const cut = cutPeriod(t);
  const full = /\sв\s+(?=[А-ЯЁ])/u.exec(cut);
  const name = full ? cut.slice(full.index + full[0].length) : '';
  if (/учреждени|школ|гимнази|лице|сад/i.test(name)) return tidy(name);
  for (const line of preamble) {
    const found = fromAbbreviation(cleanText(line));
    if (found) return found;
  }
  return '';
}

/**
 * Russian abbreviations of school types: МБОУ, МАОУ, МКОУ, МОБУ, МБДОУ, ГБОУ, КГБОУ, ЧОУ, МБУ ДО…
 * Letters from the words they shorten only (so «КАРТУ» of an upper-case title is not one), ending in «У».
 */
const ABBREVIATION = /(?:^|[\s(«"])([МГКОЧНАБДПСУ]{1,6}У(?:\s+ДО)?)(?=\s+[«"“№А-ЯЁ])/u;

function fromAbbreviation(text: string): string {
  const m = ABBREVIATION.exec(text);
  if (!m?.[1] || !/[ОБ]/u.test(m[1])) return '';
  const start = m.index + m[0].length - m[1].length;
  return tidy(cutPeriod(text.slice(start)));
}

/** Cuts «на 2023-2024 учебный год», «от 29.08.2022 № 311» and what follows. */
function cutPeriod(text: string): string {
  const at = text.search(/\s(?:на\s+(?:\d|учебн|период)|от\s+\d|приказ)/iu);
  return at < 0 ? text : text.slice(0, at);
}

function tidy(text: string): string {
  let out = text.trim().replace(/[\s,;:.]+$/u, '');
  // An organisation in brackets in a letterhead: «(МБОУ «Лицей № 3» г. Северогорска)».
  if (out.endsWith(')') && !out.includes('(')) out = out.slice(0, -1).trim();
  return out;
}

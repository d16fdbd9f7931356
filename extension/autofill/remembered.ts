/**
 * A person's choices on other sites, offered for similar labels: the field «Пары» on a new portal is offered
 * first what the person chose for «Пары» elsewhere, with where — never filled by it (issue 15: a wrong figure
 * is worse than an empty field, and a label can mean another thing on another portal).
 */
import { normalizeText } from '../../shared/text';
import { words } from './match';

import type { ChoiceElsewhere } from './types';

export type { ChoiceElsewhere };

/**
 * Two labels are similar when they have the same meaningful words after normalisation: case, punctuation,
 * word forms (Snowball stems), stop words («в», «из них», «укажите») and the synonyms of synonyms.ts apart.
 * «Количество пар:» and «количество пар» are similar; «Пары» and «Группы» are not. Empty for no such words.
 */
export function similarLabelKey(label: string): string {
  return [...new Set(words(normalizeText(label)))].sort().join(' ');
}

/**
 * The label a field signature was made from (fields.ts signatureOf: `kind:normalised label`, with « (2)» for
 * a second field of the same label); null when the field had no label and was keyed by its name.
 */
export function labelOfSignature(signature: string): string | null {
  const label = signature.replace(/^[a-z-]+:/, '').replace(/ \(\d+\)$/, '');
  return label.startsWith('#') ? null : label;
}

/** The host of a site key (origin + path), the part of an address a person recognises. */
function hostOf(site: string): string {
  try {
    return new URL(site).host || site;
  } catch {
    return site;
  }
}

/**
 * Every choice the person made on sites other than `here`, one per label and indicator (named by the first
 * site it was made on), the ones made on more sites first: a field switched off («не заполнять») is no choice,
 * and a field keyed by its name has no label to compare.
 */
export function choicesElsewhere(
  mappings: readonly { site: string; entries: Record<string, string | null> }[],
  here: string,
): ChoiceElsewhere[] {
  const found = new Map<string, { choice: ChoiceElsewhere; sites: number; order: number }>();
  for (const m of mappings) {
    if (m.site === here) continue;
    for (const [signature, key] of Object.entries(m.entries)) {
      const text = key ? labelOfSignature(signature) : null;
      const label = text ? similarLabelKey(text) : '';
      if (!key || !label) continue;
      const id = `${label}\u0001${key}`;
      const known = found.get(id);
      if (known) known.sites++;
      else found.set(id, { choice: { label, key, site: hostOf(m.site) }, sites: 1, order: found.size });
    }
  }
  return [...found.values()].sort((a, b) => b.sites - a.sites || a.order - b.order).map((x) => x.choice);
}

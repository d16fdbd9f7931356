import { readFileSync } from 'node:fs';
import { cleanText } from '../../../shared/roadmap/text';

/** The real documents, copied from shared/fixtures/roadmaps so the suite runs in any checkout. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/roadmaps/${name}`, import.meta.url), 'utf8');
}

/** Words of a text, lower case, as a sorted list: two texts with the same words in any order compare equal. */
export function words(text: string): string[] {
  return (
    cleanText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).sort();
}

/**
 * The window's language: the server writes it into `<html lang>` (platform/menu.ts, windowHtml) from the user's
 * locale, before the script runs; Russian when it says nothing else (and outside a browser, in unit tests).
 */
import { type Lang, type Shape, useLang } from '../../../shared/text/locale';

export const LANG: Lang =
  typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'ru';

// The shared core's messages the window produces itself (the import window reads files in the browser) too.
useLang(LANG);

/** A window's strings in its language (the English table must have every key of the Russian one). */
export function pick<T>(ru: T, en: Shape<T>): T {
  return LANG === 'en' ? (en as unknown as T) : ru;
}

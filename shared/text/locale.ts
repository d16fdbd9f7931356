/** The product's two languages, the shape a second strings table must have, and which language shared messages are in. */

export type Lang = 'ru' | 'en';

/**
 * The type of a strings table with its texts widened: an English table typed `Shape<typeof RU>` must have
 * every key of the Russian one (a missing key is a compile error) and the same function arguments.
 */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Shape<T[K]> }
        : T;

/** A user's locale as Google gives it («en», «en_US», «ru», …) → the language: English for en*, else Russian. */
export function langOf(locale: string | null | undefined): Lang {
  return /^en(?:$|[-_])/i.test(String(locale ?? '').trim()) ? 'en' : 'ru';
}

/**
 * Where the language of the shared messages comes from: the surface says, once, at load (the add-on: the user's
 * locale read lazily per execution; a window: its `<html lang>`; the extension: the browser's language). shared/
 * never asks Google or the browser itself. Russian until a surface says otherwise (unit tests, the playground).
 */
let source: () => Lang = () => 'ru';
/** A language forced for a stretch of code (withLang): data written into the spreadsheet is always Russian. */
let forced: Lang | null = null;

/** The surface gives the language (a value, or a function asked at each read so it can be lazy). */
export function useLang(from: Lang | (() => Lang)): void {
  source = typeof from === 'function' ? from : () => from;
}

/** The language shared messages are in right now. */
export function currentLang(): Lang {
  return forced ?? source();
}

/**
 * Runs `run` with every shared message in `lang`: what it produces is data (a cell note, a sheet value, a mail)
 * that must read the same whoever's locale wrote it.
 */
export function withLang<T>(lang: Lang, run: () => T): T {
  const before = forced;
  forced = lang;
  try {
    return run();
  } finally {
    forced = before;
  }
}

/**
 * A strings table whose every read goes to the current language: `en` must have every key of `ru` (Shape).
 * Keys an English table shares with the Russian one by reference (data written into the sheets) stay Russian.
 */
export function localized<T extends object>(ru: T, en: Shape<T>): T {
  return new Proxy(ru, {
    get: (_target, key) => (currentLang() === 'en' ? (en as unknown as T) : ru)[key as keyof T],
  });
}

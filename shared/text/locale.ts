/** The product's two languages and the shape a second strings table must have (every key, same arguments). */

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

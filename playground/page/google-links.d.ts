/** Types of google-links.js (plain JS, served to the page and the dialogs as it is). */
export const GOOGLE_ORIGIN: string;
export const LOCAL_PREFIX: string;
export function localAddress(href: string): string | null;
export function googleAddress(pathAndQuery: string): string | null;
export function followGoogleLinks(doc: Document, open?: (url: string) => void): void;

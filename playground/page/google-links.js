// Google addresses the add-on makes (Google Forms and Documents created in the double) → the playground's own
// pages for them, and back. One rule for the page, the dialogs' shim and the server.

export const GOOGLE_ORIGIN = 'https://docs.google.com';
export const LOCAL_PREFIX = '/google';
const KINDS = /^\/(forms|document)\/d\//;

/** The playground's address of a Google Form or Document link (path and query kept), or null for any other. */
export function localAddress(href) {
  let u;
  try {
    u = new URL(String(href));
  } catch {
    return null;
  }
  if (u.origin !== GOOGLE_ORIGIN || !KINDS.test(u.pathname)) return null;
  return LOCAL_PREFIX + u.pathname + u.search;
}

/** The Google address a playground path stands for (the inverse of localAddress), or null. */
export function googleAddress(pathAndQuery) {
  const text = String(pathAndQuery);
  if (!text.startsWith(`${LOCAL_PREFIX}/`)) return null;
  const rest = text.slice(LOCAL_PREFIX.length);
  return KINDS.test(rest) ? GOOGLE_ORIGIN + rest : null;
}

/**
 * Opens Google Form and Document links clicked anywhere in `doc` on the playground instead (a new tab, as
 * Google's own links open); other links behave as usual.
 */
export function followGoogleLinks(doc, open = (url) => window.open(url, '_blank', 'noopener')) {
  doc.addEventListener(
    'click',
    (e) => {
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      const local = a ? localAddress(a.href) : null;
      if (!local) return;
      e.preventDefault();
      open(local);
    },
    true,
  );
}

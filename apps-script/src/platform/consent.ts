/**
 * Granular consent: on Google's consent screen the user may untick some of the add-on's permissions
 * (https://developers.google.com/apps-script/concepts/scopes#granular-consent). Before work that needs a
 * permission the add-on asks Google which of them are granted
 * (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String))
 * and, when one is missing, says in Russian which box to tick instead of failing halfway with Google's
 * English error.
 */

import { S } from '../strings';
import { AddonError } from './env';

const A = 'https://www.googleapis.com/auth/';
/** The manifest's scopes (apps-script/appsscript.json), by what they allow. */
export const SCOPE = {
  ui: `${A}script.container.ui`,
  documents: `${A}documents`,
  triggers: `${A}script.scriptapp`,
  mail: `${A}script.send_mail`,
  forms: `${A}forms`,
  email: `${A}userinfo.email`,
} as const;
export type ScopeName = keyof typeof SCOPE;

/** What @types/google-apps-script does not declare yet: getAuthorizationInfo with scopes. */
interface ScopedAuthorization {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): { getAuthorizedScopes(): string[] | null };
}

/** The scopes of `names` the user has not granted. */
export function missingConsent(names: readonly ScopeName[]): ScopeName[] {
  const app = ScriptApp as unknown as ScopedAuthorization;
  const info = app.getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    names.map((n) => SCOPE[n]),
  );
  const granted = info.getAuthorizedScopes() ?? [];
  return names.filter((n) => !granted.includes(SCOPE[n]));
}

/**
 * Throws the curator's message naming each missing permission and the menu item to choose again (Google
 * asks for what is missing when the user next runs the add-on).
 */
export function requireConsent(
  action: keyof typeof S.consent.actions,
  menuItem: string,
  names: readonly ScopeName[],
): void {
  const missing = missingConsent(names);
  if (missing.length > 0)
    throw new AddonError(
      S.consent.missing(
        S.consent.actions[action],
        menuItem,
        missing.map((n) => S.consent.scopes[n]),
      ),
    );
}

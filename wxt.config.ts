import { defineConfig } from 'wxt';

/** The Firefox add-on id: a GUID of its own (Firefox ties stored data and updates to it; never change it). */
export const GECKO_ID = '{1f885d0d-5433-4259-b5d5-19526309dc44}';

// The e2e build (`--mode e2e`) may touch 127.0.0.1 without a click, because a test cannot press the
// toolbar button that grants activeTab. The shipped build (production) never has host permissions.
// Texts of the manifest come from extension/public/_locales (`__MSG_…__`): the browser's language chooses,
// Russian is the default.
export default defineConfig({
  srcDir: 'extension',
  // NASTAVNIK_OUT_DIR lets a test build elsewhere without touching the builds a person is using.
  outDir: process.env['NASTAVNIK_OUT_DIR'] ?? '.output',
  // Icons and _locales live with the extension's sources.
  publicDir: 'extension/public',
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['activeTab', 'scripting'],
    // https for the add-on's web app; 127.0.0.1 / localhost for the playground's and a local test's web app
    // (import/package.ts accepts exactly these). Asked for only on the person's click, for that one host.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox's built-in data consent: the extension collects and sends nothing to anyone; the one
              // request it makes goes to the person's own add-on web app (docs/store/privacy.md).
              // Firefox reads this key from version 140 on (desktop), 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_openPopup__',
      },
    },
  }),
  zip: {
    // The sources zip for addons.mozilla.org review (`wxt zip -b firefox`): what builds the extension, no tests.
    excludeSources: ['test/**', 'bench/**', 'sample/**', 'playground/**', 'apps-script/**', '.ci/**'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});

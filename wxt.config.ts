import { defineConfig } from 'wxt';

// The e2e build (`--mode e2e`) may touch 127.0.0.1 without a click, because a test cannot press the
// toolbar button that grants activeTab. The shipped build (production) never has host permissions.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'Наставничество: автозаполнение отчётов',
    description:
      'Заполняет формы районных и региональных порталов из пакета отчёта надстройки «Наставничество».',
    permissions: ['activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'nastavnik-autofill@example.org', strict_min_version: '115.0' },
          },
        }
      : {}),
    action: { default_title: 'Наставничество: заполнить форму' },
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});

import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node, the Google double, happy-dom) and browser tests (real Chromium through
// playwright-core). A browser test lives under an `e2e/` folder or is named `*.e2e.test.ts`.
// `npm test` runs both; `npm run test:unit` and `npm run test:e2e` run one.
const ALL = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
const BROWSER = ['test/**/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ALL,
          exclude: BROWSER,
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: BROWSER,
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

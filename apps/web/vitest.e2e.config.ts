import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: the built app (API + SPA on one port, its own embedded PostgreSQL
 * with demo data) driven by playwright-core in Debian's chromium. Run after `npm run build`.
 */
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

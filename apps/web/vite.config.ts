import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    alias: {
      '@bilikti/contracts': `${import.meta.dirname}/../../libs/contracts/src/index.ts`,
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page needs (the bundle size test reads it).
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The libraries every page needs change less often than our code: one vendor chunk stays
        // cached across deploys. The rest (the editor, drag and drop, the sanitizer) stay in the
        // lazily loaded chunks of the pages that use them.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['./src/test/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});

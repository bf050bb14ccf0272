import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Separate from vite.config.ts so unit tests don't load the crx plugin, and so vitest does not
// collect the browser end-to-end tests (tests/e2e, run by node:test against the built extension).
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30000,
  },
});

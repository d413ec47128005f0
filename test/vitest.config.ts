import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Tests run the built CLI as users do; a few generate and type-check whole packages.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

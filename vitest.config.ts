import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One temporary directory per run, removed at its end (tests/global-temp.ts).
    globalSetup: ['tests/global-temp.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry; two workers match this 2-core machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});

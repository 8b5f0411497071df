import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards only: a test's own limit must never be a speed target on a busy machine.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});

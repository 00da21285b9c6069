import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['action/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/setup.ts'],
  },
});

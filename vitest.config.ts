import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['action/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Vitest leaves a core free by default; most tests here wait on child processes, a browser or
    // a local server, so both cores keep busy.
    maxWorkers: 2,
  },
});

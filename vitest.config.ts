import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Two cores: the browser and build tests are heavy; files run in parallel up to the core count.
    maxWorkers: 2,
    // Builds the example site once per run for the tests that read it (`inject('siteDist')`).
    globalSetup: ['tests/setup/build-site.ts'],
  },
});

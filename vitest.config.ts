// Test tiers by file name: *.test.ts unit, *.int.test.ts against the local test Neo4j, e2e/ in Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts the tests' own Neo4j once for every project (see the file for why).
    globalSetup: ['./vitest.global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // bench/: only its unit tests; the benchmarks themselves run with `pnpm bench`, never in `pnpm test`.
          include: ['{core,graph-api,seed,explorer}/src/**/*.test.{ts,tsx}', 'neo4j/**/*.test.ts', 'bench/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{core,graph-api,seed}/src/**/*.int.test.ts', '{graph-api,seed}/test/**/*.int.test.ts'],
          // One Neo4j Community database is shared: files run one at a time, each owns its data.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

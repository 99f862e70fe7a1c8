// Test tiers by file name: *.test.ts unit, *.int.test.ts against the local test Neo4j, e2e/ in Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{graph-api,seed,explorer}/src/**/*.test.{ts,tsx}', 'neo4j/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{graph-api,seed}/src/**/*.int.test.ts', '{graph-api,seed}/test/**/*.int.test.ts'],
          globalSetup: ['./vitest.global-setup.ts'],
          // One Neo4j Community database is shared: files run one at a time, each owns its data.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

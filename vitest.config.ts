// Test tiers by file name: *.test.ts unit, *.int.test.ts against a test Neo4j, e2e/ in Chromium, and the
// slow checks (SLOW below). They run in this order (sequence.groupOrder), each tier after the last one ends,
// so that the timing-sensitive tests of one tier never compete with another tier's load.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './vitest.sequencer.ts';

// One graphql for the tests, as in production: Node loads graphql's CommonJS build for yoga and the graphql-tools, and
// without this Vite would hand our own files its ES build, whose types the other build refuses (another "realm").
const resolve = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

// The check that kills a Neo4j under load on purpose: it runs after everything else, alone, so its timing assertions
// never compete with other files. (The injection corpus, heavy but without timing assertions, runs with integration.)
const SLOW = ['graph-api/test/neo4j-fault.int.test.ts'];

// Workers for unit and integration; the global setup starts one Neo4j per worker and each integration file leases one
// of them for its whole run (core/test/test-neo4j.ts), so files running side by side never share a database.
// VITEST_MAX_WORKERS overrides the count; NEO4J_TEST_URI (comma-separated, already running instances) fixes it to
// the instances given.
const externalUris = process.env.NEO4J_TEST_URI?.split(',').filter((uri) => uri.trim()).length ?? 0;
const workers = externalUris || Math.max(1, Number(process.env.VITEST_MAX_WORKERS ?? 2));

export default defineConfig({
  test: {
    // Starts the tests' own Neo4j instances once for every project (see the file for why).
    globalSetup: ['./vitest.global-setup.ts'],
    maxWorkers: workers,
    // Longest files first in each tier (see the file for why).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          // bench/: only its unit tests; the benchmarks themselves run with `pnpm bench`, never in `pnpm test`.
          include: [
            '{core,graph-api,seed,explorer}/src/**/*.test.{ts,tsx}',
            'graph-api/eval/**/*.test.ts',
            'neo4j/**/*.test.ts',
            'bench/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['{core,graph-api,seed}/src/**/*.int.test.ts', '{graph-api,seed}/test/**/*.int.test.ts'],
          exclude: [...SLOW, '**/node_modules/**'],
          // Files run side by side, each on a Neo4j it leases (core/test/test-neo4j.ts); each owns its data.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // Two browsers at a time, each file on a test Neo4j it leases: the pages wait on layouts, timers and the
          // API as much as they compute, so two share the cores well.
          fileParallelism: true,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'slow',
          include: SLOW,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

// The statements benchmarks run: the product's, and the bench-only ones in bench/cypher (the raw baseline's loads and
// the wipe between runs, which the product must never be able to run).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStatementRegistry, QUERIES_DIR } from '@siheung/core/db';

export const BENCH_QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cypher');

export const benchStatements = createStatementRegistry([QUERIES_DIR, BENCH_QUERIES_DIR]);

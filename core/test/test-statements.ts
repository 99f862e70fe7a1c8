// The statements tests run: the product's, and the test-only ones beside them in core/test/cypher (setup and
// clean-up the product must never be able to run).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStatementRegistry, QUERIES_DIR } from '../src/db/index.ts';

export const TEST_QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cypher');

export const testStatements = createStatementRegistry([QUERIES_DIR, TEST_QUERIES_DIR]);

/** The Database option that gives a test's connection the test statements too. */
export const withTestStatements = { statements: (name: string): string => testStatements.text(name) };

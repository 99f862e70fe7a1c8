// Every folder of named statements, for the tests that check each statement parses and is used.
import { join, resolve } from 'node:path';
import { CYPHER_DIR } from '../src/db/paths.ts';
import { QUERIES_DIR } from '../src/db/index.ts';
import { TEST_QUERIES_DIR } from './test-statements.ts';

export const REPOSITORY_DIR = resolve(CYPHER_DIR, '..');

export const STATEMENT_FOLDERS = [QUERIES_DIR, TEST_QUERIES_DIR, join(REPOSITORY_DIR, 'bench', 'cypher')];

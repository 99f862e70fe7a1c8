// Where the repository's Cypher lives (every statement the product runs is a file there).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../cypher');
export const QUERIES_DIR = resolve(CYPHER_DIR, 'queries');
export const SCHEMA_DIR = resolve(CYPHER_DIR, 'schema');
/** Shared parts of statements, pulled in by `// include: <name>` lines (statement-registry.ts). */
export const FRAGMENTS_DIR = resolve(CYPHER_DIR, 'fragments');

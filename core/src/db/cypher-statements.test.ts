// Every statement file is named in code, and every statement name code sends has a file: a statement nobody runs
// is dead weight, and a name with no file only fails when its code path runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_DIR, STATEMENT_FOLDERS } from '../../test/statement-folders.ts';
import { createStatementRegistry } from './statement-registry.ts';

const SOURCE_ROOTS = ['core', 'graph-api', 'seed', 'bench', 'e2e', 'explorer', 'neo4j'];
/** Calls whose first argument is a statement name. */
const NAMED_CALL = /\b(?:read|write|run|warmGate|cypher|text)\(\s*['"`]([a-z0-9-]+)['"`]/g;
const LITERAL = /['"`]([a-z0-9]+(?:-[a-z0-9]+)+)['"`]/g;

function sourceFiles(root: string): string[] {
  return readdirSync(join(REPOSITORY_DIR, root), { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && /\.tsx?$/.test(entry.name) && !join(entry.parentPath, entry.name).includes('node_modules'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The registry's own tests name made-up statements in throwaway folders. */
const REGISTRY_TEST = join('core', 'src', 'db', 'statement-registry.test.ts');
const sources = SOURCE_ROOTS.flatMap(sourceFiles)
  .filter((file) => !file.endsWith(REGISTRY_TEST))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const statements = createStatementRegistry(STATEMENT_FOLDERS);

describe('cypher statements', () => {
  it('has one file per name across the product, test and bench folders', () => {
    expect(statements.names().length).toBeGreaterThan(100);
  });

  it('names every statement as a string literal in code', () => {
    const literals = new Set(sources.flatMap(({ text }) => [...text.matchAll(LITERAL)].map((match) => match[1]!)));
    const unused = statements.names().filter((name) => !literals.has(name));
    expect(unused, 'statements no code names (delete them, or name them as a literal)').toEqual([]);
  });

  it('has a file for every statement name code sends', () => {
    const known = new Set(statements.names());
    const missing = sources.flatMap(({ file, text }) =>
      [...text.matchAll(NAMED_CALL)]
        .map((match) => match[1]!)
        .filter((name) => !known.has(name))
        .map((name) => `${name} (${file.slice(REPOSITORY_DIR.length + 1)})`),
    );
    expect(missing, 'statement names with no .cypher file').toEqual([]);
  });
});

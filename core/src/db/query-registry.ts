// The product's named, parameterised Cypher: cypher/queries/<room>/<name>.cypher, loaded once and cached. Test and
// bench statements live beside their tests and have registries of their own (statement-registry.ts).
import { QUERIES_DIR } from './paths.ts';
import { createStatementRegistry } from './statement-registry.ts';

const product = createStatementRegistry([QUERIES_DIR]);

/** The text of a named query; throws if the file does not exist (a programming error, not user input). */
export function cypher(name: string): string {
  return product.text(name);
}

/** Every query file's name, for tests that check each one is used and parses. */
export function listQueryNames(): string[] {
  return product.names();
}

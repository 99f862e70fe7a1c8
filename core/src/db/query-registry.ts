// Named, parameterised Cypher from cypher/queries/<name>.cypher, loaded once and cached.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUERIES_DIR } from './paths.ts';

const cache = new Map<string, string>();

/** The text of a named query; throws if the file does not exist (a programming error, not user input). */
export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`db/query-registry: invalid query name "${name}"`);
  const file = join(QUERIES_DIR, `${name}.cypher`);
  if (!existsSync(file)) throw new Error(`db/query-registry: no query file cypher/queries/${name}.cypher`);
  const text = readFileSync(file, 'utf8');
  cache.set(name, text);
  return text;
}

/** Every query file's name, for tests that check each one is used and parses. */
export function listQueryNames(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length))
    .sort();
}

// The API's schema as the contract clients rely on: printed from the SDL modules, sorted so the checked-in
// file (graph-api/schema.graphql) changes only when the API does.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../schema/load-type-defs.ts';

export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

/**
 * The schema the SDL modules define, built with this module's own graphql (the server's schema comes
 * from @graphql-tools, which may load graphql's other module format; graphql refuses to mix the two).
 */
export function sdlSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs().join('\n'));
}

export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(sdlSchema()))}\n`;
}

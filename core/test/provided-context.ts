// Values the integration tests' global setup hands to every test file (vitest provide/inject).
import type {} from 'vitest';
declare module 'vitest' {
  export interface ProvidedContext {
    /** One test Neo4j per vitest worker; a file takes its own through testNeo4jUri(). */
    neo4jUris: string[];
  }
}
export {};

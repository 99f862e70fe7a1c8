// Values the integration tests' global setup hands to every test file (vitest provide/inject).
import type {} from 'vitest';
declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
export {};

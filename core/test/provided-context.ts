// Values the integration tests' global setup hands to every test file (vitest provide/inject).
import type {} from 'vitest';
declare module 'vitest' {
  export interface ProvidedContext {
    /** One test Neo4j per vitest worker; a file leases one through testNeo4jUri(). */
    neo4jUris: string[];
    /** The data folder of each of neo4jUris, where its password is kept; null for one given by NEO4J_TEST_URI. */
    neo4jDataDirs: (string | null)[];
    /** Folder of the claim files by which a test file leases one of neo4jUris (core/test/test-neo4j.ts). */
    neo4jLeaseDir: string;
    /**
     * The last worker's instance when there are two or more and the global setup started them: no file uses it after
     * the integration tier, so the fault test may kill and restart it instead of starting and loading one of its own.
     */
    spareNeo4j: { uri: string; port: number; dataDir: string; index: number } | null;
  }
}
export {};

// What seed offers other packages' tests: graph dumps to compare, and a sample database for a test's own Neo4j.
export * from './graph-dump.ts';
export { migrateAndLoadSample } from './sample-database.ts';

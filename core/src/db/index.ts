// The db module: the only code that talks to Neo4j.
export { Database, type Params, type QueryRunner, type Row } from './database.ts';
export type { CircuitState } from './circuit-breaker.ts';
export { DbError, classifyDbError, isConnectionFailure, type DbErrorKind } from './db-errors.ts';
export { checkNeo4jServer, isSupportedNeo4jVersion, MINIMUM_NEO4J_VERSION } from './check-neo4j-server.ts';
export { applyMigrations, readMigrations, type MigrationReport } from './migrate.ts';
export { openDatabase, type ConnectionSettings } from './open-database.ts';
export { cypher, listQueryNames } from './query-registry.ts';
export { QUERIES_DIR } from './paths.ts';
export { createStatementRegistry, type StatementRegistry } from './statement-registry.ts';
export { currentCallScope, withCallScope, type CallScope } from './call-scope.ts';

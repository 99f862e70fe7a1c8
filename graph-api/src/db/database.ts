// The one way into Neo4j: read/write transactions with a timeout and metadata, plain results, typed errors.
import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { classifyDbError } from './db-errors.ts';
import { cypher } from './query-registry.ts';
import { toPlain } from './to-plain.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handle that runs named queries from cypher/queries and returns plain rows. */
export interface QueryRunner {
  run(queryName: string, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  /** Counts every statement sent; tests use it to prove a page is answered without N+1 queries. */
  onQuery?: (queryName: string) => void;
}

export class Database {
  /** Shared by every session: a read after a write of this process sees that write, on a cluster too. */
  private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /** Runs one named query in a read transaction. */
  read(queryName: string, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(queryName, params), queryName);
  }

  /** Runs one named query in a write transaction. */
  write(queryName: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(queryName, params), queryName);
  }

  readTransaction<T>(work: (tx: QueryRunner) => Promise<T>, label = 'read'): Promise<T> {
    return this.transaction('READ', work, label);
  }

  writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>, label = 'write'): Promise<T> {
    return this.transaction('WRITE', work, label);
  }

  /** Runs a schema statement on its own (schema changes cannot share a transaction with data writes). */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(statement), { timeout: 120_000, metadata: { app: 'siheung-graph-api', query: 'migration' } });
    } catch (error) {
      throw classifyDbError(error);
    } finally {
      await session.close();
    }
  }

  /** True when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      // An auto-commit query: no retries, so a down database is reported at once.
      await session.run(cypher('health-check'), {}, { timeout: timeoutMs });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>, label: string): Promise<T> {
    const accessMode = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: accessMode, bookmarkManager: this.bookmarkManager });
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'siheung-graph-api', operation: label } };
    const body = (tx: ManagedTransaction): Promise<T> =>
      work({
        run: async (queryName, params = {}) => {
          this.options.onQuery?.(queryName);
          const result = await tx.run(cypher(queryName), params);
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        },
      });
    try {
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      // An error the work itself threw (e.g. a typed validation error) rolls back and passes through as is.
      throw error instanceof Neo4jError ? classifyDbError(error) : error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

// The one way into Neo4j: auto-commit reads and read/write transactions with a timeout and metadata, plain results,
// typed errors, a circuit breaker.
import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { currentCallScope } from './call-scope.ts';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.ts';
import { classifyDbError, DbError } from './db-errors.ts';
import { cypher } from './query-registry.ts';
import { toPlain } from './to-plain.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handle that runs named queries (cypher/queries, or a test folder) and returns plain rows. */
export interface QueryRunner {
  run(queryName: string, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  /** Counts every statement sent; tests use it to prove a page is answered without N+1 queries. */
  onQuery?: (queryName: string) => void;
  /** Where statement texts come from: the product's registry unless tests or benchmarks add their own folder. */
  statements?: (queryName: string) => string;
}

/** How long the background probe's RETURN 1 may take while the circuit is open. */
const PROBE_TIMEOUT_MS = 1_000;
/**
 * While recovering, one database call is given up after this: a request makes up to two calls in a row, so it is
 * answered within 2 s.
 */
const RECOVERING_DEADLINE_MS = 900;
/**
 * A transaction time-out this soon after an outage is blamed on the outage (Neo4j is still catching up), not the query.
 */
const AFTER_OUTAGE_MS = 30_000;
/** How old the readiness state /readyz answers from may be, and how long its own ping may take. */
const READINESS_MAX_AGE_MS = 1_000;
const READINESS_TIMEOUT_MS = 2_000;

const circuitOpen = () => new DbError('UNAVAILABLE', 'Neo4j is unavailable (circuit open)', undefined, true);
const outOfTime = () => new DbError('TIMEOUT', 'The request ran out of time before this call');

/** A call made after its scope's deadline is refused before it reaches Neo4j. */
function refusedPastDeadline(): DbError | null {
  const deadlineAt = currentCallScope()?.deadlineAt;
  return deadlineAt !== undefined && Date.now() >= deadlineAt ? outOfTime() : null;
}

export class Database {
  /** Shared by every session: a read after a write of this process sees that write, on a cluster too. */
  private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager();
  /** Statements warmGate let run since Neo4j last came back, and those one caller is running for the first time. */
  private readonly warm = new Set<string>();
  private readonly warming = new Set<string>();
  /** Fails requests at once while Neo4j is down; see circuit-breaker.ts. */
  private readonly breaker = new CircuitBreaker({
    probe: () => this.answers(PROBE_TIMEOUT_MS),
    deadlineMs: RECOVERING_DEADLINE_MS,
  });
  /** Whether Neo4j answered, and when that was last known (see ready()). */
  private readiness = { ok: false, at: Number.NEGATIVE_INFINITY };
  private readinessCheck: Promise<boolean> | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /**
   * Runs one named read query as an auto-commit query: one round trip (RUN and PULL pipelined) where a transaction
   * function costs BEGIN, RUN and COMMIT, two round trips more per statement (bench/RESULTS.md). One statement needs
   * no transaction to be consistent; the driver does not retry auto-commit queries, which suits the breaker (retries
   * are off anyway, see open-database.ts).
   */
  read(queryName: string, params: Params = {}): Promise<Row[]> {
    const refused = refusedPastDeadline();
    if (refused) return Promise.reject(refused);
    return this.breaker.guard(() => this.runAutoCommit(queryName, params), circuitOpen);
  }

  /**
   * Whether to send a statement a cold Neo4j plans slowly (seconds, bench/RESULTS.md) or a cheaper alternative: yes
   * once it has run since Neo4j (re)started; until then yes for one caller at a time and no for the others, so they
   * do not all plan it at once. A yes returns the function to call with whether the statement ran.
   */
  warmGate(queryName: string): ((ran: boolean) => void) | null {
    if (this.warm.has(queryName)) return () => undefined;
    if (this.warming.has(queryName)) return null;
    this.warming.add(queryName);
    return (ran) => {
      this.warming.delete(queryName);
      if (ran) this.warm.add(queryName);
    };
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
      await session.executeWrite((tx) => tx.run(statement), {
        timeout: 120_000,
        metadata: { app: 'siheung-graph-api', query: 'migration' },
      });
    } catch (error) {
      throw classifyDbError(error);
    } finally {
      await session.close();
    }
  }

  /** closed (healthy), open (down; requests fail at once) or recovering (just back). */
  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  /** Calls `listener` at every change of the circuit's state; returns how to stop. */
  onCircuitChange(listener: (state: CircuitState) => void): () => void {
    return this.breaker.watch(listener);
  }

  /**
   * True when Neo4j answers a trivial query within the timeout; false at once while the circuit is open. Never trips
   * the breaker: a slow answer here is load, and one caller's check must not fail everyone's requests.
   */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    if (this.breaker.state === 'open') return false;
    return this.answers(timeoutMs);
  }

  /**
   * Readiness from a state at most `READINESS_MAX_AGE_MS` old: any call Neo4j answered in that time says yes; past
   * it, one shared ping asks (so however often it is asked, Neo4j sees at most about one ping a second).
   */
  ready(): Promise<boolean> {
    if (this.breaker.state === 'open') return Promise.resolve(false);
    if (Date.now() - this.readiness.at <= READINESS_MAX_AGE_MS) return Promise.resolve(this.readiness.ok);
    this.readinessCheck ??= this.answers(READINESS_TIMEOUT_MS).then((ok) => {
      this.readiness = { ok, at: Date.now() };
      this.readinessCheck = null;
      return ok;
    });
    return this.readinessCheck;
  }

  private async answers(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // An auto-commit query: no retries, so a down database is reported at once; the race bounds a connection
      // that is accepted but never answered.
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(circuitOpen()), timeoutMs + 500);
      });
      this.options.onQuery?.('health-check');
      await Promise.race([session.run(cypher('health-check'), {}, { timeout: timeoutMs }), timedOut]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  /** Neo4j answered a call: the readiness state is fresh. */
  private answered(): void {
    this.readiness = { ok: true, at: Date.now() };
  }

  close(): Promise<void> {
    this.breaker.stop();
    return this.driver.close();
  }

  private statement(queryName: string): string {
    return (this.options.statements ?? cypher)(queryName);
  }

  private transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>, label: string): Promise<T> {
    const refused = refusedPastDeadline();
    if (refused) return Promise.reject(refused);
    return this.breaker.guard(() => this.runTransaction(mode, work, label), circuitOpen);
  }

  private async runAutoCommit(queryName: string, params: Params): Promise<Row[]> {
    const startedAt = Date.now();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      this.options.onQuery?.(queryName);
      const result = await session.run(this.statement(queryName), params, this.transactionConfig(queryName));
      this.answered();
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw this.failure(error, startedAt);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async runTransaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: QueryRunner) => Promise<T>,
    label: string,
  ): Promise<T> {
    const startedAt = Date.now();
    const accessMode = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: accessMode,
      bookmarkManager: this.bookmarkManager,
    });
    const config = this.transactionConfig(label);
    const body = (tx: ManagedTransaction): Promise<T> =>
      work({
        run: async (queryName, params = {}) => {
          this.options.onQuery?.(queryName);
          const result = await tx.run(this.statement(queryName), params);
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        },
      });
    try {
      const result =
        mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
      this.answered();
      return result;
    } catch (error) {
      throw this.failure(error, startedAt);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Timeout and metadata of one transaction or auto-commit query. The same timeout while the circuit is recovering:
   * a call given up there (circuit-breaker.ts) runs on to its end, so a Neo4j that came back cold plans it and warms
   * up once instead of being stopped halfway by every caller in turn; its recovery slot stays taken meanwhile.
   */
  private transactionConfig(operation: string) {
    const scope = currentCallScope();
    const timeout = Math.min(
      scope?.timeoutMs ?? this.options.queryTimeoutMs,
      // Neo4j stops the work itself at the deadline, even when nobody is left to ask it to.
      scope?.deadlineAt === undefined ? Number.POSITIVE_INFINITY : Math.max(1, scope.deadlineAt - Date.now()),
    );
    const metadata = { app: 'siheung-graph-api', operation, ...(scope?.tag === undefined ? {} : { tag: scope.tag }) };
    return { timeout, metadata };
  }

  /**
   * Stops every transaction of this database whose metadata carries `tag` (call-scope.ts), wherever it stands; the
   * number stopped. For work whose answer has already been given up: Neo4j's own timeout check runs only every few
   * seconds.
   */
  async terminateTagged(tag: string): Promise<number> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(this.statement('transactions-terminate-tagged'), { tag }, { timeout: 5_000 });
      return result.records.length;
    } catch (error) {
      throw classifyDbError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The error to throw for a failed query or transaction (tripping the breaker on a connection failure). */
  private failure(error: unknown, startedAt: number): unknown {
    // An error the work itself threw (e.g. a typed validation error) rolls back and passes through as is.
    if (!(error instanceof Neo4jError)) return error;
    const failure = classifyDbError(error);
    if (failure.connection) {
      this.breaker.trip();
      // A Neo4j that comes back has an empty plan cache.
      this.warm.clear();
    }
    // A transaction that timed out during or just after an outage waited on the outage, not on its own size.
    if (failure.kind === 'TIMEOUT' && this.breaker.sawIncidentSince(startedAt - AFTER_OUTAGE_MS)) {
      return new DbError(
        'UNAVAILABLE',
        `Neo4j is unavailable (${failure.neo4jCode ?? 'timeout during an outage'})`,
        failure.neo4jCode,
      );
    }
    return failure;
  }
}

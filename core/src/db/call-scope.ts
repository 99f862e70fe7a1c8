// What the calls a piece of work makes to Neo4j share without every function passing it on: a deadline (the request's
// wall-clock budget), a transaction timeout other than QUERY_TIMEOUT_MS (the import), and a tag recorded in each
// transaction's metadata so that the work can be found in Neo4j and stopped (`Database.terminateTagged`).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CallScope {
  /** Epoch milliseconds after which no call starts and no transaction may run. */
  readonly deadlineAt?: number;
  /** Timeout of each transaction, instead of the database's query timeout (still cut at the deadline). */
  readonly timeoutMs?: number;
  /** Written to every transaction's metadata as `tag`. */
  readonly tag?: string;
}

const scopes = new AsyncLocalStorage<CallScope>();

/** Runs `work` with `scope` merged over the scope it is called in (an inner deadline never extends an outer one). */
export function withCallScope<T>(scope: CallScope, work: () => T): T {
  const outer = scopes.getStore();
  const deadlineAt =
    outer?.deadlineAt === undefined
      ? scope.deadlineAt
      : Math.min(outer.deadlineAt, scope.deadlineAt ?? Number.POSITIVE_INFINITY);
  return scopes.run({ ...outer, ...scope, ...(deadlineAt === undefined ? {} : { deadlineAt }) }, work);
}

/** The scope of the calling code, if any. */
export function currentCallScope(): CallScope | undefined {
  return scopes.getStore();
}

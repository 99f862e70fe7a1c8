// A database whose every write transaction ends with an audit entry of who changed what, in that transaction.
import type { Actor } from './actor.ts';
import type { Database, QueryRunner } from '../db/index.ts';
import { recordAudit, type AuditChange } from './record-audit.ts';

/** How to describe one operation's change: read the entity before the work, then describe it after. */
export interface AuditTarget<State = unknown> {
  before(tx: QueryRunner): Promise<State>;
  after(tx: QueryRunner, result: unknown, before: State): Promise<AuditChange>;
}

/**
 * The same database, except that each write transaction records an audit entry as its last statement. A transaction
 * the work rolls back (an error, a dry run) leaves no entry; `write` goes through `writeTransaction`, so it is covered
 * too.
 */
export function withAudit<State>(db: Database, actor: Actor, operation: string, target: AuditTarget<State>): Database {
  const audited = Object.create(db) as Database;
  audited.writeTransaction = <T>(work: (tx: QueryRunner) => Promise<T>, label?: string): Promise<T> =>
    db.writeTransaction(async (tx) => {
      const before = await target.before(tx);
      const result = await work(tx);
      await recordAudit(tx, actor, operation, await target.after(tx, result, before));
      return result;
    }, label);
  return audited;
}

// Wraps each mutation's work: authorize, run, then give the rest of the response fresh loaders so the
// returned object's nested fields are read after the write (never from a cache filled before it). Every write
// transaction of a mutation that changes the network also raises the data version, which invalidates the analytics and
// matching caches (analytics/data-version.ts); each records an audit entry of who changed what, before and after
// (audit/mutation-audit.ts), in that same transaction.
import { withDataVersionBump } from '@siheung/core/data-version';
import { withAudit } from '@siheung/core/audit';
import { mutationAuditTarget } from '../audit/mutation-audit.ts';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '@siheung/core/db';
import { createLoaders } from '../loaders/create-loaders.ts';
import { authorizeMutation, type MutationName } from './authorize-mutation.ts';

export interface MutationContext {
  db: Database;
  actor: Actor;
}

/** Marks resolvers made here, so a test can prove no mutation bypasses authorization. */
export const GUARDED = Symbol('guarded mutation');

export interface MutationOptions {
  /**
   * false for a write nothing cached is built from (match feedback: read per request), so it does not throw away the
   * analytics and matching caches. Default true.
   */
  changesNetwork?: boolean;
}

export function defineMutation<Args, Result>(name: MutationName, work: (args: Args, context: MutationContext) => Promise<Result>, options: MutationOptions = {}) {
  const resolver = async (_parent: unknown, args: Args, context: AppContext): Promise<Result> => {
    authorizeMutation(context.actor, name);
    const audited = withAudit(context.db, context.actor, name, mutationAuditTarget(name, args as Record<string, unknown>));
    const db = options.changesNetwork === false ? audited : withDataVersionBump(audited);
    const result = await work(args, { db, actor: context.actor });
    context.loaders = createLoaders(context.db);
    return result;
  };
  return Object.assign(resolver, { [GUARDED]: name });
}

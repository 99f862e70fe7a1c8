// Wraps each mutation's work: authorize, run, then give the rest of the response fresh loaders so the
// returned object's nested fields are read after the write (never from a cache filled before it). Every write
// transaction of a mutation that changes the network also raises the data version, which invalidates the analytics and
// matching caches (@siheung/core/data-version); each records an audit entry of who changed what, before and after
// (mutation-audit.ts), in that same transaction.
import { withDataVersionBump } from '@siheung/core/data-version';
import { withAudit } from '@siheung/core/audit';
import { mutationAuditTarget } from './mutation-audit.ts';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '@siheung/core/db';
import { createLoaders } from '../data/create-loaders.ts';
import { authorizeMutation, type MutationName } from './authorize-mutation.ts';

export interface MutationContext {
  db: Database;
  actor: Actor;
  config: AppContext['config'];
}

/** Marks resolvers made here, so a test can prove no mutation bypasses authorization. */
export const GUARDED = Symbol('guarded mutation');

export interface MutationOptions {
  /**
   * Who raises the data version, which throws away the analytics and matching caches: `each-write` (the default) at
   * the end of every write transaction; `by-work` when the work raises it itself, only if it changed something (the
   * importer, so a re-import that changes nothing keeps the caches); `never` for a write nothing cached is built from
   * (match feedback: read per request).
   */
  dataVersion?: 'each-write' | 'by-work' | 'never';
}

export function defineMutation<Args, Result>(
  name: MutationName,
  work: (args: Args, context: MutationContext) => Promise<Result>,
  options: MutationOptions = {},
) {
  const resolver = async (_parent: unknown, args: Args, context: AppContext): Promise<Result> => {
    authorizeMutation(context.actor, name);
    const audited = withAudit(
      context.db,
      context.actor,
      name,
      mutationAuditTarget(name, args as Record<string, unknown>),
    );
    const db = (options.dataVersion ?? 'each-write') === 'each-write' ? withDataVersionBump(audited) : audited;
    const result = await work(args, { db, actor: context.actor, config: context.config });
    context.loaders = createLoaders(context.db);
    return result;
  };
  return Object.assign(resolver, { [GUARDED]: name });
}

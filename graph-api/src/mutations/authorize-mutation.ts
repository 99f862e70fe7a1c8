// The one place every mutation passes before it runs: the role check of the policy map (auth/policy.ts).
import type { Actor } from '../auth/actor.ts';
import { assertAllowed } from '../auth/authorize.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

export type MutationName = keyof MutationResolvers;

/** Throws FORBIDDEN when `actor` may not run `mutation` (auth/policy.ts MUTATION_POLICY; unlisted ones need admin). */
export function authorizeMutation(actor: Actor, mutation: MutationName): void {
  assertAllowed(actor, `Mutation.${mutation}`);
}

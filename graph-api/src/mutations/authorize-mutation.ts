// The one place every mutation passes before it runs: the authorization issue adds the role check here.
import type { Actor } from '../auth/actor.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

export type MutationName = keyof MutationResolvers;

/**
 * Throws when `actor` may not run `mutation`. Today every actor may write (there is no sign-in yet);
 * the check will compare `actor.roles` with the role each mutation requires and throw FORBIDDEN.
 */
export function authorizeMutation(_actor: Actor, _mutation: MutationName): void {}

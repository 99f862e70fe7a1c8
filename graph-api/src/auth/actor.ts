// Who makes a request. Until sign-in exists (its own issue) everyone is the anonymous actor; the
// authorization issue replaces actorOf and fills in the roles that mutations/authorize-mutation.ts checks.
export interface Actor {
  /** Recorded as `updatedBy` on every write. */
  readonly name: string;
  readonly roles: readonly string[];
}

export const ANONYMOUS: Actor = Object.freeze({ name: 'anonymous', roles: Object.freeze([]) });

export function actorOf(_request: Request): Actor {
  return ANONYMOUS;
}

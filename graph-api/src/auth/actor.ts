// Who makes a request: a role and a name, set by the authentication step from the request's API key (the anonymous
// public actor without one). Other modules read the actor of a request with `requestActor`.
export type Role = 'public' | 'researcher' | 'staff' | 'admin';

export interface Actor {
  /** Recorded as `updatedBy` on every write (the key's name; 'anonymous' without a key). */
  readonly name: string;
  readonly role: Role;
  /** The API key's id, or null for anonymous callers. */
  readonly keyId: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({ name: 'anonymous', role: 'public', keyId: null });

const actors = new WeakMap<Request, Actor>();

/** Set once per request by the authentication step, before the request is parsed or validated. */
export function setRequestActor(request: Request, actor: Actor): void {
  actors.set(request, actor);
}

/** The actor of a request (rate limits, query limits and the GraphQL context all read it here). */
export function requestActor(request: Request): Actor {
  return actors.get(request) ?? ANONYMOUS;
}

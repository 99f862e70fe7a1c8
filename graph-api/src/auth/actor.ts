// Who makes a request: a role and a name, set by the authentication step from the request's API key (the anonymous
// public actor without one). Other modules read the actor of a request with `requestActor`.
import type { Actor } from '@siheung/core/audit';

export type { Actor, Role } from '@siheung/core/audit';

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

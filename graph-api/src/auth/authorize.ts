// The one check of the policy: throws FORBIDDEN when the actor's role is below what a field needs.
import { forbidden } from '../errors/app-errors.ts';
import type { Actor } from './actor.ts';
import { requiredRole } from './policy.ts';
import { roleAtLeast } from './roles.ts';

export function assertAllowed(actor: Actor, coordinate: string): void {
  const required = requiredRole(coordinate);
  if (!roleAtLeast(actor.role, required)) throw forbidden(coordinate, required);
}

// The roles in order of what they may do: each role may do everything the ones before it may.
import type { Role } from './actor.ts';

export const ROLES = ['public', 'researcher', 'staff', 'admin'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `required` may. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

// What the caller's role (the API's `viewer`) lets the page show: private fields from staff up, the network
// exports from researcher up. Until the viewer is known the page assumes public, which never asks for too much.
import type { Role } from '../api/generated/schema-enums';
import type { AppState } from './app-state';

/** The roles in order: each may do everything the ones before it may (as graph-api/src/auth/roles.ts). */
export const ROLE_ORDER: readonly Role[] = ['PUBLIC', 'RESEARCHER', 'STAFF', 'ADMIN'];

export function roleAtLeast(role: Role | null, least: Role): boolean {
  return ROLE_ORDER.indexOf(role ?? 'PUBLIC') >= ROLE_ORDER.indexOf(least);
}

/** The caller's role as the API last said; null while it is not known (not yet asked, or the question failed). */
export function viewerRole(state: AppState): Role | null {
  return state.resources.viewer.data?.role ?? null;
}

/** Private fields (survey needs, …) are asked for only when the API will give them. */
export const seesPrivate = (role: Role | null): boolean => roleAtLeast(role, 'STAFF');

/** The API's network exports (/export/*) need a researcher key. */
export const mayExport = (role: Role | null): boolean => roleAtLeast(role, 'RESEARCHER');

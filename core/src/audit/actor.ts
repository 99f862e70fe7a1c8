// Who makes a change: the audit records it, the API's authorization decides what it may do (graph-api/src/auth).
export type Role = 'public' | 'researcher' | 'staff' | 'admin';

export interface Actor {
  /** Recorded as `updatedBy` on every write (the key's name; 'anonymous' without a key). */
  readonly name: string;
  readonly role: Role;
  /** The API key's id, or null for anonymous callers. */
  readonly keyId: string | null;
}

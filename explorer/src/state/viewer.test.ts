// Checks what each role lets the page ask for: private fields from staff up, exports from researcher up.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { mayExport, roleAtLeast, seesPrivate, viewerRole } from './viewer';

describe('viewer roles', () => {
  it('orders the roles public < researcher < staff < admin', () => {
    expect(roleAtLeast('ADMIN', 'STAFF')).toBe(true);
    expect(roleAtLeast('STAFF', 'ADMIN')).toBe(false);
    expect(roleAtLeast('RESEARCHER', 'RESEARCHER')).toBe(true);
    expect(roleAtLeast('PUBLIC', 'RESEARCHER')).toBe(false);
  });

  it('asks for private fields only as staff or admin', () => {
    expect([null, 'PUBLIC', 'RESEARCHER', 'STAFF', 'ADMIN'].map((role) => seesPrivate(role as never))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('offers the network exports from researcher up, and not while the role is unknown', () => {
    expect([null, 'PUBLIC', 'RESEARCHER', 'STAFF', 'ADMIN'].map((role) => mayExport(role as never))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('reads the role the API last gave, or null before it answered', () => {
    const state = createDefaultState();
    expect(viewerRole(state)).toBeNull();
    const known = {
      ...state,
      resources: {
        ...state.resources,
        viewer: { ...state.resources.viewer, status: 'ready' as const, data: { name: 'T', role: 'STAFF' as const } },
      },
    };
    expect(viewerRole(known)).toBe('STAFF');
  });
});

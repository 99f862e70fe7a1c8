// Checks which request the canvas makes for each state.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { viewKeyOf, viewQueryOf } from './view-query';

describe('viewQueryOf', () => {
  it('asks for the whole network by default, without a filter', () => {
    expect(viewQueryOf(createDefaultState())).toEqual({ kind: 'network', filter: null, limit: 2000, expanded: [] });
  });

  it('asks for the centre’s neighbourhood with the server-side filters only', () => {
    const base = createDefaultState();
    const state = {
      ...base,
      explore: { centre: 'A', depth: 2, expanded: ['B'], limit: null },
      filters: {
        orgKinds: ['COMPANY' as const],
        hubs: null,
        linkKinds: ['MOU' as const],
        yearFrom: 2018,
        yearTo: 2020,
      },
    };
    expect(viewQueryOf(state)).toEqual({
      kind: 'neighbourhood',
      centre: 'A',
      depth: 2,
      filter: { orgKinds: ['COMPANY'], linkKinds: ['MOU'] },
      limit: 200,
      expanded: ['B'],
    });
  });

  it('asks nothing when a filter has nothing ticked (the API would refuse an empty list)', () => {
    const base = createDefaultState();
    expect(viewQueryOf({ ...base, filters: { ...base.filters, hubs: [] } })).toEqual({
      kind: 'none',
      reason: 'emptyFilter',
    });
  });

  it('asks for paths only with two different ends', () => {
    const base = { ...createDefaultState(), mode: 'paths' as const };
    expect(viewQueryOf(base)).toEqual({ kind: 'none', reason: 'pathEnds' });
    expect(viewQueryOf({ ...base, paths: { ...base.paths, from: 'A', to: 'A' } }).kind).toBe('none');
    expect(viewQueryOf({ ...base, paths: { ...base.paths, from: 'A', to: 'B' } })).toEqual({
      kind: 'paths',
      from: 'A',
      to: 'B',
      k: 3,
      maxHops: 4,
      linkKinds: null,
    });
  });
});

describe('viewKeyOf', () => {
  it('is equal for equal queries and null when nothing is asked', () => {
    expect(viewKeyOf(viewQueryOf(createDefaultState()))).toBe(viewKeyOf(viewQueryOf(createDefaultState())));
    expect(viewKeyOf({ kind: 'none', reason: 'pathEnds' })).toBeNull();
  });
});

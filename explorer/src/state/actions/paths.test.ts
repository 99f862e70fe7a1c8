// Checks the path finder's question: ends, swap, counts within the API's bounds, link kinds, "paths from here".
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { pathActions as a, reducePaths } from './paths';

describe('setPathEnd and swapPathEnds', () => {
  it('sets and clears either end, and swaps them', () => {
    const both = reducePaths(reducePaths(createDefaultState(), a.setPathEnd('from', 'A')), a.setPathEnd('to', 'B'));
    expect(both.paths).toMatchObject({ from: 'A', to: 'B' });
    expect(reducePaths(both, a.swapPathEnds()).paths).toMatchObject({ from: 'B', to: 'A' });
    expect(reducePaths(both, a.setPathEnd('to', null)).paths.to).toBeNull();
  });

  it('highlights the shortest path again when an end changes', () => {
    const highlighted = reducePaths(createDefaultState(), a.highlightPath(2));
    expect(highlighted.paths.highlighted).toBe(2);
    expect(reducePaths(highlighted, a.setPathEnd('from', 'A')).paths.highlighted).toBe(0);
  });
});

describe('setPathCount and setMaxHops', () => {
  it('stay within 1–5 paths and 1–6 hops', () => {
    expect(reducePaths(createDefaultState(), a.setPathCount(9)).paths.k).toBe(5);
    expect(reducePaths(createDefaultState(), a.setPathCount(0)).paths.k).toBe(1);
    expect(reducePaths(createDefaultState(), a.setMaxHops(2)).paths.maxHops).toBe(2);
    expect(reducePaths(createDefaultState(), a.setMaxHops(10)).paths.maxHops).toBe(6);
  });
});

describe('togglePathLinkKind', () => {
  it('limits the link kinds a path may use', () => {
    const state = reducePaths(createDefaultState(), a.togglePathLinkKind('MOU'));
    expect(state.paths.linkKinds).toHaveLength(6);
    expect(state.paths.linkKinds).not.toContain('MOU');
  });
});

describe('findPathsFrom', () => {
  it('opens the path finder with the organisation as the start', () => {
    const withTo = reducePaths(createDefaultState(), a.setPathEnd('to', 'B'));
    const state = reducePaths(withTo, a.findPathsFrom('A'));
    expect(state.mode).toBe('paths');
    expect(state.canvas.layout).toBe('breadthfirst');
    expect(state.paths).toMatchObject({ from: 'A', to: 'B' });
    expect(reducePaths(withTo, a.findPathsFrom('B')).paths).toMatchObject({ from: 'B', to: null });
  });
});

// Checks choosing, selecting, centring, expanding, depth and "load more".
import { describe, expect, it } from 'vitest';
import { createDefaultState, type AppState } from '../app-state';
import { VIEW_LIMITS } from '../view-query';
import { reduceSelection, selectionActions as a } from './selection';

const withCanvas = (canvas: Partial<AppState['canvas']>, base = createDefaultState()) => ({
  ...base,
  canvas: { ...base.canvas, ...canvas },
});

describe('chooseOrganization', () => {
  it('centres the view on the organisation, selects it and starts a fresh view', () => {
    const before = {
      ...withCanvas({ hidden: ['X'] }),
      mode: 'paths' as const,
      explore: { centre: 'OLD', depth: 2, expanded: ['E'], limit: 400 },
    };
    const state = reduceSelection(before, a.chooseOrganization('ORG-A'));
    expect(state).toMatchObject({
      mode: 'explore',
      selected: 'ORG-A',
      explore: { centre: 'ORG-A', depth: 2, expanded: [], limit: null },
    });
    expect(state.canvas.hidden).toEqual([]);
  });
});

describe('selectNode', () => {
  it('selects without changing the view, and clears with null', () => {
    const centred = reduceSelection(createDefaultState(), a.chooseOrganization('ORG-A'));
    const state = reduceSelection(centred, a.selectNode('ORG-B'));
    expect(state.selected).toBe('ORG-B');
    expect(state.explore).toBe(centred.explore);
    expect(reduceSelection(state, a.selectNode(null)).selected).toBeNull();
    expect(reduceSelection(state, a.selectNode('ORG-B'))).toBe(state);
  });
});

describe('centreOnNode', () => {
  it('re-centres and keeps what the user hid, except the new centre', () => {
    const state = reduceSelection(withCanvas({ hidden: ['ORG-B', 'ORG-C'] }), a.centreOnNode('ORG-B'));
    expect(state.explore.centre).toBe('ORG-B');
    expect(state.canvas.hidden).toEqual(['ORG-C']);
  });
});

describe('showWholeNetwork', () => {
  it('drops the centre and the expansions', () => {
    const centred = reduceSelection(
      reduceSelection(createDefaultState(), a.chooseOrganization('A')),
      a.expandNode('B'),
    );
    const state = reduceSelection(centred, a.showWholeNetwork());
    expect(state.explore).toMatchObject({ centre: null, expanded: [] });
    expect(reduceSelection(state, a.showWholeNetwork())).toBe(state);
  });
});

describe('expandNode', () => {
  it('adds the node once, never the centre, and shows it if it was hidden', () => {
    const centred = reduceSelection(withCanvas({ hidden: ['B'] }), a.chooseOrganization('A'));
    const once = reduceSelection(centred, a.expandNode('B'));
    expect(once.explore.expanded).toEqual(['B']);
    expect(once.canvas.hidden).toEqual([]);
    expect(reduceSelection(once, a.expandNode('B'))).toBe(once);
    expect(reduceSelection(once, a.expandNode('A'))).toBe(once);
  });
});

describe('setDepth', () => {
  it('keeps the depth within 1–3 and resets a raised limit', () => {
    const centred = { ...reduceSelection(createDefaultState(), a.chooseOrganization('A')) };
    const raised = { ...centred, explore: { ...centred.explore, limit: 400 } };
    expect(reduceSelection(raised, a.setDepth(2)).explore).toMatchObject({ depth: 2, limit: null });
    expect(reduceSelection(raised, a.setDepth(9)).explore.depth).toBe(3);
    expect(reduceSelection(raised, a.setDepth(0)).explore.depth).toBe(1);
  });
});

describe('loadMore', () => {
  it('doubles the neighbourhood limit up to the API cap of 1,000', () => {
    let state = reduceSelection(createDefaultState(), a.chooseOrganization('A'));
    const seen: (number | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      state = reduceSelection(state, a.loadMore());
      seen.push(state.explore.limit);
    }
    expect(seen).toEqual([400, 800, VIEW_LIMITS.neighbourhood.max, VIEW_LIMITS.neighbourhood.max]);
  });

  it('doubles the whole network limit up to 5,000', () => {
    const once = reduceSelection(createDefaultState(), a.loadMore());
    expect(once.explore.limit).toBe(4000);
    expect(reduceSelection(once, a.loadMore()).explore.limit).toBe(VIEW_LIMITS.network.max);
  });
});

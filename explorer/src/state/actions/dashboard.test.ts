// Checks the dashboard's actions: grouping, metric and community colours switch; proposed links are listed once.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { MAX_PROPOSED_LINKS } from '../dashboard-state';
import { actions, reduce } from '../store';

describe('dashboard settings', () => {
  it('switch the heat map grouping, the ranked centrality and the community colours', () => {
    let state = reduce(createDefaultState(), actions.setDensityGrouping('ORG_KIND'));
    state = reduce(state, actions.setCentralityMetric('PAGERANK'));
    state = reduce(state, actions.setCommunityColours(true));
    expect(state.dashboard).toMatchObject({
      densityBy: 'ORG_KIND',
      centralityMetric: 'PAGERANK',
      communityColours: true,
    });
    expect(reduce(state, actions.setCommunityColours(false)).dashboard.communityColours).toBe(false);
  });

  it('are no-ops when nothing changes', () => {
    const state = createDefaultState();
    expect(reduce(state, actions.setDensityGrouping('HUB'))).toBe(state);
    expect(reduce(state, actions.setCentralityMetric('BETWEENNESS'))).toBe(state);
    expect(reduce(state, actions.setCommunityColours(false))).toBe(state);
    expect(reduce(state, actions.clearProposedLinks())).toBe(state);
  });
});

describe('proposed links', () => {
  it('are added in order, each unordered pair once, never an organisation with itself', () => {
    let state = reduce(createDefaultState(), actions.proposeLink('A', 'B'));
    state = reduce(state, actions.proposeLink('C', 'D'));
    const before = state;
    state = reduce(state, actions.proposeLink('B', 'A'));
    state = reduce(state, actions.proposeLink('E', 'E'));
    expect(state).toBe(before);
    expect(state.dashboard.proposedLinks).toEqual([
      { from: 'A', to: 'B' },
      { from: 'C', to: 'D' },
    ]);
  });

  it('are removed by pair in either order, and cleared', () => {
    let state = reduce(createDefaultState(), actions.proposeLink('A', 'B'));
    state = reduce(state, actions.proposeLink('C', 'D'));
    state = reduce(state, actions.removeProposedLink('B', 'A'));
    expect(state.dashboard.proposedLinks).toEqual([{ from: 'C', to: 'D' }]);
    expect(reduce(state, actions.clearProposedLinks()).dashboard.proposedLinks).toEqual([]);
  });

  it('stop at the 50 the API takes in one question', () => {
    let state = createDefaultState();
    for (let index = 0; index < MAX_PROPOSED_LINKS + 5; index += 1)
      state = reduce(state, actions.proposeLink(`A${index}`, `B${index}`));
    expect(state.dashboard.proposedLinks).toHaveLength(MAX_PROPOSED_LINKS);
  });
});

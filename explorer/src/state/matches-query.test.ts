// The partnerMatches question follows the settings: filters only when narrowed, nothing asked without an organisation.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import { matchesKeyOf, matchesVariablesOf } from './matches-query';
import { createMatchSettings, MATCH_COUNT } from './matches-state';
import { viewQueryOf } from './view-query';

describe('matchesVariablesOf', () => {
  it('asks nothing without an organisation, or with a condition that leaves nothing', () => {
    expect(matchesVariablesOf(createMatchSettings())).toBeNull();
    expect(matchesVariablesOf({ ...createMatchSettings(), org: 'A', hubs: [] })).toBeNull();
    expect(matchesKeyOf(null)).toBeNull();
  });

  it('asks the API’s defaults (existing partners left out) unless narrowed', () => {
    expect(matchesVariablesOf({ ...createMatchSettings(), org: 'A' })).toEqual({
      orgId: 'A',
      need: null,
      first: MATCH_COUNT,
      filter: null,
    });
    expect(
      matchesVariablesOf({
        ...createMatchSettings(),
        org: 'A',
        need: 'C',
        orgKinds: ['HOSPITAL'],
        includeExisting: true,
      }),
    ).toEqual({
      orgId: 'A',
      need: 'C',
      first: MATCH_COUNT,
      filter: { orgKinds: ['HOSPITAL'], excludeExisting: false },
    });
  });
});

describe('the canvas in the matches panel', () => {
  const matches = { ...createMatchSettings(), org: 'A' };
  const state = {
    ...createDefaultState(),
    mode: 'matches' as const,
    explore: { ...createDefaultState().explore, centre: 'A' },
    matches,
  };

  it('draws the organisation’s neighbourhood until a candidate is chosen', () => {
    expect(viewQueryOf(state)).toMatchObject({ kind: 'neighbourhood', centre: 'A' });
  });

  it('draws the chosen candidate’s introduction paths, from the same question as the list', () => {
    const chosen = { ...state, matches: { ...matches, candidate: 'B' } };
    expect(viewQueryOf(chosen)).toEqual({
      kind: 'introduction',
      matches: matchesVariablesOf(chosen.matches),
      candidate: 'B',
    });
    expect(viewQueryOf({ ...chosen, mode: 'explore' })).toMatchObject({ kind: 'neighbourhood' });
  });
});

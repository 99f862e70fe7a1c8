// Checks the filters: kinds, hubs and link kinds as "all" or a choice, the year range, reset.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { filterActions as a, reduceFilters } from './filters';

const HUBS = ['HUB-BAEGOT', 'HUB-JEONGWANG', 'HUB-SMARTHUB'];

describe('toggleOrgKind', () => {
  it('unticks one kind from "all", ticks it back to "all", and resets a raised limit', () => {
    const raised = { ...createDefaultState(), explore: { ...createDefaultState().explore, limit: 4000 } };
    const noCompanies = reduceFilters(raised, a.toggleOrgKind('COMPANY'));
    expect(noCompanies.filters.orgKinds).toEqual([
      'UNIVERSITY',
      'HOSPITAL',
      'RESEARCH_INSTITUTE',
      'PUBLIC_AGENCY',
      'SUPPORT_ORG',
    ]);
    expect(noCompanies.explore.limit).toBeNull();
    expect(reduceFilters(noCompanies, a.toggleOrgKind('COMPANY')).filters.orgKinds).toBeNull();
  });
});

describe('toggleHub', () => {
  it('chooses among the hubs offered', () => {
    const state = reduceFilters(
      reduceFilters(createDefaultState(), a.toggleHub('HUB-BAEGOT', HUBS)),
      a.toggleHub('HUB-SMARTHUB', HUBS),
    );
    expect(state.filters.hubs).toEqual(['HUB-JEONGWANG']);
    expect(reduceFilters(state, a.toggleHub('HUB-JEONGWANG', HUBS)).filters.hubs).toEqual([]);
  });
});

describe('toggleLinkKind', () => {
  it('unticks a link kind', () => {
    expect(reduceFilters(createDefaultState(), a.toggleLinkKind('MOU')).filters.linkKinds).not.toContain('MOU');
  });
});

describe('setYearRange', () => {
  it('sets either end, puts them in order, and keeps the limit (the range is applied in the page)', () => {
    const raised = { ...createDefaultState(), explore: { ...createDefaultState().explore, limit: 4000 } };
    const state = reduceFilters(raised, a.setYearRange(2024, 2018));
    expect(state.filters).toMatchObject({ yearFrom: 2018, yearTo: 2024 });
    expect(state.explore.limit).toBe(4000);
    expect(reduceFilters(state, a.setYearRange(2018, 2024))).toBe(state);
    expect(reduceFilters(state, a.setYearRange(null, 2020)).filters).toMatchObject({ yearFrom: null, yearTo: 2020 });
  });
});

describe('resetFilters', () => {
  it('opens every filter again', () => {
    let state = reduceFilters(createDefaultState(), a.toggleLinkKind('MOU'));
    state = reduceFilters(state, a.setYearRange(2020, 2021));
    expect(reduceFilters(state, a.resetFilters()).filters).toEqual(createDefaultState().filters);
  });
});

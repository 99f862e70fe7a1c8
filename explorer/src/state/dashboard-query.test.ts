// Checks what the dashboard asks for: the scope from the filters, nothing for an empty choice, the trend's years.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from './app-state';
import {
  analyticsScopeOf,
  dashboardKey,
  dashboardQueryOf,
  dataYearsOf,
  MAX_TREND_YEARS,
  trendRangeOf,
} from './dashboard-query';

const filters = createDefaultState().filters;

describe('analyticsScopeOf', () => {
  it('asks for the whole network when no filter is set', () => {
    expect(analyticsScopeOf(filters)).toBeNull();
  });

  it('passes hubs, kinds and link kinds, and not the page-side year range', () => {
    expect(
      analyticsScopeOf({ ...filters, hubs: ['HUB-A'], orgKinds: ['COMPANY'], linkKinds: ['MOU'], yearFrom: 2015 }),
    ).toEqual({
      hubs: ['HUB-A'],
      orgKinds: ['COMPANY'],
      linkKinds: ['MOU'],
    });
  });

  it('says "empty" when a filter has nothing ticked, and the query is then nothing to ask', () => {
    expect(analyticsScopeOf({ ...filters, orgKinds: [] })).toBe('empty');
    const state = createDefaultState({ filters: { ...filters, linkKinds: [] } });
    expect(dashboardKey(dashboardQueryOf(state))).toBeNull();
  });
});

describe('dashboardQueryOf', () => {
  it('takes the as-of date of the time slider, and the key changes with the question', () => {
    const state = createDefaultState({ timeline: { asOf: '2020-12-31', playing: false } });
    const query = dashboardQueryOf(state);
    expect(query).toEqual({ scope: null, asOf: '2020-12-31' });
    expect(dashboardKey(query, { by: 'HUB' })).not.toBe(dashboardKey(query, { by: 'SECTOR' }));
  });
});

describe('the trend years', () => {
  it('are the first and last years links begin in, ignoring undated links', () => {
    expect(dataYearsOf(['2012-03-01', null, '2009-12-31', '2021-01-01'])).toEqual({ first: 2009, last: 2021 });
    expect(dataYearsOf([null])).toBeNull();
  });

  it('run from 1 January of the first year to today, at most 80 years', () => {
    expect(trendRangeOf({ first: 2009, last: 2021 }, '2026-11-25')).toEqual({ from: '2009-01-01', to: '2026-11-25' });
    const long = trendRangeOf({ first: 1850, last: 2000 }, '2026-11-25');
    expect(2026 - Number(long.from.slice(0, 4)) + 1).toBe(MAX_TREND_YEARS);
    expect(trendRangeOf({ first: 2030, last: 2030 }, '2026-11-25').from).toBe('2026-01-01');
  });
});

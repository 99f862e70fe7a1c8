// Checks the as-of date and year range on links, and which organisations drop out with them.
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { isLinkInWindow, outOfTime, yearSpanOf } from './time-visibility';

const none = { asOf: null, yearFrom: null, yearTo: null };

describe('isLinkInWindow', () => {
  it('follows the API’s asOf rule: begun by the date and not ended before it (the end day counts)', () => {
    const link = { since: '2021-03-01', until: '2023-12-31' };
    expect(isLinkInWindow(link, { ...none, asOf: '2021-02-28' })).toBe(false);
    expect(isLinkInWindow(link, { ...none, asOf: '2021-03-01' })).toBe(true);
    expect(isLinkInWindow(link, { ...none, asOf: '2023-12-31' })).toBe(true);
    expect(isLinkInWindow(link, { ...none, asOf: '2024-01-01' })).toBe(false);
    expect(isLinkInWindow({ since: null, until: null }, { ...none, asOf: '1990-01-01' })).toBe(true);
  });

  it('keeps a link that ran at some time in the year range', () => {
    const link = { since: '2021-03-01', until: '2023-06-30' };
    expect(isLinkInWindow(link, { ...none, yearFrom: 2023 })).toBe(true);
    expect(isLinkInWindow(link, { ...none, yearFrom: 2024 })).toBe(false);
    expect(isLinkInWindow(link, { ...none, yearTo: 2021 })).toBe(true);
    expect(isLinkInWindow(link, { ...none, yearTo: 2020 })).toBe(false);
  });
});

describe('outOfTime', () => {
  it('is empty without a time filter', () => {
    expect(outOfTime(sampleGraph(), none).size).toBe(0);
  });

  it('drops links out of time and organisations left without a link, but never an anchor', () => {
    // As of 2022: e1 (2021–) runs, e2 (2023–2025) not yet, e3 (no date) always.
    expect([...outOfTime(sampleGraph(), { ...none, asOf: '2022-01-01' })].sort()).toEqual(['e2']);
    // As of 2020: only the undated e3 runs, so snu and snuh drop out unless snu is the anchor.
    expect([...outOfTime(sampleGraph(), { ...none, asOf: '2020-01-01' })].sort()).toEqual(['e1', 'e2', 'snu', 'snuh']);
    expect([...outOfTime(sampleGraph(), { ...none, asOf: '2020-01-01' }, ['snu'])].sort()).toEqual([
      'e1',
      'e2',
      'snuh',
    ]);
  });
});

describe('yearSpanOf', () => {
  it('runs from the first start to this year while a link is open, or to the last end', () => {
    expect(yearSpanOf(sampleGraph(), 2026)).toEqual({ first: 2021, last: 2026 });
    const closed = sampleGraph();
    closed.edges = closed.edges.filter((edge) => edge.id === 'e2');
    expect(yearSpanOf(closed, 2030)).toEqual({ first: 2023, last: 2025 });
    expect(yearSpanOf({ ...closed, edges: [] }, 2026)).toBeNull();
  });
});

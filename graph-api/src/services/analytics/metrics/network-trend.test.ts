// The trend on a hand-built timeline: per-period statistics and the changes between periods.
import { describe, expect, it } from 'vitest';
import { ANALYTICS_LIMITS } from '../analytics-limits.ts';
import { WHOLE_NETWORK } from '../network-model.ts';
import { testProjection } from '../../../../test/fixtures/test-graphs.ts';
import { networkTrend } from './network-trend.ts';
import { countPeriods, dayBefore, periodsBetween } from './trend-periods.ts';

describe('periodsBetween', () => {
  it('covers the calendar years or quarters overlapping the range; the last is taken at `to`', () => {
    expect(periodsBetween('2021-03-15', '2023-06-30', 'YEAR')).toEqual([
      { label: '2021', start: '2021-01-01', end: '2021-12-31', asOf: '2021-12-31' },
      { label: '2022', start: '2022-01-01', end: '2022-12-31', asOf: '2022-12-31' },
      { label: '2023', start: '2023-01-01', end: '2023-12-31', asOf: '2023-06-30' },
    ]);
    expect(periodsBetween('2024-02-10', '2024-08-01', 'QUARTER').map((p) => [p.label, p.start, p.end, p.asOf])).toEqual(
      [
        ['2024-Q1', '2024-01-01', '2024-03-31', '2024-03-31'],
        ['2024-Q2', '2024-04-01', '2024-06-30', '2024-06-30'],
        ['2024-Q3', '2024-07-01', '2024-09-30', '2024-08-01'],
      ],
    );
    expect(countPeriods('2024-02-10', '2024-08-01', 'QUARTER')).toBe(3);
    expect(countPeriods('2000-01-01', '2024-12-31', 'QUARTER')).toBe(100);
    expect(countPeriods('2021-03-15', '2023-06-30', 'YEAR')).toBe(3);
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('networkTrend', () => {
  it('gives each year’s network and what changed since the year before', () => {
    // Organisations A–E (E founded 2022). Links:
    //   A-B 2019 →        (running throughout)
    //   B-C 2020-05 → 2021-06-30 (ends in 2021)
    //   C-D 2021-02 →
    //   A-E 2022-03 →, and A-E a second time (another kind) 2022-09: still one pair
    // Year ends: 2019: {A,B,C,D} (unknown founding), 1 link; E not yet founded.
    //   2020: A-B, B-C: 2 links.   2021: A-B, C-D: 2 links (B-C ended, C-D new).   2022: + A-E and E: 3 links, 5 orgs.
    // Densities: 2020: 2/6 = 1/3; 2021: 2/6; 2022: 3/10.
    const history = testProjection(
      ['A', 'B', 'C', 'D', { id: 'E', founded: 2022 }],
      [
        { pair: 'A-B', since: '2019-01-10' },
        { pair: 'B-C', since: '2020-05-01', until: '2021-06-30' },
        { pair: 'C-D', since: '2021-02-01' },
        { pair: 'A-E', since: '2022-03-01', kind: 'MOU' },
        { pair: 'E-A', since: '2022-09-01', kind: 'JOINT_RD' },
      ],
    );
    const trend = networkTrend(history, WHOLE_NETWORK, '2020-01-01', '2022-12-31', 'YEAR', ANALYTICS_LIMITS);
    expect(trend.map((p) => [p.label, p.stats.organizations, p.stats.links])).toEqual([
      ['2020', 4, 2],
      ['2021', 4, 2],
      ['2022', 5, 3],
    ]);
    // 2020 against the end of 2019 (A-B only): B-C is new.
    expect(trend[0]!.change).toMatchObject({
      newLinks: 1,
      endedLinks: 0,
      newOrganizations: 0,
      linksDelta: 1,
      organizationsDelta: 0,
    });
    expect(trend[0]!.change.densityDelta).toBeCloseTo(2 / 6 - 1 / 6, 12);
    // 2021: C-D new, B-C ended; same density.
    expect(trend[1]!.change).toMatchObject({
      newLinks: 1,
      endedLinks: 1,
      newOrganizations: 0,
      linksDelta: 0,
      densityDelta: 0,
    });
    // 2022: A-E (two links, one pair) and E itself.
    expect(trend[2]!.change).toMatchObject({
      newLinks: 1,
      endedLinks: 0,
      newOrganizations: 1,
      linksDelta: 1,
      organizationsDelta: 1,
    });
    expect(trend[2]!.change.densityDelta).toBeCloseTo(3 / 10 - 2 / 6, 12);
    expect(trend[2]!.stats.density).toBeCloseTo(3 / 10, 12);
  });
});

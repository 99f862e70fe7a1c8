// Checks the trend chart's geometry: a point per period, y scaled from 0 to a round top, breaks at missing values.
import { describe, expect, it } from 'vitest';
import { niceCeiling, trendChartGeometry } from './trend-chart';

const box = { width: 220, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 × a power of ten', () => {
    expect([0.031, 7, 10, 11, 240, 0].map(niceCeiling)).toEqual([0.05, 10, 10, 20, 250, 1]);
  });
});

describe('trendChartGeometry', () => {
  const labels = ['2020', '2021', '2022'];

  it('places one point per period for each series, left to right, 0 at the bottom', () => {
    const chart = trendChartGeometry(labels, [{ key: 'links', label: 'Links', values: [0, 5, 10] }], box);
    const [line] = chart.lines;
    expect(line!.points.map((point) => point.x)).toEqual([10, 110, 210]);
    expect(line!.points.map((point) => point.y)).toEqual([110, 60, 10]);
    expect(line!.path).toBe('M10,110L110,60L210,10');
    expect(chart.yMax).toBe(10);
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(labels);
  });

  it('breaks the line at a missing value', () => {
    const chart = trendChartGeometry(labels, [{ key: 'density', label: 'Density', values: [0.1, null, 0.2] }], box);
    expect(chart.lines[0]!.points).toHaveLength(2);
    expect(chart.lines[0]!.path.match(/M/g)).toHaveLength(2);
  });

  it('labels at most eight years on a long trend, the first and the last among them', () => {
    const years = Array.from({ length: 30 }, (_, index) => String(1995 + index));
    const ticks = trendChartGeometry(years, [{ key: 'a', label: 'A', values: years.map(() => 1) }], box).xTicks;
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]!.label).toBe('1995');
    expect(ticks.at(-1)!.label).toBe('2024');
  });

  it('centres a single period', () => {
    const chart = trendChartGeometry(['2024'], [{ key: 'a', label: 'A', values: [3] }], box);
    expect(chart.lines[0]!.points[0]!.x).toBe(110);
  });
});

// Checks the heat map's cells: one per pair of groups, coloured on a scale up to the highest density, readable text.
import { describe, expect, it } from 'vitest';
import type { DensityMatrixData } from '../api/dashboard-types';
import { HEAT_SCALE, heatColour, heatLegend, heatMapOf, NO_PAIR_COLOUR, textColourOn } from './heat-map-cells';

const matrix: DensityMatrixData = {
  by: 'HUB',
  asOf: null,
  groups: [
    { index: 0, key: 'HUB-A', name: '가', nameEn: 'A', size: 4 },
    { index: 1, key: 'HUB-B', name: '나', nameEn: 'B', size: 3 },
    { index: 2, key: null, name: '거점 밖', nameEn: 'No hub', size: 1 },
  ],
  cells: [
    { row: 0, column: 0, links: 3, possible: 6, density: 0.5 },
    { row: 0, column: 1, links: 2, possible: 12, density: 2 / 12 },
    { row: 0, column: 2, links: 0, possible: 4, density: 0 },
    { row: 1, column: 1, links: 1, possible: 3, density: 1 / 3 },
    { row: 1, column: 2, links: 1, possible: 3, density: 1 / 3 },
    { row: 2, column: 2, links: 0, possible: 0, density: null },
  ],
};

describe('heatMapOf', () => {
  it('places one cell per unordered pair on and above the diagonal, with the API values', () => {
    const map = heatMapOf(matrix, 'en');
    expect(map.groups.map((group) => group.label)).toEqual(['A', 'B', 'No hub']);
    const cells = map.rows.flat().filter((cell) => cell !== null);
    expect(cells).toHaveLength(6);
    expect(map.rows[1]![0]).toBeNull();
    expect(map.rows[0]![1]).toMatchObject({ links: 2, possible: 12, density: 2 / 12 });
  });

  it('colours the highest density darkest, zero lightest, and a group without pairs grey', () => {
    const map = heatMapOf(matrix, 'ko');
    expect(map.max).toBe(0.5);
    expect(map.rows[0]![0]!.colour).toBe(HEAT_SCALE.at(-1));
    expect(map.rows[0]![2]!.colour).toBe(HEAT_SCALE[0]);
    expect(map.rows[2]![2]!.colour).toBe(NO_PAIR_COLOUR);
    expect(map.rows[0]![0]!.textColour).toBe('#ffffff');
    expect(map.rows[0]![2]!.textColour).toBe('#1f2328');
  });

  it('keeps a scale when every density is zero', () => {
    const empty = {
      ...matrix,
      cells: matrix.cells.map((cell) => ({ ...cell, links: 0, density: cell.density === null ? null : 0 })),
    };
    expect(heatMapOf(empty, 'ko').max).toBe(1);
  });
});

describe('heatColour and the legend', () => {
  it('rises monotonically in darkness with the value', () => {
    const lightness = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const values = [0, 0.1, 0.3, 0.5, 0.8, 1].map((value) => lightness(heatColour(value, 1)));
    for (let index = 1; index < values.length; index += 1) expect(values[index]).toBeLessThan(values[index - 1]!);
    expect(heatColour(2, 1)).toBe(HEAT_SCALE.at(-1));
  });

  it('gives evenly spaced legend stops from 0 to the top', () => {
    const legend = heatLegend(0.4, 5);
    legend.forEach((stop, index) => expect(stop.value).toBeCloseTo(index * 0.1));
    expect(legend[0]!.colour).toBe(HEAT_SCALE[0]);
    expect(legend[4]!.colour).toBe(HEAT_SCALE.at(-1));
  });

  it('picks white text on dark fills and dark text on light ones', () => {
    expect(textColourOn('#08306b')).toBe('#ffffff');
    expect(textColourOn('#f7fbff')).toBe('#1f2328');
  });
});

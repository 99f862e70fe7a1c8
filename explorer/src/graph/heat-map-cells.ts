// Turns a density matrix into the cells of a triangular heat map: one per unordered pair of groups (the diagonal
// included), each with its colour on a sequential scale from 0 to the matrix's highest density, and the scale's legend.
import type { DensityMatrixData } from '../api/dashboard-types';
import { localName, type Language } from '../i18n/language';

export interface HeatMapGroup {
  index: number;
  key: string | null;
  label: string;
  size: number;
}

export interface HeatMapCell {
  row: number;
  column: number;
  links: number;
  possible: number;
  density: number | null;
  /** Fill on the scale; NO_PAIR_COLOUR when no pair is possible. */
  colour: string;
  /** Black or white, whichever reads better on the fill. */
  textColour: string;
}

export interface HeatMap {
  groups: HeatMapGroup[];
  /** rows[r][c] for c ≥ r; null below the diagonal (the matrix is symmetric: each pair is shown once). */
  rows: (HeatMapCell | null)[][];
  /** The scale's top: the highest density in the matrix (1 when every density is 0 or missing). */
  max: number;
}

/** ColorBrewer's single-hue "Blues" (sequential, print- and colour-blind-safe), light to dark. */
export const HEAT_SCALE = [
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
] as const;
export const NO_PAIR_COLOUR = '#e9e9e9';

const channels = (hex: string): [number, number, number] =>
  [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
const toHex = (rgb: readonly number[]) =>
  `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** The fill for `value` on a scale from 0 to `max`, interpolated between the scale's stops. */
export function heatColour(value: number, max: number): string {
  const t = max <= 0 ? 0 : Math.min(1, Math.max(0, value / max));
  const position = t * (HEAT_SCALE.length - 1);
  const low = Math.floor(position);
  const high = Math.min(HEAT_SCALE.length - 1, low + 1);
  const [a, b] = [channels(HEAT_SCALE[low]!), channels(HEAT_SCALE[high]!)];
  const share = position - low;
  return toHex(a.map((channel, index) => channel + (b[index]! - channel) * share));
}

/** WCAG relative luminance decides: dark text on light fills, white on dark ones. */
export function textColourOn(fill: string): string {
  const [r, g, b] = channels(fill).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#1f2328' : '#ffffff';
}

export function heatMapOf(matrix: DensityMatrixData, language: Language): HeatMap {
  const groups = matrix.groups.map((group) => ({
    index: group.index,
    key: group.key ?? null,
    label: localName(group, language),
    size: group.size,
  }));
  const max = Math.max(0, ...matrix.cells.map((cell) => cell.density ?? 0)) || 1;
  const rows: (HeatMapCell | null)[][] = groups.map(() => groups.map(() => null));
  for (const cell of matrix.cells) {
    const [row, column] = cell.row <= cell.column ? [cell.row, cell.column] : [cell.column, cell.row];
    if (rows[row] === undefined || column >= groups.length) continue;
    const colour = cell.density === null ? NO_PAIR_COLOUR : heatColour(cell.density, max);
    rows[row]![column] = {
      row,
      column,
      links: cell.links,
      possible: cell.possible,
      density: cell.density ?? null,
      colour,
      textColour: textColourOn(colour),
    };
  }
  return { groups, rows, max };
}

/** Evenly spaced stops of the legend, from 0 to the scale's top. */
export function heatLegend(max: number, stops = 5): { value: number; colour: string }[] {
  return Array.from({ length: stops }, (_, index) => {
    const value = (max * index) / (stops - 1);
    return { value, colour: heatColour(value, max) };
  });
}

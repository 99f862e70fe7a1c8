// The geometry of a small line chart in SVG: one polyline and one point per period for each series, y from 0 to a
// round top, and the ticks; pure, so the chart component only draws what this returns.

export interface TrendSeries {
  key: string;
  label: string;
  /** One value per period (null: no value that period, the line breaks there). */
  values: readonly (number | null)[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axes' labels. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

export interface ChartLine {
  key: string;
  label: string;
  /** SVG path data; a null value starts a new segment. */
  path: string;
  points: ChartPoint[];
}

export interface TrendChartGeometry {
  lines: ChartLine[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  yMax: number;
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (1 for 0 or less). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-9))!;
  return step * power;
}

/** At most `maxLabels` x labels, always the first and the last period. */
function xTickIndices(count: number, maxLabels: number): number[] {
  if (count <= maxLabels) return Array.from({ length: count }, (_, index) => index);
  const stride = Math.ceil((count - 1) / (maxLabels - 1));
  const indices: number[] = [];
  for (let index = 0; index < count - 1; index += stride) indices.push(index);
  if (count - 1 - indices.at(-1)! < stride / 2) indices.pop();
  indices.push(count - 1);
  return indices;
}

export function trendChartGeometry(
  labels: readonly string[],
  series: readonly TrendSeries[],
  box: ChartBox,
  yTickCount = 4,
): TrendChartGeometry {
  const left = box.margin.left;
  const plotWidth = box.width - box.margin.left - box.margin.right;
  const plotHeight = box.height - box.margin.top - box.margin.bottom;
  const bottom = box.margin.top + plotHeight;
  const highest = Math.max(
    0,
    ...series.flatMap((line) => line.values.filter((value): value is number => value !== null)),
  );
  const yMax = niceCeiling(highest);
  const xOf = (index: number) =>
    labels.length <= 1 ? left + plotWidth / 2 : left + (plotWidth * index) / (labels.length - 1);
  const yOf = (value: number) => bottom - (plotHeight * value) / yMax;
  const round = (n: number) => Math.round(n * 100) / 100;

  const lines = series.map((line) => {
    const points: ChartPoint[] = [];
    let path = '';
    let drawing = false;
    line.values.forEach((value, index) => {
      if (value === null) {
        drawing = false;
        return;
      }
      const point = { index, x: round(xOf(index)), y: round(yOf(value)), value };
      points.push(point);
      path += `${drawing ? 'L' : 'M'}${point.x},${point.y}`;
      drawing = true;
    });
    return { key: line.key, label: line.label, path, points };
  });

  const xTicks = xTickIndices(labels.length, 8).map((index) => ({ x: round(xOf(index)), label: labels[index]! }));
  const yTicks = Array.from({ length: yTickCount + 1 }, (_, index) => {
    const value = (yMax * index) / yTickCount;
    return { y: round(yOf(value)), value };
  });
  return { lines, xTicks, yTicks, yMax };
}

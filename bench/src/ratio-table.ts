// One row per side-by-side figure, and the table printed at the end of a run and written to bench/RESULTS.md.

export interface Goal {
  op: '≤' | '≥';
  value: number;
}

export interface RatioRow {
  /** What is compared, e.g. "API vs raw driver". */
  area: string;
  /** The graph, e.g. "1k orgs / 10k links". */
  graph: string;
  question: string;
  ours: string;
  baseline: string;
  /** What the ratio divides, e.g. "p95 API ÷ raw". */
  ratioName: string;
  ratio: number;
  goal: Goal | null;
  /** Samples behind each side's percentiles (ours, baseline), shown beside them: a p95 of 24 is rougher than of 400. */
  samples?: readonly [number, number];
}

export function goalMet(row: Pick<RatioRow, 'ratio' | 'goal'>): boolean | null {
  if (row.goal === null || !Number.isFinite(row.ratio)) return null;
  return row.goal.op === '≤' ? row.ratio <= row.goal.value : row.ratio >= row.goal.value;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  return `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table (readable as plain text too): one line per row, the goal and whether it is met. */
export function formatRatioTable(rows: readonly RatioRow[]): string {
  const header = ['area', 'graph', 'question', 'ours', 'baseline', 'ratio', 'goal'];
  const lines = rows.map((row) => {
    const met = goalMet(row);
    const goal = row.goal === null ? '—' : `${row.goal.op} ${row.goal.value} ${met === null ? '?' : met ? '✓' : '✗'}`;
    const [ours, baseline] =
      row.samples === undefined
        ? [row.ours, row.baseline]
        : [`${row.ours}, n ${row.samples[0]}`, `${row.baseline}, n ${row.samples[1]}`];
    return [
      row.area,
      row.graph,
      row.question,
      ours,
      baseline,
      `${formatRatio(row.ratio)} (${row.ratioName})`,
      goal,
    ].map(cell);
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (line: readonly string[]): string =>
    `| ${line.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join(
    '\n',
  );
}

/** "1k orgs / 10k links" */
export function graphLabel(orgs: number, links: number): string {
  const short = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en-US'));
  return `${short(orgs)} orgs / ${short(links)} links`;
}

export const ms = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a';

// Checks the ratio table: goals met or missed, ratios formatted, one aligned line per row.
import { describe, expect, it } from 'vitest';
import { formatRatio, formatRatioTable, goalMet, graphLabel, type RatioRow } from './ratio-table.ts';

const row = (ratio: number, goal: RatioRow['goal']): RatioRow => ({
  area: 'API vs raw driver',
  graph: '1k orgs / 10k links',
  question: 'neighborhood',
  ours: 'p95 6 ms',
  baseline: 'p95 5 ms',
  ratioName: 'p95 API ÷ raw',
  ratio,
  goal,
});

describe('goalMet', () => {
  it('reads ≤ and ≥ goals, the bound itself included', () => {
    expect(goalMet(row(1.2, { op: '≤', value: 1.2 }))).toBe(true);
    expect(goalMet(row(1.21, { op: '≤', value: 1.2 }))).toBe(false);
    expect(goalMet(row(2, { op: '≥', value: 2 }))).toBe(true);
    expect(goalMet(row(1.9, { op: '≥', value: 2 }))).toBe(false);
  });

  it('says nothing without a goal or a finite ratio', () => {
    expect(goalMet(row(1, null))).toBeNull();
    expect(goalMet(row(Number.NaN, { op: '≤', value: 1.2 }))).toBeNull();
  });
});

describe('formatRatioTable', () => {
  it('prints a header, a rule and one line per row with the ratio and the verdict', () => {
    const table = formatRatioTable([
      row(1.07, { op: '≤', value: 1.2 }),
      row(1.5, { op: '≤', value: 1.2 }),
      row(12.345, null),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain('1.07× (p95 API ÷ raw)');
    expect(lines[2]).toContain('≤ 1.2 ✓');
    expect(lines[3]).toContain('≤ 1.2 ✗');
    expect(lines[4]).toContain('12.3×');
    // Aligned columns: every line as long as the header.
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it('gives each side its sample count beside its percentiles when the row has them', () => {
    const line = formatRatioTable([{ ...row(1.1, { op: '≤', value: 1.2 }), samples: [42, 57] }]).split('\n')[2]!;
    expect(line).toContain('p95 6 ms, n 42');
    expect(line).toContain('p95 5 ms, n 57');
  });

  it('keeps a pipe inside a cell from breaking the Markdown table', () => {
    const table = formatRatioTable([{ ...row(1, null), question: 'a | b' }]);
    expect(table.split('\n')[2]).toContain('a \\| b');
  });
});

describe('labels', () => {
  it('shortens round thousands', () => {
    expect(graphLabel(20_000, 200_000)).toBe('20k orgs / 200k links');
    expect(graphLabel(1_500, 15_000)).toBe('1,500 orgs / 15k links');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});

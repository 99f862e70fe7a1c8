// The evaluation end to end on the sample data (CSV files, no database): every dataset × hold-out × method is in the
// report and the table, every figure is a valid share, and the report lands between the docs' markers.
import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_RANKERS } from './eval-rankers.ts';
import { sampleEvalDataset } from './eval-datasets.ts';
import { formatEvalReport, replaceSection, sectionMarkers } from './format-eval-report.ts';
import { runMatchingEval, type EvalReport } from './run-matching-eval.ts';

let report: EvalReport;

beforeAll(async () => {
  report = runMatchingEval([await sampleEvalDataset()], { seed: 1 });
}, 60_000);

describe('the matching evaluation on the sample data', () => {
  it('runs both hold-outs with every method, on organisations that gained partners', () => {
    expect(report.runs.map((run) => `${run.dataset}/${run.holdOut}`)).toEqual(['sample/time', 'sample/random']);
    const [time] = report.runs;
    expect(time!.result.asOf).toBe(`${report.datasets[0]!.cutoffYear}-12-31`);
    for (const run of report.runs) {
      expect(run.result.evaluated).toBeGreaterThan(10);
      expect(run.result.evaluated).toBeLessThanOrEqual(run.result.eligible);
      expect(run.result.hiddenLinks).toBeGreaterThan(0);
      expect(Object.keys(run.result.scores).sort()).toEqual(EVAL_RANKERS.map((r) => r.name).sort());
    }
  });

  it('gives every metric as a share in 0..1, the first ten holding the hits of the first five', () => {
    for (const run of report.runs) {
      for (const scores of Object.values(run.result.scores)) {
        for (const value of Object.values(scores)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        // The first ten hold at least the hits of the first five.
        expect(10 * scores.precisionAt10).toBeGreaterThanOrEqual(5 * scores.precisionAt5 - 1e-9);
      }
    }
  });

  it('ranks the partners the sample network really gained above a random order, and below the best possible', () => {
    for (const run of report.runs) {
      expect(run.result.scores.ours!.precisionAt10).toBeGreaterThan(run.result.scores.random!.precisionAt10);
      for (const scores of Object.values(run.result.scores))
        expect(scores.precisionAt10).toBeLessThanOrEqual(run.result.ceiling.precisionAt10 + 1e-9);
      expect(run.result.ceiling.mrr).toBe(1);
    }
  });

  it('prints one row per method for both hold-outs, and the acceptance for the time split', () => {
    const table = formatEvalReport(report);
    for (const ranker of EVAL_RANKERS) {
      const row = table
        .split('\n')
        .find((line) => line.startsWith(`| ${ranker.name === 'ours' ? '**ours**' : ranker.name} |`));
      expect(row, ranker.name).toBeDefined();
      expect(row!.match(/\d\.\d{4}/g)).toHaveLength(8);
    }
    expect(table).toContain('| *best possible* |');
    expect(table).toContain(`cut-off year ${report.datasets[0]!.cutoffYear}`);
    expect(report.acceptance.map((check) => check.dataset)).toEqual(['sample']);
    const baseline = '(common neighbours|Adamic–Adar|resource allocation|preferential attachment)';
    const verdict = '(yes|\\*\\*no\\*\\*)';
    const score = '\\d\\.\\d{4}';
    expect(table).toMatch(
      new RegExp(
        `\\| sample \\| ${score} \\| ${score} \\(${baseline}\\) \\| ${score} \\| ${verdict} \\| ${verdict} \\|`,
      ),
    );
  });
});

describe('replaceSection', () => {
  const [open, close] = sectionMarkers('eval:matching');

  it('replaces only the text between the markers, so a rerun changes nothing else', () => {
    const doc = `# Matching\n\nIntro.\n\n${open}\nold table\n${close}\n\n## After\n`;
    const once = replaceSection(doc, 'eval:matching', 'Evaluation results', 'new table\n');
    expect(once).toBe(`# Matching\n\nIntro.\n\n${open}\nnew table\n${close}\n\n## After\n`);
    expect(replaceSection(once, 'eval:matching', 'Evaluation results', 'new table\n')).toBe(once);
  });

  it('appends the section with its markers when the document has none yet', () => {
    expect(replaceSection('# Matching\n', 'eval:matching', 'Evaluation results', 'table\n')).toBe(
      `# Matching\n\n## Evaluation results\n\n${open}\ntable\n${close}\n`,
    );
  });
});

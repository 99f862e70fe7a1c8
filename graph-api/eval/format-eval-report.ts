// The evaluation's report as Markdown (printed to the terminal and written into docs/matching.md between markers).
import type { FitResult } from '../src/services/matching/fit-weights.ts';
import type { EvalReport } from './run-matching-eval.ts';
import type { AblationResult } from './weight-ablation.ts';
import { METRIC_NAMES, type RankingScores } from './ranking-metrics.ts';

/** The marker pair around a generated section of a Markdown file. */
export const sectionMarkers = (name: string): [string, string] => [
  `<!-- ${name}:begin (written by \`pnpm eval:matching\`; edits inside are overwritten) -->`,
  `<!-- ${name}:end -->`,
];

const METRICS = Object.keys(METRIC_NAMES) as Array<keyof RankingScores>;
const num = (value: number): string => value.toFixed(4);
const pct = (value: number): string => `${Math.round(value * 100)} %`;
const yes = (ok: boolean): string => (ok ? 'yes' : '**no**');

/** One table per dataset: methods × (time split metrics | random split metrics). */
function datasetTable(report: EvalReport, dataset: EvalReport['datasets'][number]): string[] {
  const runs = report.runs.filter((run) => run.dataset === dataset.name);
  const lines = [
    `### ${dataset.name}`,
    '',
    `${dataset.description}. ${dataset.organizations} organisations, ${dataset.links} links; cut-off year ` +
      `${dataset.cutoffYear}.`,
    '',
  ];
  for (const run of runs) {
    const r = run.result;
    lines.push(
      `- **${run.holdOut} split** — hidden: ${r.description}${r.asOf ? ` (network as of ${r.asOf})` : ''}; ` +
        `${r.hiddenLinks} hidden links; ` +
        (`${r.evaluated} organisations ` +
          `evaluated${r.evaluated < r.eligible ? ` (a seeded sample of ${r.eligible})` : ''}, `) +
        (`${r.meanTargets.toFixed(1)} new partners each; ${pct(r.coldStartShare)} of the pairs have an end with ` +
          `no link yet`) +
        `${r.targetsNotInGraph > 0 ? `; ${r.targetsNotInGraph} new partners founded after the cut-off left out` : ''}.`,
    );
    for (const [method, note] of Object.entries(r.notes ?? {})) lines.push(`  - *${method}*: ${note}.`);
  }
  const header = runs.flatMap((run) => METRICS.map((m) => `${run.holdOut} ${METRIC_NAMES[m]}`));
  lines.push('', `| method | ${header.join(' | ')} |`, `|---|${header.map(() => '---:').join('|')}|`);
  for (const method of report.methods) {
    const cells = runs.flatMap((run) => METRICS.map((m) => num(run.result.scores[method]?.[m] ?? 0)));
    lines.push(`| ${method === 'ours' ? '**ours**' : method} | ${cells.join(' | ')} |`);
  }
  lines.push(
    `| *best possible* | ${runs.flatMap((run) => METRICS.map((m) => `*${num(run.result.ceiling[m])}*`)).join(' | ')} |`,
  );
  lines.push('');
  return lines;
}

export function formatEvalReport(report: EvalReport): string {
  const lines = [
    `Seed ${report.seed}; lists of 100 per organisation; each metric averaged over the evaluated organisations` +
      `${report.maxOrganizations ? `; at most ${report.maxOrganizations} organisations per hold-out` : ''}` +
      `${report.maxOrganizations ? ' (seeded sample)' : ''}.`,
    '',
  ];
  for (const dataset of report.datasets) lines.push(...datasetTable(report, dataset));
  lines.push(
    '### Acceptance (time split, precision@10)',
    '',
    '| dataset | ours | best structural baseline | random | ours ≥ best structural | ours ≥ 5 × random |',
    '|---|---:|---|---:|:-:|:-:|',
  );
  for (const check of report.acceptance) {
    lines.push(
      `| ${check.dataset} | ${num(check.ours)} | ${num(check.bestStructural.value)} ` +
        `(${check.bestStructural.method}) | ${num(check.random)} | ${yes(check.beatsStructural)} | ` +
        `${yes(check.fiveTimesRandom)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `doc` with the text between the section's markers replaced by `body` (appended under `heading` when absent). */
export function replaceSection(doc: string, name: string, heading: string, body: string): string {
  const [open, close] = sectionMarkers(name);
  const begin = doc.indexOf(open);
  const end = doc.indexOf(close);
  const block = `${open}\n${body}${close}`;
  if (begin === -1 || end === -1 || end < begin) return `${doc.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  return doc.slice(0, begin) + block + doc.slice(end + close.length);
}

/** The ablation on the validation hold-outs: one table per dataset, variants × (hold-out P@10 and MRR). */
export function formatAblation(results: readonly AblationResult[]): string {
  const lines: string[] = [];
  for (const dataset of [...new Set(results.map((r) => r.dataset))]) {
    const runs = results.filter((r) => r.dataset === dataset);
    const header = runs.flatMap((run) => [`${run.holdOut} P@10`, `${run.holdOut} MRR`]);
    lines.push(
      `#### ${dataset}`,
      '',
      runs.map((run) => `${run.holdOut}: ${run.result.description}, ${run.result.evaluated} organisations`).join('; ') +
        '.',
      '',
    );
    lines.push(`| weights | ${header.join(' | ')} |`, `|---|${header.map(() => '---:').join('|')}|`);
    for (const variant of Object.keys(runs[0]?.result.scores ?? {})) {
      const scores = (run: AblationResult) => run.result.scores[variant];
      const cells = runs.flatMap((run) => [num(scores(run)?.precisionAt10 ?? 0), num(scores(run)?.mrr ?? 0)]);
      lines.push(`| ${variant} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** `--fit`'s result: the weights to put into MATCHING_CONFIG, and validation P@10 before and after. */
export function formatFit(fit: FitResult): string {
  const weights = (w: Record<string, number>): string =>
    Object.entries(w)
      .map(([f, v]) => `${f}: ${v}`)
      .join(', ');
  return [
    `Coordinate ascent over ${fit.tried} weight sets on the validation hold-outs (objective: mean P@10 as a ` +
      `share of the best possible).`,
    '',
    `- start: ${weights(fit.start.weights)} — objective ${num(fit.start.objective)}`,
    `- fitted: ${weights(fit.best.weights)}; structuralIndex ${fit.best.structural.structuralIndex}, ` +
      `structuralScale ${fit.best.structural.structuralScale} — objective ${num(fit.best.objective)}`,
    '',
    '| validation hold-out | P@10 start | P@10 fitted | best possible |',
    '|---|---:|---:|---:|',
    ...fit.perHoldOut.map((h) => `| ${h.name} | ${num(h.start)} | ${num(h.best)} | ${num(h.ceiling)} |`),
  ].join('\n');
}

// `pnpm eval:matching [--orgs N] [--links M] [--seed S] [--max-orgs K] [--ablation] [--fit] [--no-write]`: measures
// partner matching on held-out links (sample data + generated graphs), prints the table, writes it into
// docs/matching.md between markers and the figures to docs/matching-eval.json. Runs off CSV files only (no Neo4j).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedEvalDatasets, REPO_ROOT, sampleEvalDataset } from './eval-datasets.ts';
import { formatAblation, formatEvalReport, formatFit, replaceSection } from './format-eval-report.ts';
import { fitWeights } from '../src/services/matching/fit-weights.ts';
import { MATCHING_CONFIG } from '../src/services/matching/scoring-weights.ts';
import { prepareValidation } from './fit-weights.ts';
import { runMatchingEval } from './run-matching-eval.ts';
import { ablationRankers, runAblation } from './weight-ablation.ts';

const DEFAULT_MAX_ORGANIZATIONS = 2000;
// The ablation runs 17 rankings per organisation: a smaller sample keeps it to about a minute.
const ABLATION_MAX_ORGANIZATIONS = 400;
const USAGE =
  `usage: pnpm eval:matching [--orgs 3000] [--links 4×orgs] [--seed 1] [--max-orgs ${DEFAULT_MAX_ORGANIZATIONS}] ` +
  `[--ablation] [--fit] [--no-write] [--docs PATH] [--json PATH]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`eval:matching: --${name} must be a positive integer, got "${value}"\n${USAGE}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orgs: { type: 'string' },
      links: { type: 'string' },
      seed: { type: 'string' },
      'max-orgs': { type: 'string' },
      ablation: { type: 'boolean' },
      fit: { type: 'boolean' },
      'no-write': { type: 'boolean' },
      docs: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const orgs = positive('orgs', values.orgs, 3000);
  const links = positive('links', values.links, 4 * orgs);
  const seed = positive('seed', values.seed, 1);
  // A seeded sample of organisations per hold-out bounds the run on large graphs; the sample data is far below it.
  const maxOrganizations = positive('max-orgs', values['max-orgs'], DEFAULT_MAX_ORGANIZATIONS);
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const datasets = [await sampleEvalDataset(), ...(await generatedEvalDatasets({ orgs, links, seed }))];
  console.error(`eval:matching: datasets read in ${elapsed()}`);
  if (values.fit) {
    // Validation hold-outs only; prints the weights to put into MATCHING_CONFIG and changes no file.
    const prepared = prepareValidation(datasets, seed, Math.min(maxOrganizations, ABLATION_MAX_ORGANIZATIONS));
    console.error(`eval:matching --fit: validation hold-outs prepared in ${elapsed()}`);
    console.log(formatFit(fitWeights(prepared, MATCHING_CONFIG)));
    console.error(`eval:matching: done in ${elapsed()}`);
    return;
  }
  const report = runMatchingEval(datasets, {
    seed,
    maxOrganizations,
    onRun: (run) =>
      console.error(
        `  ${run.dataset} · ${run.holdOut} split: ${run.result.evaluated} organisations in ` +
          `${run.result.seconds.toFixed(1)} s; ` +
          `ms per organisation: ${Object.entries(run.result.msPerOrganization)
            .map(([method, ms]) => `${method} ${ms.toFixed(1)}`)
            .join(', ')}`,
      ),
  });
  const table = formatEvalReport(report);
  console.log(table);

  let ablation: string | null = null;
  if (values.ablation) {
    const rankers = ablationRankers();
    ablation = formatAblation(
      datasets.flatMap((dataset) =>
        runAblation(dataset, rankers, seed, Math.min(maxOrganizations, ABLATION_MAX_ORGANIZATIONS)),
      ),
    );
    console.log(ablation);
  }
  if (!values['no-write']) {
    const docsPath = values.docs ?? join(REPO_ROOT, 'docs', 'matching.md');
    const jsonPath = values.json ?? join(REPO_ROOT, 'docs', 'matching-eval.json');
    let doc = existsSync(docsPath) ? readFileSync(docsPath, 'utf8') : '# Partner matching\n';
    doc = replaceSection(doc, 'eval:matching', 'Evaluation results', table);
    if (ablation !== null)
      doc = replaceSection(doc, 'eval:matching-ablation', 'Weight ablation (validation hold-outs)', ablation);
    writeFileSync(docsPath, doc);
    // Timings vary from run to run: left out, so the committed figures change only when the results do.
    const timeless = (key: string, value: unknown): unknown =>
      key === 'seconds' || key === 'msPerOrganization' ? undefined : value;
    writeFileSync(jsonPath, `${JSON.stringify(report, timeless, 2)}\n`);
    console.error(`eval:matching: wrote ${docsPath} and ${jsonPath}`);
  }
  console.error(`eval:matching: done in ${elapsed()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

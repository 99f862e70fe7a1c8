// `pnpm data generate --orgs N --links M --seed S --out DIR [--prefix P]`: a synthetic Siheung-like graph
// (seed/src/generate) written as the dataset's CSV files, for tests and benchmarks through the real importer.
import { existsSync, readdirSync } from 'node:fs';
import { clusteringOfPairs } from '@siheung/core/clustering';
import { EXPORT_ENCODINGS, writeDatasetFiles } from '../export/index.ts';
import { generateDataset, readSampleVocabulary } from '../generate/index.ts';
import { UsageError, type Command } from './command.ts';
import { choice, parseCommandArgs, positiveInt } from './parse-args.ts';

export const generateCommand: Command = {
  name: 'generate',
  usage: '--orgs N --links M --out DIR [--seed S] [--prefix GEN-] [--encoding utf8|utf8-bom|cp949]',
  summary:
    'write a synthetic Siheung-like graph (heavy-tailed, clustered; deterministic for a seed) as the dataset CSV files',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      orgs: { type: 'string' },
      links: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      prefix: { type: 'string' },
      encoding: { type: 'string' },
    });
    if (values.orgs === undefined || values.links === undefined || values.out === undefined)
      throw new UsageError('--orgs, --links and --out are required');
    const orgs = positiveInt('--orgs', values.orgs, 0);
    if (orgs < 2) throw new UsageError('--orgs must be at least 2');
    const links = positiveInt('--links', values.links, 0);
    const seed = values.seed === undefined ? 1 : positiveInt('--seed', values.seed, 1);
    const prefix = values.prefix ?? 'GEN-';
    if (!/^(?:[A-Z0-9]+-)*$/.test(prefix))
      throw new UsageError(
        `--prefix must be uppercase parts each followed by a hyphen (e.g. GEN- or T-BENCH-), got "${prefix}"`,
      );
    const encoding = choice('--encoding', values.encoding, EXPORT_ENCODINGS, 'utf8');
    if (existsSync(values.out) && readdirSync(values.out).length > 0)
      throw new UsageError(`--out ${values.out} is not empty; choose a new folder`);

    const started = performance.now();
    const { taxonomy, programs } = await readSampleVocabulary();
    const { dataset, pairs } = generateDataset({ orgs, links, seed, prefix, taxonomy, programs });
    const generated = performance.now();
    const { files } = writeDatasetFiles(dataset, values.out, { encoding });
    const written = performance.now();

    const degrees = new Array<number>(orgs).fill(0);
    for (const [a, b] of pairs) {
      degrees[a] = (degrees[a] ?? 0) + 1;
      degrees[b] = (degrees[b] ?? 0) + 1;
    }
    const sorted = [...degrees].sort((a, b) => a - b);
    // The analytics' own definition (networkx's average_clustering), so the report matches what networkStats says.
    const clustering = clusteringOfPairs(orgs, pairs).averageClustering;
    io.out(
      `data generate: ${orgs} organisations, ${pairs.length} links (seed ${seed}) to ${values.out} in ` +
        `${((written - started) / 1000).toFixed(1)} s (generate ${((generated - started) / 1000).toFixed(1)} s, ` +
        `write ${((written - generated) / 1000).toFixed(1)} s)`,
    );
    io.out(
      `  degree: max ${sorted.at(-1)}, median ${sorted[Math.floor(orgs / 2)]}, mean ` +
        `${((2 * pairs.length) / orgs).toFixed(1)}; average clustering ${clustering.toFixed(2)}`,
    );
    for (const file of files) io.out(`  ${file.file.padEnd(31)} ${String(file.rows).padStart(8)} rows`);
  },
};

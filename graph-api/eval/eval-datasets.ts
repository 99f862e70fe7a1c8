// The datasets the evaluation runs on, all read from CSV files with seed's readDataset: the sample data; a graph made
// by the product's own generator (`pnpm data generate`, cached under .data/eval-matching/); and the same
// organisations with their links re-formed by a purely structural process (friends-of-friends-links.ts).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readDataset, SAMPLE_DATA_DIR, type Dataset } from '@siheung/seed';
import type { MatchingInput } from '../src/services/matching/matching-input.ts';
import { datasetToMatchingInput } from './dataset-to-matching-input.ts';
import { friendsOfFriendsLinks } from './friends-of-friends-links.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EVAL_CACHE_DIR = join(REPO_ROOT, '.data', 'eval-matching');

export interface EvalDataset {
  /** Short name in the table. */
  name: string;
  /** How it was made, for the docs. */
  description: string;
  organizations: number;
  links: number;
  input: MatchingInput;
}

export interface GeneratedGraphOptions {
  orgs: number;
  links: number;
  seed: number;
}

export const sampleEvalDataset = async (): Promise<EvalDataset> => {
  const dataset = await readDataset(SAMPLE_DATA_DIR);
  return {
    name: 'sample',
    description: 'seed/data/sample: the Siheung cluster as recorded (real and synthetic rows)',
    organizations: dataset.organizations.length,
    links: dataset.collaborations.length,
    input: datasetToMatchingInput(dataset),
  };
};

/** A digest of the generator's code: a changed generator makes new graphs, never reads the old cached ones. */
function generatorDigest(): string {
  const folder = join(REPO_ROOT, 'seed', 'src', 'generate');
  const hash = createHash('sha256');
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()) {
    hash.update(name).update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex').slice(0, 10);
}

/**
 * The folder `pnpm data generate` wrote for these options (and this generator), generating it first when it is not
 * there yet.
 */
export async function generatedDatasetDir(options: GeneratedGraphOptions): Promise<string> {
  const dir = join(
    EVAL_CACHE_DIR,
    `generated-o${options.orgs}-l${options.links}-s${options.seed}-${generatorDigest()}`,
  );
  if (existsSync(dir)) return dir;
  mkdirSync(EVAL_CACHE_DIR, { recursive: true });
  // Written beside and renamed when whole, so an interrupted run never leaves a half-written graph in the cache.
  const scratch = mkdtempSync(`${dir}.partial-`);
  rmSync(scratch, { recursive: true });
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  // The public command, so the evaluated files are exactly what a user generates.
  await promisify(execFile)(
    tsx,
    [
      'seed/src/cli.ts',
      'generate',
      '--orgs',
      String(options.orgs),
      '--links',
      String(options.links),
      '--seed',
      String(options.seed),
      '--out',
      scratch,
    ],
    { cwd: REPO_ROOT },
  );
  renameSync(scratch, dir);
  return dir;
}

const START = Date.UTC(2005, 0, 1);
const END = Date.UTC(2026, 9, 31);
/** As seed's generator dates its links: over 2005-01-01 … 2026-10-31, more of them in later years. */
const dateAt = (time: number): string => new Date(START + Math.sqrt(time) * (END - START)).toISOString().slice(0, 10);

/** The generated organisations and their attributes, with links re-formed by the structural process. */
export function rewireStructurally(dataset: Dataset, seed: number): Dataset {
  const orgs = dataset.organizations;
  const formed = friendsOfFriendsLinks({ nodes: orgs.length, links: dataset.collaborations.length, seed });
  const firstYear = new Map<number, number>();
  const collaborations = formed.map(({ a, b, time }, index) => {
    const since = dateAt(time);
    for (const end of [a, b]) if (!firstYear.has(end)) firstYear.set(end, Number(since.slice(0, 4)));
    // Kinds and titles are carried over in order: they do not depend on the new pair, and the engine does not score
    // them.
    const model = dataset.collaborations[index % dataset.collaborations.length]!;
    return {
      ...model,
      id: `EVAL-SLNK-${String(index + 1).padStart(7, '0')}`,
      from: orgs[a]!.id,
      to: orgs[b]!.id,
      since,
      until: null,
      weight: 1,
      source: `eval:friends-of-friends seed=${seed}`,
    };
  });
  // An organisation exists by the year of its first link, as in the generator.
  const organizations = orgs.map((org, i) => {
    const first = firstYear.get(i);
    return first !== undefined && org.founded !== null && org.founded > first ? { ...org, founded: first } : org;
  });
  return { ...dataset, organizations, collaborations };
}

/**
 * The generated graph and its structural twin. Project teams are left out of both: the generator draws a project's
 * members from its lead's partners in the finished graph, future links included, so they would leak hidden links.
 */
export async function generatedEvalDatasets(options: GeneratedGraphOptions): Promise<EvalDataset[]> {
  const dataset = { ...(await readDataset(await generatedDatasetDir(options))), projectMembers: [] };
  const structural = rewireStructurally(dataset, options.seed);
  const size = `${dataset.organizations.length} orgs, ${dataset.collaborations.length} links, seed ${options.seed}`;
  return [
    {
      name: `generated ${options.orgs}`,
      description:
        `pnpm data generate --orgs ${options.orgs} --links ${options.links} --seed ${options.seed} (${size}): ` +
        `seed's Holme–Kim growth, links mostly within a hub`,
      organizations: dataset.organizations.length,
      links: dataset.collaborations.length,
      input: datasetToMatchingInput(dataset),
    },
    {
      name: `structural ${options.orgs}`,
      description:
        `the same organisations and attributes, links re-formed by friends-of-friends (preferential attachment + ` +
        `triadic closure, no attribute), seed ${options.seed}`,
      organizations: structural.organizations.length,
      links: structural.collaborations.length,
      input: datasetToMatchingInput(structural),
    },
  ];
}

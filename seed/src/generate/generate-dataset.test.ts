import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type CapabilityRow, type ProgramRow } from '../dataset/index.ts';
import { writeDatasetFiles } from '../export/index.ts';
import { clusteringOfPairs } from '@siheung/core/clustering';
import { generateDataset } from './generate-dataset.ts';
import { readSampleVocabulary } from './sample-vocabulary.ts';

describe('generateDataset', () => {
  let vocabulary: { taxonomy: CapabilityRow[]; programs: ProgramRow[] };
  const scratch = mkdtempSync(join(tmpdir(), 'seed-generate-'));
  beforeAll(async () => {
    vocabulary = await readSampleVocabulary();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const make = (orgs: number, links: number, seed: number) =>
    generateDataset({ orgs, links, seed, prefix: 'T-GEN-', ...vocabulary });

  it('writes files the importer accepts, with exactly the asked numbers, deterministically for a seed', async () => {
    const first = writeDatasetFiles(make(500, 2500, 11).dataset, join(scratch, 'a'));
    const again = writeDatasetFiles(make(500, 2500, 11).dataset, join(scratch, 'b'));
    const other = writeDatasetFiles(make(500, 2500, 12).dataset, join(scratch, 'c'));
    expect(again.digest).toBe(first.digest);
    expect(other.digest).not.toBe(first.digest);
    expect(readFileSync(join(scratch, 'a', 'collaborations.csv'))).toEqual(
      readFileSync(join(scratch, 'b', 'collaborations.csv')),
    );
    const dataset = await readDataset(join(scratch, 'a'));
    expect([dataset.organizations.length, dataset.collaborations.length]).toEqual([500, 2500]);
    expect(dataset.organizations.every((org) => org.id.startsWith('T-GEN-ORG-') && org.synthetic)).toBe(true);
    expect(new Set(dataset.organizations.map((org) => org.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(dataset.collaborations.map((link) => link.kind)).size).toBe(7);
    expect(new Set(dataset.collaborations.map((link) => link.since.slice(0, 4))).size).toBeGreaterThan(10);
    expect(dataset.attendance.length).toBeGreaterThan(0);
    expect(dataset.projectMembers.length).toBeGreaterThan(0);
    expect(dataset.organizationNeeds.length).toBeGreaterThan(0);
  });

  it('gives heavy-tailed degrees and clustered neighbourhoods', () => {
    const { pairs } = make(5000, 25_000, 3);
    const degrees = new Array<number>(5000).fill(0);
    for (const [a, b] of pairs) {
      degrees[a] = (degrees[a] ?? 0) + 1;
      degrees[b] = (degrees[b] ?? 0) + 1;
    }
    const sorted = [...degrees].sort((a, b) => a - b);
    const median = sorted[2500] ?? 0;
    expect(sorted.at(-1)).toBeGreaterThan(15 * median);
    expect(sorted[0]).toBeGreaterThan(0);
    // A random graph of this density would have clustering about 2·25000/5000² = 0.002.
    expect(clusteringOfPairs(5000, pairs).averageClustering).toBeGreaterThan(0.15);
  });

  it('starts links after their organisations arrive, and each triangle-closing link after the two it closes', () => {
    const { dataset, pairs, closes } = make(2000, 10_000, 7);
    const links = dataset.collaborations;
    const founded = new Map(dataset.organizations.map((org) => [org.id, org.founded ?? 0]));
    expect(
      links.every((link) => Number(link.since.slice(0, 4)) >= Math.max(founded.get(link.from)!, founded.get(link.to)!)),
    ).toBe(true);
    expect(links.every((link) => link.since <= '2026-10-31')).toBe(true);
    const closing = closes.flatMap((closed, index): Array<[number, number, number]> =>
      closed.length === 2 ? [[index, closed[0]!, closed[1]!]] : [],
    );
    expect(closing.length).toBeGreaterThan(links.length / 2);
    expect(
      closing.every(
        ([index, a, b]) => links[index]!.since >= links[a]!.since && links[index]!.since >= links[b]!.since,
      ),
    ).toBe(true);
    // Closed triangles share an organisation with each link they close.
    expect(
      closing.every(
        ([index, a, b]) =>
          pairs[a]!.some((n) => pairs[index]!.includes(n)) && pairs[b]!.some((n) => pairs[index]!.includes(n)),
      ),
    ).toBe(true);
    // Not all on the newcomer's arrival: an organisation's links start over several years.
    const firstYear = new Map<string, number>();
    for (const link of links)
      for (const id of [link.from, link.to])
        firstYear.set(id, Math.min(firstYear.get(id) ?? 9999, Number(link.since.slice(0, 4))));
    const later = links.filter(
      (link) => Number(link.since.slice(0, 4)) > Math.max(firstYear.get(link.from)!, firstYear.get(link.to)!),
    ).length;
    expect(later).toBeGreaterThan(links.length / 4);
  });

  it('makes 50,000 organisations and 500,000 links in seconds', () => {
    const started = performance.now();
    const { dataset } = make(50_000, 500_000, 5);
    expect(dataset.collaborations).toHaveLength(500_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

// The evaluation's inputs: the sample CSV files become the engine's rows one for one, and the structural twin keeps
// every organisation and attribute while re-forming the links.
import { readDataset, SAMPLE_DATA_DIR, type Dataset } from '@siheung/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetToMatchingInput } from './dataset-to-matching-input.ts';
import { rewireStructurally } from './eval-datasets.ts';
import { pairKey } from '../src/services/matching/hold-out.ts';

let dataset: Dataset;

beforeAll(async () => {
  dataset = await readDataset(SAMPLE_DATA_DIR);
});

describe('datasetToMatchingInput', () => {
  it('carries every row of the files, links with their dates', () => {
    const input = datasetToMatchingInput(dataset);
    expect(input.organizations).toHaveLength(dataset.organizations.length);
    expect(input.links).toHaveLength(dataset.collaborations.length);
    expect(input.offers).toHaveLength(dataset.organizationCapabilities.length);
    expect(input.needs).toHaveLength(dataset.organizationNeeds.length);
    expect(input.attendance).toHaveLength(dataset.attendance.length);
    expect(input.memberships).toHaveLength(dataset.projectMembers.length);
    const ended = dataset.collaborations.find((row) => row.until !== null)!;
    expect(input.links.find((link) => link.id === ended.id)).toMatchObject({
      from: ended.from,
      to: ended.to,
      since: ended.since,
      until: ended.until,
    });
  });
});

describe('rewireStructurally', () => {
  it('keeps the organisations and their attributes, and forms as many new distinct links', () => {
    const twin = rewireStructurally(dataset, 3);
    expect(twin.organizations.map((org) => org.id)).toEqual(dataset.organizations.map((org) => org.id));
    expect(twin.organizationNeeds).toBe(dataset.organizationNeeds);
    expect(twin.organizationCapabilities).toBe(dataset.organizationCapabilities);
    expect(twin.collaborations).toHaveLength(dataset.collaborations.length);
    expect(new Set(twin.collaborations.map((link) => pairKey(link.from, link.to))).size).toBe(
      twin.collaborations.length,
    );
    const original = new Set(dataset.collaborations.map((link) => pairKey(link.from, link.to)));
    // Re-formed without regard to the old links: few pairs survive by chance.
    expect(twin.collaborations.filter((link) => original.has(pairKey(link.from, link.to))).length).toBeLessThan(
      twin.collaborations.length / 4,
    );
  });

  it('dates the links in formation order and lets no link precede its organisations', () => {
    const twin = rewireStructurally(dataset, 3);
    const founded = new Map(twin.organizations.map((org) => [org.id, org.founded]));
    for (const link of twin.collaborations) {
      for (const end of [link.from, link.to]) {
        const year = founded.get(end);
        if (year !== null && year !== undefined) expect(year).toBeLessThanOrEqual(Number(link.since.slice(0, 4)));
      }
    }
    const dates = twin.collaborations.map((link) => link.since);
    expect(dates).toEqual([...dates].sort());
  });
});

// Loading the sample data again (the global setup loaded it once) changes no count and no property.
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@siheung/core/test-support';
import { contentHash, countByLabel, dumpGraph } from '../../test/graph-dump.ts';
import { readDataset } from '../dataset/index.ts';
import { loadSampleData, SAMPLE_DATA_DIR } from '../index.ts';

describe('loadSampleData, a second time', () => {
  const db = openTestDatabase();
  afterAll(() => db.close());

  it('finds the sample data loaded, then changes no counts and no content', async () => {
    const dataset = await readDataset(SAMPLE_DATA_DIR);
    const before = await dumpGraph(db, '');
    const organizations = new Set(
      before.filter((item) => item.labels.includes('Organization')).map((item) => item.key),
    );
    expect(dataset.organizations.every((org) => organizations.has(org.id))).toBe(true);

    const summary = await loadSampleData(db);
    const after = await dumpGraph(db, '');

    expect(countByLabel(after)).toEqual(countByLabel(before));
    expect(contentHash(after)).toBe(contentHash(before));
    for (const [type, counts] of Object.entries(summary)) {
      expect({ type, ...counts }).toEqual({
        type,
        rows: dataset[type as keyof typeof dataset].length,
        created: 0,
        updated: 0,
        unchanged: counts.rows,
      });
    }
  });
});

// All or nothing: an invalid dataset writes nothing, and a failure in a later batch of the one load
// transaction leaves no partial writes (ids T-BAD-… and T-TXN-…).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbError } from '@siheung/core/db';
import { openTestDatabase } from '@siheung/core/test-support';
import { VALID_DIR } from '../../test/dataset-fixtures.ts';
import { collaboration, emptyDataset, organization } from '../../test/datasets.ts';
import { contentHash, deletePrefix, dumpGraph } from '../../test/graph-dump.ts';
import { DatasetInvalidError, readDataset, type Dataset } from '../dataset/index.ts';
import { loadDataset } from './load-dataset.ts';

describe('loadDataset is all or nothing', () => {
  const db = openTestDatabase();
  const scratch = mkdtempSync(join(tmpdir(), 'seed-atomic-'));

  beforeAll(async () => {
    await deletePrefix(db, 'T-BAD-');
    await deletePrefix(db, 'T-TXN-');
  });
  afterAll(async () => {
    await deletePrefix(db, 'T-BAD-');
    await deletePrefix(db, 'T-TXN-');
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('writes nothing from a dataset with a single bad cell', async () => {
    // The valid fixture under other ids, with one bad date.
    const dir = join(scratch, 'bad');
    cpSync(VALID_DIR, dir, { recursive: true });
    for (const file of readdirSync(dir)) {
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replaceAll('T-LOAD-', 'T-BAD-'));
    }
    const events = readFileSync(join(dir, 'events.csv'), 'utf8');
    writeFileSync(join(dir, 'events.csv'), events.replace('2025-06-10', '2025-06-31'));

    const load = readDataset(dir).then((dataset) => loadDataset(db, dataset));
    await expect(load).rejects.toBeInstanceOf(DatasetInvalidError);
    await expect(load).rejects.toMatchObject({
      problems: [{ file: 'events.csv', row: 2, column: 'date', value: '2025-06-31' }],
    });
    expect(await dumpGraph(db, 'T-BAD-')).toEqual([]);
  });

  it('rolls back every earlier batch when a later batch fails on a constraint', async () => {
    const first: Dataset = {
      ...emptyDataset(),
      organizations: [organization('T-TXN-ORG-A'), organization('T-TXN-ORG-B')],
      collaborations: [collaboration('T-TXN-LNK-1', 'T-TXN-ORG-A', 'T-TXN-ORG-B')],
    };
    await loadDataset(db, first);
    const before = await dumpGraph(db, 'T-TXN-');
    expect(before).toHaveLength(3);

    // Valid on its own, but its last link reuses the id T-TXN-LNK-1 for two other organisations.
    const second: Dataset = {
      ...emptyDataset(),
      hubs: [
        {
          id: 'T-TXN-HUB',
          name: '허브',
          nameEn: 'Hub',
          role: null,
          roleEn: null,
          lat: null,
          lng: null,
          source: 'test:code',
          synthetic: true,
        },
      ],
      organizations: [
        organization('T-TXN-ORG-A', { name: '바뀐 이름' }),
        organization('T-TXN-ORG-C', { hub: 'T-TXN-HUB' }),
        organization('T-TXN-ORG-D'),
        organization('T-TXN-ORG-E'),
      ],
      collaborations: [
        collaboration('T-TXN-LNK-2', 'T-TXN-ORG-C', 'T-TXN-ORG-D'),
        collaboration('T-TXN-LNK-3', 'T-TXN-ORG-D', 'T-TXN-ORG-E'),
        collaboration('T-TXN-LNK-1', 'T-TXN-ORG-C', 'T-TXN-ORG-E'),
      ],
    };
    const failed = await loadDataset(db, second, { batchSize: 1 }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DbError);
    expect((failed as DbError).kind).toBe('CONSTRAINT');

    const after = await dumpGraph(db, 'T-TXN-');
    expect(after.map((item) => item.key)).toEqual(before.map((item) => item.key));
    expect(contentHash(after)).toBe(contentHash(before));
  });
});

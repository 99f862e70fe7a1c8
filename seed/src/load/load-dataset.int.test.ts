// Loading the fixture dataset (ids T-LOAD-…): nodes, labels, links, value types, search keys, provenance;
// a repeated load changes nothing; a changed row moves labels and links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@siheung/core/test-support';
import { VALID_DIR } from '../../test/dataset-fixtures.ts';
import { contentHash, countByLabel, deletePrefix, dumpGraph, entry, type DumpEntry } from '../../test/graph-dump.ts';
import { readDataset, type Dataset } from '../dataset/index.ts';
import { loadDataset, type LoadSummary } from './load-dataset.ts';

const PREFIX = 'T-LOAD-';

describe('loadDataset with the fixture', () => {
  const queries: string[] = [];
  const db = openTestDatabase((name) => queries.push(name));
  let dataset: Dataset;
  let summary: LoadSummary;
  let dump: DumpEntry[];

  beforeAll(async () => {
    await deletePrefix(db, PREFIX);
    dataset = await readDataset(VALID_DIR);
    queries.length = 0;
    summary = await loadDataset(db, dataset, { batchSize: 2 });
    dump = await dumpGraph(db, PREFIX);
  });
  afterAll(async () => {
    await deletePrefix(db, PREFIX);
    await db.close();
  });

  it('reports what it wrote, per type', () => {
    expect(summary.organizations).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0 });
    expect(summary.collaborations).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(Object.keys(summary)).toEqual([
      'hubs',
      'capabilities',
      'programs',
      'organizations',
      'events',
      'projects',
      'organizationCapabilities',
      'organizationNeeds',
      'collaborations',
      'attendance',
      'projectMembers',
    ]);
  });

  it('runs in batches of the given size', () => {
    expect(queries.filter((name) => name === 'load-organizations')).toHaveLength(2);
    expect(queries.filter((name) => name === 'load-collaborations')).toHaveLength(2);
    expect(queries.filter((name) => name === 'load-hubs')).toHaveLength(1);
  });

  it('creates the expected nodes and relationships', () => {
    expect(countByLabel(dump)).toEqual({
      'node:Capability': 3,
      'node:Company': 2,
      'node:Event': 2,
      'node:Hospital': 1,
      'node:Hub': 2,
      'node:Organization': 4,
      'node:Program': 2,
      'node:Project': 1,
      'node:University': 1,
      'relationship:BROADER': 2,
      'relationship:COLLABORATES_WITH': 3,
      'relationship:HAS_CAPABILITY': 2,
      'relationship:HELD_AT': 1,
      'relationship:LOCATED_IN': 3,
      'relationship:MEMBER_OF': 2,
      'relationship:NEEDS': 1,
      'relationship:PARTICIPATED_IN': 2,
      'relationship:PART_OF': 2,
    });
    expect(dump.filter((item) => item.kind === 'relationship').map((item) => item.key)).toEqual(
      expect.arrayContaining([
        'T-LOAD-CAP-FILTER -BROADER-> T-LOAD-CAP-MEDIA',
        'T-LOAD-EVT-1 -HELD_AT-> T-LOAD-HUB-A',
        'T-LOAD-EVT-1 -PART_OF-> T-LOAD-PRG-SUB',
        'T-LOAD-ORG-CO1 -LOCATED_IN-> T-LOAD-HUB-B',
        'T-LOAD-PRG-SUB -PART_OF-> T-LOAD-PRG-AREA',
        'T-LOAD-ORG-UNI -MEMBER_OF-> T-LOAD-PRJ-1',
      ]),
    );
  });

  it('stores organisations with kind label, typed values and search keys', () => {
    const uni = entry(dump, 'T-LOAD-ORG-UNI');
    expect(uni.labels).toEqual(['Organization', 'University']);
    expect(uni.props).toMatchObject({
      name: '서울대학교 시험캠퍼스',
      nameEn: 'Seoul National University Test Campus',
      aliases: ['서울대', 'SNU'],
      kind: 'UNIVERSITY',
      hubId: 'T-LOAD-HUB-A',
      founded: 1946,
      status: 'ACTIVE',
      website: 'https://example.org',
      synthetic: true,
      aliasText: '서울대 | SNU',
    });
    expect(uni.props).not.toHaveProperty('employees');
    expect(uni.types).toMatchObject({
      founded: 'INTEGER NOT NULL',
      aliases: 'LIST<STRING NOT NULL> NOT NULL',
      synthetic: 'BOOLEAN NOT NULL',
    });
    expect(String(uni.props.searchChoseong)).toContain('ㅅㅇㄷ');
    expect(String(uni.props.searchText)).toContain('seoul national university test campus');
    expect(entry(dump, 'T-LOAD-ORG-CO1').props).toMatchObject({
      employees: 40,
      sector: 'T-LOAD-SEC-BIO',
      description: '배지, 필터를 만든다.\n두 번째 줄.',
    });
  });

  it('stores dates as Neo4j dates and weights as floats', () => {
    const link = entry(dump, 'T-LOAD-ORG-UNI -COLLABORATES_WITH-> T-LOAD-ORG-CO1');
    expect(link.props).toMatchObject({
      id: 'T-LOAD-LNK-1',
      kind: 'JOINT_RD',
      since: '2024-02-29',
      until: '2025-01-31',
      weight: 2.5,
      title: '배지 공동연구',
    });
    expect(link.types).toMatchObject({ since: 'DATE NOT NULL', until: 'DATE NOT NULL', weight: 'FLOAT NOT NULL' });
    const supply = entry(dump, 'T-LOAD-ORG-CO1 -COLLABORATES_WITH-> T-LOAD-ORG-CO2');
    expect(supply.props).not.toHaveProperty('until');
    expect(supply.types.weight).toBe('FLOAT NOT NULL');
    expect(entry(dump, 'T-LOAD-EVT-2').types.date).toBe('DATE NOT NULL');
    expect(entry(dump, 'T-LOAD-ORG-CO2 -NEEDS-> T-LOAD-CAP-MEDIA').props).toMatchObject({ priority: 1 });
    expect(entry(dump, 'T-LOAD-ORG-CO2 -NEEDS-> T-LOAD-CAP-MEDIA').types.priority).toBe('INTEGER NOT NULL');
    expect(entry(dump, 'T-LOAD-PRJ-1').types).toMatchObject({
      startYear: 'INTEGER NOT NULL',
      budgetMillionKrw: 'FLOAT NOT NULL',
    });
  });

  it('gives every node and relationship its provenance: source, synthetic, importedAt', () => {
    for (const item of dump) {
      expect({
        key: item.key,
        source: item.props.source,
        synthetic: item.props.synthetic,
        importedAt: item.types.importedAt,
      }).toEqual({
        key: item.key,
        source: 'test:fixture',
        synthetic: true,
        importedAt: 'ZONED DATETIME NOT NULL',
      });
    }
  });

  it('changes nothing when loaded again', async () => {
    const again = await loadDataset(db, dataset);
    expect(again.organizations).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4 });
    expect(again.attendance).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(contentHash(await dumpGraph(db, PREFIX))).toBe(contentHash(dump));
  });

  it('moves the kind label and the hub link when a row changes, and leaves unchanged rows alone', async () => {
    const changed: Dataset = {
      ...dataset,
      organizations: dataset.organizations.map((org) =>
        org.id === 'T-LOAD-ORG-UNI' ? { ...org, kind: 'RESEARCH_INSTITUTE' as const, hub: 'T-LOAD-HUB-B' } : org,
      ),
    };
    const result = await loadDataset(db, changed);
    expect(result.organizations).toEqual({ rows: 4, created: 0, updated: 1, unchanged: 3 });
    const after = await dumpGraph(db, PREFIX);
    expect(entry(after, 'T-LOAD-ORG-UNI').labels).toEqual(['Organization', 'ResearchInstitute']);
    expect(after.filter((item) => item.key.startsWith('T-LOAD-ORG-UNI -LOCATED_IN->')).map((item) => item.key)).toEqual(
      ['T-LOAD-ORG-UNI -LOCATED_IN-> T-LOAD-HUB-B'],
    );
    expect(entry(after, 'T-LOAD-ORG-UNI').props.importedAt).not.toBe(entry(dump, 'T-LOAD-ORG-UNI').props.importedAt);
    expect(entry(after, 'T-LOAD-ORG-CO2').props).toEqual(entry(dump, 'T-LOAD-ORG-CO2').props);
  });
});

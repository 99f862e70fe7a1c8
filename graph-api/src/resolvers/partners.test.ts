import { describe, expect, it } from 'vitest';
import type { CollaborationRow } from '../data/rows.ts';
import { groupPartners } from './partners.ts';

const link = (id: string, fromId: string, toId: string, changes: Partial<CollaborationRow> = {}): CollaborationRow => ({
  id,
  fromId,
  toId,
  kind: 'JOINT_RD',
  since: '2021-05-01',
  until: null,
  weight: 1,
  title: null,
  source: 'test',
  synthetic: true,
  ...changes,
});

describe('groupPartners', () => {
  const links = [
    link('L1', 'A', 'B', { kind: 'MOU', since: '2020-03-01', until: '2021-12-31' }),
    link('L2', 'B', 'A', { kind: 'JOINT_RD', since: '2023-01-10', weight: 2.5 }),
    link('L3', 'A', 'C', { kind: 'SUPPLY', since: '2024-06-01' }),
  ];

  it('makes one partner per organisation at the other end, whichever direction the link was stored in', () => {
    const partners = groupPartners('A', links, null, new Date('2025-07-01'));
    expect(partners.map((p) => p.organizationId)).toEqual(['B', 'C']);
    expect(partners[0]).toMatchObject({ kinds: ['JOINT_RD', 'MOU'], since: '2020-03-01', weight: 3.5 });
    expect(partners[0]!.links.map((l) => l.id)).toEqual(['L1', 'L2']);
  });

  it('lists the years any link ran, up to this year for running links and up to asOf when given', () => {
    expect(groupPartners('A', links, null, new Date('2025-07-01'))[0]!.years).toEqual([2020, 2021, 2023, 2024, 2025]);
    expect(groupPartners('A', links, '2023-06-30')[0]!.years).toEqual([2020, 2021, 2023]);
  });

  it('returns nothing for an organisation without links', () => {
    expect(groupPartners('Z', [], null)).toEqual([]);
  });
});

// Small hand-built networks for the analytics' unit tests: a projection written as text, and its snapshot.
import { buildSnapshot } from './build-snapshot.ts';
import type { LinkKind, OrgKind } from '../generated/resolvers-types.ts';
import { WHOLE_NETWORK, type NetworkSnapshot, type Projection, type ProjectedOrganization } from './network-model.ts';

export interface TestOrganization {
  id: string;
  kind?: OrgKind;
  hub?: string | null;
  sector?: string | null;
  founded?: number | null;
}

/** A link "A-B", or with its details. */
export type TestLink = string | { pair: string; kind?: LinkKind; since?: string; until?: string | null; weight?: number };

/**
 * A projection with every detail, so snapshots can be taken at any date. Organisations named only in links are added.
 */
export function testProjection(organizations: ReadonlyArray<TestOrganization | string>, links: readonly TestLink[]): Projection {
  const listed: ProjectedOrganization[] = organizations.map((entry) => {
    const o = typeof entry === 'string' ? { id: entry } : entry;
    return { id: o.id, name: `기관 ${o.id}`, nameEn: `Organisation ${o.id}`, kind: o.kind ?? 'COMPANY', hub: o.hub ?? null, sector: o.sector ?? null, founded: o.founded ?? null };
  });
  const parsed = links.map((link) => (typeof link === 'string' ? { pair: link } : link));
  for (const { pair } of parsed) {
    for (const id of pair.split('-')) {
      if (!listed.some((o) => o.id === id)) listed.push({ id, name: `기관 ${id}`, nameEn: `Organisation ${id}`, kind: 'COMPANY', hub: null, sector: null, founded: null });
    }
  }
  listed.sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(listed.map((o, i) => [o.id, i]));
  return {
    asOf: null,
    detail: 'DETAILS',
    organizations: listed,
    links: {
      count: parsed.length,
      from: Int32Array.from(parsed, (link) => index.get(link.pair.split('-')[0]!)!),
      to: Int32Array.from(parsed, (link) => index.get(link.pair.split('-')[1]!)!),
      weight: Float64Array.from(parsed, (link) => link.weight ?? 1),
      kind: parsed.map((link) => link.kind ?? 'JOINT_RD'),
      since: parsed.map((link) => link.since ?? '2020-01-01'),
      until: parsed.map((link) => link.until ?? null),
    },
    hubs: new Map([['H1', { id: 'H1', name: '거점1', nameEn: 'Hub 1' }], ['H2', { id: 'H2', name: '거점2', nameEn: 'Hub 2' }]]),
    sectors: new Map([['S1', { id: 'S1', name: '분야1', nameEn: 'Sector 1' }], ['S2', { id: 'S2', name: '분야2', nameEn: 'Sector 2' }]]),
  };
}

export function testSnapshot(organizations: ReadonlyArray<TestOrganization | string>, links: readonly TestLink[], asOf: string | null = null): NetworkSnapshot {
  return buildSnapshot(testProjection(organizations, links), WHOLE_NETWORK, asOf);
}

/** A seeded random graph (Erdős–Rényi-like with a few hubs) for comparing estimates with exact values. */
export function randomLinks(nodes: number, links: number, random: () => number): string[] {
  const pairs = new Set<string>();
  const id = (i: number): string => `N${String(i).padStart(4, '0')}`;
  while (pairs.size < links) {
    // Squaring favours low indices: a few organisations get many links, as in collaboration networks.
    const a = Math.floor(random() ** 2 * nodes);
    const b = Math.floor(random() * nodes);
    if (a !== b) pairs.add(a < b ? `${id(a)}-${id(b)}` : `${id(b)}-${id(a)}`);
  }
  return [...pairs];
}

// Reads the matching engine's input from Neo4j: two projection queries in one read transaction, so the links and
// the facts describe the same moment (cypher/queries/matching/matching-projection-*.cypher).
import type { Database } from '@siheung/core/db';
import type { LinkKind, OrgKind } from '../../generated/resolvers-types.ts';
import type { MatchingInput, MatchingLink } from './matching-input.ts';

type LinkTuple = [string, string, LinkKind, string, string, number];
interface OrganizationRow {
  id: string;
  name: string | null;
  nameEn: string | null;
  kind: OrgKind;
  hubId: string | null;
  sector: string | null;
  founded: number | null;
  links: LinkTuple[];
}
type Tuples = unknown[][];

const orNull = (text: string | null): string | null => (text === null || text === '' ? null : text);

export async function readMatchingInput(db: Database): Promise<MatchingInput> {
  const [network, facts] = await db.readTransaction(async (tx) => {
    const [networkRows, factRows] = [
      await tx.run('matching-projection-network'),
      await tx.run('matching-projection-facts'),
    ];
    return [networkRows as unknown as OrganizationRow[], factRows[0]!];
  }, 'matching-projection');
  const links: MatchingLink[] = [];
  const organizations = network.map(({ id, name, nameEn, kind, hubId: hub, sector, founded, links: own }) => {
    for (const [linkId, to, linkKind, since, until, weight] of own) {
      links.push({
        id: linkId,
        from: id,
        to,
        kind: linkKind,
        since: orNull(since),
        until: orNull(until),
        weight: Number(weight),
      });
    }
    return {
      id,
      name: name ?? id,
      nameEn: nameEn ?? name ?? id,
      kind,
      hub,
      sector,
      founded: founded === null ? null : Number(founded),
    };
  });
  const rows = (key: string): Tuples => (facts[key] ?? []) as Tuples;
  const text = (value: unknown): string => String(value);
  return {
    organizations,
    links,
    capabilities: rows('capabilities').map(([id, name, nameEn, broader]) => ({
      id: text(id),
      name: text(name ?? id),
      nameEn: text(nameEn ?? name ?? id),
      broader: (broader as string | null) ?? null,
    })),
    offers: rows('offers').map(([orgId, capabilityId]) => ({ orgId: text(orgId), capabilityId: text(capabilityId) })),
    needs: rows('needs').map(([orgId, capabilityId, priority]) => ({
      orgId: text(orgId),
      capabilityId: text(capabilityId),
      priority: Number(priority),
    })),
    hubs: rows('hubs').map(([id, name, nameEn, lat, lng]) => ({
      id: text(id),
      name: text(name ?? id),
      nameEn: text(nameEn ?? name ?? id),
      lat: lat === null ? null : Number(lat),
      lng: lng === null ? null : Number(lng),
    })),
    events: rows('events').map(([id, name, nameEn, date]) => ({
      id: text(id),
      name: text(name ?? id),
      nameEn: text(nameEn ?? name ?? id),
      date: orNull(date as string),
    })),
    projects: rows('projects').map(([id, title, titleEn, startYear]) => ({
      id: text(id),
      title: text(title ?? id),
      titleEn: text(titleEn ?? title ?? id),
      startYear: startYear === null ? null : Number(startYear),
    })),
    attendance: rows('attendance').map(([eventId, orgId]) => ({ eventId: text(eventId), orgId: text(orgId) })),
    memberships: rows('memberships').map(([projectId, orgId]) => ({ projectId: text(projectId), orgId: text(orgId) })),
  };
}

// Groups an organisation's collaboration links by the organisation at the other end: one partner each,
// with the kinds, years and total weight of the links between the two.
import type { LinkKind } from '../generated/resolvers-types.ts';
import type { CollaborationRow, PartnerRow } from '../data/rows.ts';

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The calendar years a link was running, up to `untilYear` for a link that has not ended. */
function linkYears(link: CollaborationRow, untilYear: number): number[] {
  const start = yearOf(link.since);
  const end = Math.max(start, Math.min(link.until ? yearOf(link.until) : untilYear, untilYear));
  return Array.from({ length: end - start + 1 }, (_, index) => start + index);
}

/**
 * Partners of `organizationId` from its links, most links first (then heaviest, then by id).
 * `asOf` (YYYY-MM-DD) caps the years of running links; without it, the current year does.
 */
export function groupPartners(
  organizationId: string,
  links: readonly CollaborationRow[],
  asOf: string | null,
  now = new Date(),
): PartnerRow[] {
  const untilYear = asOf ? yearOf(asOf) : now.getUTCFullYear();
  const byPartner = new Map<string, CollaborationRow[]>();
  for (const link of links) {
    const partnerId = link.fromId === organizationId ? link.toId : link.fromId;
    byPartner.set(partnerId, [...(byPartner.get(partnerId) ?? []), link]);
  }
  const partners = [...byPartner].map(([partnerId, partnerLinks]): PartnerRow => {
    const sorted = [...partnerLinks].sort((a, b) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id));
    return {
      organizationId: partnerId,
      kinds: [...new Set(sorted.map((link) => link.kind))].sort() as LinkKind[],
      years: [...new Set(sorted.flatMap((link) => linkYears(link, untilYear)))].sort((a, b) => a - b),
      since: sorted[0]!.since,
      weight: sorted.reduce((sum, link) => sum + (link.weight ?? 1), 0),
      links: sorted,
    };
  });
  return partners.sort(
    (a, b) =>
      b.links.length - a.links.length || b.weight - a.weight || a.organizationId.localeCompare(b.organizationId),
  );
}

// The Organization type's fields and its Partner summary; nested lists come through the request's loaders.
import type { OrganizationResolvers, PartnerResolvers } from '../generated/resolvers-types.ts';
import type { Loaders } from '../loaders/create-loaders.ts';
import type { CollaborationRow } from '../model/rows.ts';
import { dateRange, intInRange } from './arguments.ts';
import { collaborationQuery } from './collaboration-resolvers.ts';
import { groupPartners } from './partners.ts';

/** The links' other ends came with them (organization-collaborations): the organisation loader need not ask again. */
function primePartners(loaders: Loaders, links: CollaborationRow[]): CollaborationRow[] {
  for (const link of links) if (link.partner) loaders.organization.prime(link.partner.id, link.partner);
  return links;
}

export const organizationFields: OrganizationResolvers = {
  aliases: (org) => org.aliases ?? [],
  status: (org) => org.status ?? 'ACTIVE',
  synthetic: (org) => org.synthetic ?? false,
  source: (org) => org.source ?? '',
  degree: (org) => org.degree ?? 0,
  hub: (org, _, { loaders }) => (org.hubId ? loaders.hub.load(org.hubId) : null),
  capabilities: (org, _, { loaders }) => loaders.capabilitiesOf.load(org.id),
  needs: (org, _, { loaders }) => loaders.needsOf.load(org.id),
  collaborations: async (org, args, { loaders }) =>
    primePartners(loaders, await loaders.collaborationsOf(collaborationQuery('filter', args.filter)).load(org.id)),
  async partners(org, args, { loaders }) {
    const query = collaborationQuery('filter', args.filter);
    return groupPartners(org.id, primePartners(loaders, await loaders.collaborationsOf(query).load(org.id)), query.asOf);
  },
  events: (org, args, { loaders }) => loaders.attendanceOf(dateRange('from', args.from, 'to', args.to)).load(org.id),
  projects: (org, args, { loaders }) => loaders.membershipsOf({ year: args.year == null ? null : intInRange('year', args.year, 1800, 2100, 0) }).load(org.id),
};

export const partnerFields: PartnerResolvers = {
  organization: async (partner, _, { loaders }) => (await loaders.organization.load(partner.organizationId))!,
};

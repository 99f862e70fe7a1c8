// The Organization type's fields and its Partner summary; nested lists come through the request's loaders.
import type { CollaborationFilter, OrganizationResolvers, PartnerResolvers } from '../generated/resolvers-types.ts';
import type { Loaders } from '../data/create-loaders.ts';
import type { CollaborationRow, OrganizationRow } from '../data/rows.ts';
import { boundedFirst, LIST_BOUNDS } from '../limits/list-bounds.ts';
import { dateRange, intInRange } from '../validation/arguments.ts';
import { collaborationQuery } from './collaboration-resolvers.ts';
import { pageLightLinks } from '../data/organization-page-reader.ts';
import { fieldAsksOnlySummary, subFields } from './organization-selection.ts';
import { groupPartners } from './partners.ts';

/** The links' other ends came with them (organization-collaborations): the organisation loader need not ask again. */
function primePartners(loaders: Loaders, links: CollaborationRow[]): CollaborationRow[] {
  for (const link of links) if (link.partner) loaders.organization.prime(link.partner.id, link.partner);
  return links;
}

/**
 * What `partners` reads: its filter and `first` partners, each with as many links as `Partner.links` may show, so
 * every `links(first)` under it is served from the same rows.
 */
export function partnerLinksQuery(args: { filter?: CollaborationFilter | null; first?: number | null }) {
  return {
    ...collaborationQuery('filter', args.filter),
    first: boundedFirst('Organization.partners', args.first),
    linkFirst: LIST_BOUNDS['Partner.links']!.max,
  };
}

export const organizationFields: OrganizationResolvers = {
  aliases: (org, args) => (org.aliases ?? []).slice(0, boundedFirst('Organization.aliases', args.first)),
  status: (org) => org.status ?? 'ACTIVE',
  synthetic: (org) => org.synthetic ?? false,
  source: (org) => org.source ?? '',
  degree: (org) => org.degree ?? 0,
  hub: (org, _, { loaders }) => (org.hubId ? loaders.hub.load(org.hubId) : null),
  capabilities: (org, args, { loaders }) =>
    loaders.capabilitiesOf({ first: boundedFirst('Organization.capabilities', args.first) }).load(org.id),
  needs: (org, args, { loaders }) =>
    loaders.needsOf({ first: boundedFirst('Organization.needs', args.first) }).load(org.id),
  collaborations: async (org, args, { loaders }) => {
    const query = {
      ...collaborationQuery('filter', args.filter),
      first: boundedFirst('Organization.collaborations', args.first),
    };
    return primePartners(loaders, await loaders.collaborationsOf(query).load(org.id));
  },
  async partners(org, args, { loaders }, info) {
    const query = partnerLinksQuery(args);
    // The page's light links (no title, source, synthetic) serve partners that do not list their links.
    const light = pageLightLinks(loaders, query, org.id);
    const links =
      light && !subFields(info, 'Partner', info.fieldNodes).has('links')
        ? light
        : await loaders.partnerLinksOf(query).load(org.id);
    return groupPartners(org.id, primePartners(loaders, links), query.asOf).slice(0, query.first);
  },
  events: (org, args, { loaders }) =>
    loaders
      .attendanceOf({
        ...dateRange('from', args.from, 'to', args.to),
        first: boundedFirst('Organization.events', args.first),
      })
      .load(org.id),
  projects: (org, args, { loaders }) =>
    loaders
      .membershipsOf({
        year: args.year == null ? null : intInRange('year', args.year, 1800, 2100, 0),
        first: boundedFirst('Organization.projects', args.first),
      })
      .load(org.id),
};

export const partnerFields: PartnerResolvers = {
  links: (partner, args) => partner.links.slice(0, boundedFirst('Partner.links', args.first)),
  async organization(partner, _, { loaders }, info) {
    // The nested page brings only a summary of each partner when its selection asks for no more (nestedPlan); the
    // summary is never primed into the organisation loader, where another field could ask it for more.
    const summary = partner.links.find((link) => link.partnerSummary?.id === partner.organizationId)?.partnerSummary;
    if (summary && fieldAsksOnlySummary(info)) return summary as OrganizationRow;
    return (await loaders.organization.load(partner.organizationId))!;
  },
};

// Which nested fields an `organizations` page asks of each organisation (hub, capabilities, collaborations/partners),
// read from the request's selection, so the page can bring them in the same statement (organization-page-reader.ts).
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { CollaborationFilter } from '../generated/resolvers-types.ts';
import type { CollaborationQuery } from '../data/create-loaders.ts';
import type { NestedPlan } from '../data/organization-page-reader.ts';
import { collaborationQuery } from './collaboration-resolvers.ts';
import { asksOnlySummary, subFields } from './organization-selection.ts';

/** The one link filter every `collaborations` / `partners` field asks with, or null (none, several, or invalid). */
function linkQuery(info: GraphQLResolveInfo, linkFields: readonly FieldNode[]): CollaborationQuery | null {
  const organization = info.schema.getType('Organization') as GraphQLObjectType;
  try {
    const queries = linkFields.map((node) => {
      const args = getArgumentValues(organization.getFields()[node.name.value]!, node, info.variableValues);
      return collaborationQuery('filter', args.filter as CollaborationFilter | null | undefined);
    });
    return queries.length > 0 && new Set(queries.map((query) => JSON.stringify(query))).size === 1 ? queries[0]! : null;
  } catch {
    // A bad filter is reported by the field it belongs to, when it resolves.
    return null;
  }
}

/** True when the partners' organisations need no more than a summary, and no link's ends are asked. */
function summaryIsEnough(info: GraphQLResolveInfo, fields: Map<string, FieldNode[]>): boolean {
  const partners = subFields(info, 'Partner', fields.get('partners') ?? []);
  const links = [...(fields.get('collaborations') ?? []), ...(partners.get('links') ?? [])];
  const ends = subFields(info, 'Collaboration', links);
  return !ends.has('from') && !ends.has('to') && asksOnlySummary(info, partners.get('organization') ?? []);
}

/**
 * What to fold into the page's statement; null when the selection asks for none of it. Links are folded only when
 * every `collaborations` / `partners` field asks with the same valid filter: otherwise those fields load theirs as
 * before, and a bad filter is reported by the field it belongs to.
 */
export function nestedPlan(info: GraphQLResolveInfo): NestedPlan | null {
  const edges = subFields(info, 'OrganizationConnection', info.fieldNodes).get('edges');
  const nodes = edges && subFields(info, 'OrganizationEdge', edges).get('node');
  if (!nodes) return null;
  const fields = subFields(info, 'Organization', nodes);
  const links = linkQuery(info, [...(fields.get('collaborations') ?? []), ...(fields.get('partners') ?? [])]);
  const lightLinks =
    links !== null &&
    !fields.has('collaborations') &&
    !subFields(info, 'Partner', fields.get('partners') ?? []).has('links');
  const plan = {
    hub: fields.has('hub'),
    capabilities: fields.has('capabilities'),
    links,
    partnerSummary: links !== null && summaryIsEnough(info, fields),
    lightLinks,
  };
  return plan.hub || plan.capabilities || plan.links !== null ? plan : null;
}

// Which nested fields an `organizations` page asks of each organisation (hub, capabilities, collaborations/partners),
// read from the request's selection, so the page can bring them in the same statement (organization-page-reader.ts).
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { CollaborationFilter } from '../generated/resolvers-types.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import type { NestedPlan } from '../data/organization-page-reader.ts';
import { partnerLinksQuery } from './organization-fields.ts';
import { asksOnlySummary, subFields } from './organization-selection.ts';

/** The one set of arguments every node asks a field with (read by `read`), or null (none, several, or invalid). */
function sameArguments<T>(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  read: (args: Record<string, unknown>) => T,
): T | null {
  const organization = info.schema.getType('Organization') as GraphQLObjectType;
  try {
    const asked = nodes.map((node) =>
      read(getArgumentValues(organization.getFields()[node.name.value]!, node, info.variableValues)),
    );
    return asked.length > 0 && new Set(asked.map((each) => JSON.stringify(each))).size === 1 ? asked[0]! : null;
  } catch {
    // A bad argument is reported by the field it belongs to, when it resolves.
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
 * every `partners` field asks with the same valid filter and `first`, and capabilities when every `capabilities`
 * field asks the same `first`: otherwise those fields load theirs as before, and a bad argument is reported by the
 * field it belongs to.
 */
export function nestedPlan(info: GraphQLResolveInfo): NestedPlan | null {
  const edges = subFields(info, 'OrganizationConnection', info.fieldNodes).get('edges');
  const nodes = edges && subFields(info, 'OrganizationEdge', edges).get('node');
  if (!nodes) return null;
  const fields = subFields(info, 'Organization', nodes);
  // Links are folded for `partners` only: `collaborations` keeps the oldest links, `partners` the busiest partners'.
  const links = fields.has('collaborations')
    ? null
    : sameArguments(info, fields.get('partners') ?? [], (args) =>
        partnerLinksQuery(args as { filter?: CollaborationFilter | null; first?: number | null }),
      );
  const capabilities = sameArguments(info, fields.get('capabilities') ?? [], (args) =>
    boundedFirst('Organization.capabilities', args.first as number | null | undefined),
  );
  const lightLinks = links !== null && !subFields(info, 'Partner', fields.get('partners') ?? []).has('links');
  const plan = {
    hub: fields.has('hub'),
    capabilities,
    links,
    partnerSummary: links !== null && summaryIsEnough(info, fields),
    lightLinks,
  };
  return plan.hub || plan.capabilities !== null || plan.links !== null ? plan : null;
}

// Reading a request's selection of organisations: the sub-fields asked under some field nodes, and whether an
// organisation's selection needs no more than the short summary the nested page can bring of a partner.
import { collectSubFields } from '@graphql-tools/utils';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { CollaborationRow } from '../data/rows.ts';

export type OrganizationSummary = NonNullable<CollaborationRow['partnerSummary']>;

/** Organization fields a summary answers (hub through its loader, from hubId). */
const SUMMARY_FIELDS = new Set(['__typename', 'id', 'name', 'nameEn', 'kind', 'hub', 'sector', 'status', 'synthetic']);

/** The field nodes asked under `parents` (of type `typeName`) by field name, fragments and @skip/@include resolved. */
export function subFields(
  info: GraphQLResolveInfo,
  typeName: string,
  parents: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  // @graphql-tools/utils 12 takes graphql 17's variables shape; on graphql 16 it reads only `coerced`.
  const variables = { coerced: info.variableValues, sources: {} };
  const byName = new Map<string, FieldNode[]>();
  for (const nodes of collectSubFields(info.schema, info.fragments, variables, type, [...parents]).fields.values()) {
    const name = nodes[0]!.name.value;
    byName.set(name, [...(byName.get(name) ?? []), ...nodes]);
  }
  return byName;
}

/** True when the Organization selection of `nodes` asks only for fields a summary has. */
export function asksOnlySummary(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): boolean {
  return [...subFields(info, 'Organization', nodes).keys()].every((name) => SUMMARY_FIELDS.has(name));
}

/** One answer per field position and request: a list of partners asks the same of each. */
const answers = new WeakMap<readonly FieldNode[], WeakMap<object, boolean>>();

/** asksOnlySummary for a resolver's own field, worked out once per field position and request. */
export function fieldAsksOnlySummary(info: GraphQLResolveInfo): boolean {
  let byRequest = answers.get(info.fieldNodes);
  if (!byRequest) answers.set(info.fieldNodes, (byRequest = new WeakMap()));
  let answer = byRequest.get(info.variableValues);
  if (answer === undefined) byRequest.set(info.variableValues, (answer = asksOnlySummary(info, info.fieldNodes)));
  return answer;
}

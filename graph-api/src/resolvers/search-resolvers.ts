// Query.search: organisations, capabilities and hubs by name, alias, 초성 or romanisation, ranked.
import type { AppContext } from '../app/context.ts';
import { badUserInput } from '../errors/app-errors.ts';
import type { QueryResolvers, SearchNodeResolvers, SearchResultKind } from '../generated/resolvers-types.ts';
import type { CapabilityRow, HubRow, OrganizationRow } from '../data/rows.ts';
import { searchEntities, type SearchHit } from '../services/search/search-entities.ts';
import { boundedString, intInRange } from '../validation/arguments.ts';
import { nonEmptyList } from '../validation/network-arguments.ts';

type SearchNode = OrganizationRow | CapabilityRow | HubRow;

function loadNode({ loaders }: AppContext, hit: SearchHit): Promise<SearchNode | null> {
  switch (hit.kind) {
    case 'ORGANIZATION':
      return loaders.organization.load(hit.id);
    case 'CAPABILITY':
      return loaders.capability.load(hit.id);
    case 'HUB':
      return loaders.hub.load(hit.id);
  }
}

const search: QueryResolvers['search'] = async (_, args, context) => {
  const text = boundedString('text', args.text, 100);
  if (text === null) throw badUserInput('text', 'must not be empty');
  const first = intInRange('first', args.first, 1, 50, 10);
  const kinds = nonEmptyList<SearchResultKind>('kinds', args.kinds);
  const hits = await context.db.readTransaction((tx) => searchEntities(tx, { text, kinds, first }), 'search');
  // One batched look-up per kind (the loaders), so every result's node is there whatever the client selects.
  const nodes = await Promise.all(hits.map((hit) => loadNode(context, hit)));
  return hits.flatMap((hit, index) => {
    const node = nodes[index];
    return node ? [{ ...hit, node }] : [];
  });
};

const SearchNode: SearchNodeResolvers = {
  // The rows differ in what they carry: only capabilities have a level, only organisations a kind.
  __resolveType: (node) => ('level' in node ? 'Capability' : 'kind' in node ? 'Organization' : 'Hub'),
};

export const searchResolvers = { Query: { search }, SearchNode };

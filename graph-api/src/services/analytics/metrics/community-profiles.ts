// Describes Louvain communities: members, links inside and out, and the hub, kind and sector most of them share.
import type { DominantValue, OrgKind } from '../../../generated/resolvers-types.ts';
import type { CommunityRow } from '../analytics-rows.ts';
import type { NetworkSnapshot, OrgAttributes } from '../network-model.ts';
import { KIND_NAMES } from './kind-names.ts';
import type { CommunityPartition } from './louvain-communities.ts';

/**
 * The most common non-null value among the members (ties: the smallest key), with its count and share of all members.
 */
function dominant(
  members: readonly string[],
  attributes: (id: string) => OrgAttributes,
  pick: (a: OrgAttributes) => string | null,
  name: (key: string) => [string, string],
): DominantValue | null {
  const counts = new Map<string, number>();
  for (const id of members) {
    const key = pick(attributes(id));
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (!best) return null;
  const [key, count] = best;
  const [ko, en] = name(key);
  return { key, name: ko, nameEn: en, count, share: count / members.length };
}

export function communityProfiles(
  snapshot: NetworkSnapshot,
  partition: CommunityPartition,
  minSize: number,
): CommunityRow[] {
  const { graph } = snapshot;
  const internal = new Array<number>(partition.members.length).fill(0);
  const external = new Array<number>(partition.members.length).fill(0);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const [a, b] = [partition.communityOf[source]!, partition.communityOf[target]!];
    if (a === b) internal[a]! += 1;
    else {
      external[a]! += 1;
      external[b]! += 1;
    }
  });
  const attributes = (id: string): OrgAttributes => graph.getNodeAttributes(id);
  const named =
    (map: Map<string, { name: string; nameEn: string }>) =>
    (key: string): [string, string] => {
      const entity = map.get(key);
      return entity ? [entity.name, entity.nameEn] : [key, key];
    };
  return partition.members
    .map((memberIds, id) => ({ memberIds, id }))
    .filter(({ memberIds }) => memberIds.length >= minSize)
    .map(({ memberIds, id }) => ({
      id,
      size: memberIds.length,
      memberIds,
      internalLinks: internal[id]!,
      externalLinks: external[id]!,
      dominantHub: dominant(memberIds, attributes, (a) => a.hub, named(snapshot.hubs)),
      dominantKind: dominant(
        memberIds,
        attributes,
        (a) => a.kind,
        (key) => KIND_NAMES[key as OrgKind],
      ),
      dominantSector: dominant(memberIds, attributes, (a) => a.sector, named(snapshot.sectors)),
    }));
}

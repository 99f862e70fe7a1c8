// The 산학연병 balance: how the links divide between industry, academia, hospitals and government/support.
import type {
  CollaborationGroup,
  CollaborationGroupShare,
  CollaborationPairShare,
  OrgKind,
} from '../../../generated/resolvers-types.ts';
import type { NetworkSnapshot } from '../network-model.ts';

/**
 * Kind → group. 산 industry = companies; 학·연 academia = universities and research institutes (the four
 * groups put research with academia); 병 hospitals; 관 government/support = public agencies and support bodies.
 */
export const COLLABORATION_GROUPS: Readonly<Record<CollaborationGroup, readonly OrgKind[]>> = Object.freeze({
  INDUSTRY: ['COMPANY'],
  ACADEMIA: ['UNIVERSITY', 'RESEARCH_INSTITUTE'],
  HOSPITAL: ['HOSPITAL'],
  GOVERNMENT: ['PUBLIC_AGENCY', 'SUPPORT_ORG'],
});

const GROUPS = Object.keys(COLLABORATION_GROUPS) as CollaborationGroup[];
const groupOfKind = new Map<OrgKind, number>(
  GROUPS.flatMap((group, index) => COLLABORATION_GROUPS[group].map((kind) => [kind, index] as const)),
);

export interface CollaborationMixResult {
  links: number;
  groups: CollaborationGroupShare[];
  pairs: CollaborationPairShare[];
  crossGroupLinks: number;
  crossGroupShare: number | null;
}

/**
 * Links are linked pairs of organisations. A group's `links` are those touching it (a link within the group
 * counts once), its share their part of all links; each unordered pair of groups (same group included) gets the
 * links between them and their share, so the pairs' shares add up to 1.
 */
export function collaborationMix(snapshot: NetworkSnapshot): CollaborationMixResult {
  const { graph } = snapshot;
  const organizations = new Array<number>(GROUPS.length).fill(0);
  graph.forEachNode((_node, attributes) => (organizations[groupOfKind.get(attributes.kind)!]! += 1));
  const between = new Array<number>(GROUPS.length * GROUPS.length).fill(0);
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    const [x, y] = [groupOfKind.get(a.kind)!, groupOfKind.get(b.kind)!];
    between[Math.min(x, y) * GROUPS.length + Math.max(x, y)]! += 1;
  });
  const total = graph.size;
  const share = (count: number): number | null => (total === 0 ? null : count / total);
  const pairs: CollaborationPairShare[] = [];
  let crossGroupLinks = 0;
  GROUPS.forEach((a, x) => {
    GROUPS.slice(x).forEach((b, offset) => {
      const links = between[x * GROUPS.length + x + offset]!;
      if (offset > 0) crossGroupLinks += links;
      pairs.push({ a, b, links, share: share(links) });
    });
  });
  const groups = GROUPS.map((group, x) => {
    const touching = pairs
      .filter((pair) => pair.a === group || pair.b === group)
      .reduce((sum, pair) => sum + pair.links, 0);
    return {
      group,
      kinds: [...COLLABORATION_GROUPS[group]],
      organizations: organizations[x]!,
      links: touching,
      share: share(touching),
    };
  });
  return { links: total, groups, pairs, crossGroupLinks, crossGroupShare: share(crossGroupLinks) };
}

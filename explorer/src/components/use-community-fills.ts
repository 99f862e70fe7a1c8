// The canvas's fills when the dashboard colours nodes by community: each drawn organisation its community's colour
// (grey when it is in none), or null to keep the kind colours (the switch is off, or the communities are not loaded).
import { useMemo } from 'react';
import type { GraphPayload } from '../api/api-types';
import { communityColours, NO_COMMUNITY_COLOUR } from '../graph/community-colours';
import { useAppState } from '../state/store-context';

export function useCommunityFills(payload: GraphPayload | null): ReadonlyMap<string, string> | null {
  const on = useAppState((state) => state.dashboard.communityColours);
  const partition = useAppState((state) => state.resources['dashboard.communities'].data);
  return useMemo(() => {
    if (!on || partition === null || payload === null) return null;
    const colours = communityColours(partition.communities);
    return new Map(payload.nodes.map((node) => [node.id, colours.get(node.id) ?? NO_COMMUNITY_COLOUR]));
  }, [on, partition, payload]);
}

// What the analytics resolvers return where the schema shows organisations: ids, resolved by the request's loaders.
import type { BrokerReason, DominantValue, OrgKind } from '../../generated/resolvers-types.ts';

export interface CentralityEntryRow {
  rank: number;
  organizationId: string;
  value: number;
  degree: number;
}

export interface BrokerRow {
  rank: number;
  organizationId: string;
  betweenness: number;
  degree: number;
  crossHubLinks: number;
  crossKindLinks: number;
  crossSectorLinks: number;
  hubsReached: string[];
  kindsReached: OrgKind[];
  reasons: BrokerReason[];
}

export interface CommunityRow {
  id: number;
  size: number;
  memberIds: string[];
  internalLinks: number;
  externalLinks: number;
  dominantHub: DominantValue | null;
  dominantKind: DominantValue | null;
  dominantSector: DominantValue | null;
}

// The network filter as every network query takes it: each field null for "any" (see NetworkFilter in graph.graphql).
import type { LinkKind, OrgKind } from '../generated/resolvers-types.ts';

export interface NetworkParams {
  linkKinds: LinkKind[] | null;
  orgKinds: OrgKind[] | null;
  hubs: string[] | null;
  sectors: string[] | null;
  /** YYYY-MM-DD: links running on that day. */
  asOf: string | null;
}

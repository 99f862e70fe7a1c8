// Reads a scope's network from Neo4j with one query (cypher/queries/analytics/analytics-projection.cypher), run in
// parts at once.
import type { Database } from '@siheung/core/db';
import type { LinkKind, OrgKind } from '../../generated/resolvers-types.ts';
import {
  holdsDetail,
  type AnalyticsScope,
  type NamedEntity,
  type Projection,
  type ProjectionDetail,
} from './network-model.ts';

/** An organisation's key: its `seq`, or its elementId() when it has none (see the query's header). */
type NodeKey = number | string;
type OrganizationTuple = [
  NodeKey,
  string,
  OrgKind,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  NodeKey[],
  number[],
  LinkKind[],
  string[],
  string[],
];
type NameTuple = [string, string | null, string | null];

const named = (tuples: readonly NameTuple[]): Map<string, NamedEntity> =>
  new Map(tuples.map(([id, name, nameEn]) => [id, { id, name: name ?? id, nameEn: nameEn ?? name ?? id }]));

export interface ProjectionRequest {
  scope: AnalyticsScope;
  asOf: string | null;
  detail: ProjectionDetail;
}

/**
 * The query runs as this many parts at once (organisations split by seq): Neo4j reads each on its own core while
 * this thread decodes the one that came first (docs/analytics.md, "Performance").
 */
export const PROJECTION_PARTS = 2;

/** The organisations of every part, merged back into id order (each part comes ordered by id). */
function mergeById(parts: OrganizationTuple[][]): OrganizationTuple[] {
  const merged: OrganizationTuple[] = [];
  const next = parts.map(() => 0);
  for (;;) {
    let from = -1;
    parts.forEach((part, index) => {
      const candidate = part[next[index]!];
      if (candidate && (from === -1 || candidate[1] < parts[from]![next[from]!]![1])) from = index;
    });
    if (from === -1) return merged;
    merged.push(parts[from]![next[from]!]!);
    next[from] = next[from]! + 1;
  }
}

export async function readProjection(db: Database, { scope, asOf, detail }: ProjectionRequest): Promise<Projection> {
  const withWeights = holdsDetail(detail, 'WEIGHTS');
  const withDetails = holdsDetail(detail, 'DETAILS');
  const answers = await Promise.all(
    Array.from({ length: PROJECTION_PARTS }, (_, part) =>
      db.read('analytics-projection', { ...scope, asOf, withWeights, withDetails, part, parts: PROJECTION_PARTS }),
    ),
  );
  const row = answers[0]![0];
  const tuples = mergeById(answers.map(([answer]) => (answer?.organizations ?? []) as OrganizationTuple[]));
  const indexOfNode = new Map<NodeKey, number>();
  let total = 0;
  tuples.forEach(([key, , , , , , , , targets], index) => {
    indexOfNode.set(key, index);
    total += targets.length;
  });
  const links = {
    count: 0,
    from: new Int32Array(total),
    to: new Int32Array(total),
    weight: new Float64Array(total).fill(1),
    kind: [] as LinkKind[],
    since: [] as Array<string | null>,
    until: [] as Array<string | null>,
  };
  const organizations = tuples.map(
    ([, id, kind, hub, sector, founded, name, nameEn, targets, weights, kinds, sinces, untils], from) => {
      targets.forEach((target, k) => {
        const to = indexOfNode.get(target);
        // Only scoped ends are returned; an organisation that vanished between the two parts of the read is skipped.
        if (to === undefined) return;
        const at = links.count;
        links.from[at] = from;
        links.to[at] = to;
        if (withWeights) links.weight[at] = weights[k]!;
        if (withDetails) {
          links.kind.push(kinds[k]!);
          links.since.push(sinces[k] || null);
          links.until.push(untils[k] || null);
        }
        links.count += 1;
      });
      return {
        id,
        name: name ?? id,
        nameEn: nameEn ?? name ?? id,
        kind,
        hub,
        sector,
        founded: founded === null ? null : Number(founded),
      };
    },
  );
  return {
    asOf,
    detail,
    organizations,
    links,
    hubs: named((row?.hubs ?? []) as NameTuple[]),
    sectors: named((row?.sectors ?? []) as NameTuple[]),
  };
}

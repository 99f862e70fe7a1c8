// analytics-projection: the collaboration network of a scope, for the analytics service to build its graph from
// (one read per scope and date, cached; see graph-api/src/services/analytics/read-projection.ts).
// Params: the scope, each null for "any": $orgKinds [OrgKind], $hubs [hub id], $sectors [sector id],
//   $linkKinds [LinkKind]; $asOf (YYYY-MM-DD or null: only links with since ≤ asOf and (no until or until ≥ asOf));
//   $part, $parts (integers: this answer holds the organisations whose seq modulo $parts is $part — the service
//   reads the parts in parallel transactions, so Neo4j works on several cores; those without seq are in part 0);
//   $withWeights (true: each link's weight, for the weighted metrics), $withDetails (true: each organisation's names
//   and each link's kind, since and until, for exports and the trend). Reading properties is most of the query's
//   time (docs/analytics.md), so each is read only when asked for.
// Returns one row (of one part):
//   organizations: [[key, id, kind, hubId, sector, founded, name, nameEn, targets, weights, kinds, sinces, untils]]
//     for every organisation of the scope, ordered by id. key is the organisation's `seq` (a compact integer,
//     cypher/schema/006-organization-seq.cypher), or its elementId() for one written without it (e.g. by hand;
//     valid only within one read): integers read far faster than elementId() strings (docs/analytics.md).
//     targets lists the keys of the organisations each of its stored links points to (scoped ends only), and
//     weights (default 1; empty without $withWeights), kinds, sinces, untils (YYYY-MM-DD or ''; empty without
//     $withDetails) run parallel to it; name and nameEn are null without $withDetails.
//     Grouping the links by organisation and naming their ends by key saves a property read per link.
//   hubs, sectors: [[id, name, nameEn]] of every hub and every sector (capability of level SECTOR), to label groups.
MATCH (o:Organization)
WHERE ($orgKinds IS NULL OR o.kind IN $orgKinds) AND ($hubs IS NULL OR o.hubId IN $hubs)
  AND ($sectors IS NULL OR o.sector IN $sectors) AND coalesce(o.seq, 0) % toInteger($parts) = toInteger($part)
WITH o ORDER BY o.id
CALL (o) {
  MATCH (o)-[r:COLLABORATES_WITH]->(b:Organization)
  WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($orgKinds IS NULL OR b.kind IN $orgKinds) AND ($hubs IS NULL OR b.hubId IN $hubs)
    AND ($sectors IS NULL OR b.sector IN $sectors)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
  RETURN collect(coalesce(b.seq, elementId(b))) AS targets,
         collect(CASE WHEN $withWeights THEN coalesce(r.weight, 1.0) END) AS weights,
         collect(CASE WHEN $withDetails THEN r.kind END) AS kinds,
         collect(CASE WHEN $withDetails THEN coalesce(toString(r.since), '') END) AS sinces,
         collect(CASE WHEN $withDetails THEN coalesce(toString(r.until), '') END) AS untils
}
WITH collect([coalesce(o.seq, elementId(o)), o.id, o.kind, o.hubId, o.sector, o.founded,
  CASE WHEN $withDetails THEN o.name END, CASE WHEN $withDetails THEN o.nameEn END,
  targets, weights, kinds, sinces, untils]) AS organizations
RETURN organizations,
  COLLECT { MATCH (h:Hub) RETURN [h.id, h.name, h.nameEn] AS hub ORDER BY h.id } AS hubs,
  COLLECT { MATCH (c:Capability) WHERE c.level = 'SECTOR'
            RETURN [c.id, c.name, c.nameEn] AS sector ORDER BY c.id } AS sectors

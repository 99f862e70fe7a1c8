// matching-projection-network: every organisation and every stored collaboration link, for the partner-matching
// engine to build its graph from (graph-api/src/matching/read-matching-input.ts; read once per data version, cached).
// Params: none. Dates are filtered in memory (the graph is built per asOf from the same read).
// Returns one row:
//   organizations: [[id, name, nameEn, kind, hubId, sector, founded, links]] ordered by id, where links lists the
//     organisation's outgoing links as [id, toId, kind, since ('' when unknown), until ('' while running), weight].
MATCH (o:Organization)
WITH o ORDER BY o.id
CALL (o) {
  MATCH (o)-[r:COLLABORATES_WITH]->(b:Organization)
  RETURN collect([r.id, b.id, r.kind, coalesce(toString(r.since), ''), coalesce(toString(r.until), ''), coalesce(r.weight, 1.0)]) AS links
}
RETURN collect([o.id, o.name, o.nameEn, o.kind, o.hubId, o.sector, o.founded, links]) AS organizations

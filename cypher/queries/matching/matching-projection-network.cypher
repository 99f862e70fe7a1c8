// matching-projection-network: every organisation and every stored collaboration link, for the partner-matching
// engine to build its graph from (graph-api/src/services/matching/read-matching-input.ts; read once per data version,
// cached).
// Params: none. Dates are filtered in memory (the graph is built per asOf from the same read).
// Returns one row per organisation, ordered by id: id, name, nameEn, kind, hubId, sector, founded, links — the
//   organisation's outgoing links as [id, toId, kind, since ('' when unknown), until ('' while running), weight].
// Why a row per organisation and not one row holding them all: the driver decodes each record when it arrives, and
// one record of a large network's links was decoded in one go on the API thread (its reads across chunk boundaries
// are slow; docs/matching.md), holding up every other request; 20,000 small records decode as they stream in.
MATCH (o:Organization)
WITH o ORDER BY o.id
CALL (o) {
  MATCH (o)-[r:COLLABORATES_WITH]->(b:Organization)
  RETURN collect([r.id, b.id, r.kind, coalesce(toString(r.since), ''), coalesce(toString(r.until), ''),
         coalesce(r.weight, 1.0)]) AS links
}
RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, o.kind AS kind, o.hubId AS hubId, o.sector AS sector,
       o.founded AS founded, links

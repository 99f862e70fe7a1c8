// hub-events: the events held at some hubs (HELD_AT), newest first.
// Params: $ids [hub id], $first (most items per key). Returns: key (hub id), items (event maps with programId,
//  hubId); no row when none.
UNWIND $ids AS id
MATCH (e:Event)-[:HELD_AT]->(:Hub {id: id})
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {
  .id, .name, .nameEn, .type, .date, .synthetic, .source,
  programId: head([(e)-[:PART_OF]->(p:Program) | p.id]), hubId: id
})[..toInteger($first)] AS items

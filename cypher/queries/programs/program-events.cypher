// program-events: the events held under some programmes (PART_OF), newest first.
// Params: $ids [programme id], $first (most items per key). Returns: key (programme id), items (event maps with
//  programId, hubId); no row when none.
UNWIND $ids AS id
MATCH (e:Event)-[:PART_OF]->(:Program {id: id})
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {
  .id, .name, .nameEn, .type, .date, .synthetic, .source,
  programId: id, hubId: head([(e)-[:HELD_AT]->(h:Hub) | h.id])
})[..toInteger($first)] AS items

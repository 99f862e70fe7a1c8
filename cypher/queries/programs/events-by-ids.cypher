// events-by-ids: events by id (the event loader's batch).
// Params: $ids [id]. Returns: key (the id), item (event map with programId, hubId; date as a Neo4j date); no row for an
//   unknown id.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id AS key, e {
  .id, .name, .nameEn, .type, .date, .synthetic, .source,
  programId: head([(e)-[:PART_OF]->(p:Program) | p.id]),
  hubId: head([(e)-[:HELD_AT]->(h:Hub) | h.id])
} AS item

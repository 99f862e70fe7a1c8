// collaborations-by-ids: collaboration links by id (the collaboration loader's batch).
// Params: $ids [id]. Returns: key (the id), item (link map with fromId, toId; dates as Neo4j dates); no row for an
//   unknown id.
UNWIND $ids AS id
MATCH (a:Organization)-[r:COLLABORATES_WITH {id: id}]->(b:Organization)
RETURN id AS key, r {
  .id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: a.id, toId: b.id
} AS item

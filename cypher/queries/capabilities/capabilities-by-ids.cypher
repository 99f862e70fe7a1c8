// capabilities-by-ids: capabilities by id (the capability loader's batch).
// Params: $ids [id]. Returns: key (the id), item (capability map with broaderId); no row for an unknown id.
UNWIND $ids AS id
MATCH (c:Capability {id: id})
RETURN id AS key, c {
  .id, .name, .nameEn, .level, .synthetic, .source,
  broaderId: head([(c)-[:BROADER]->(b:Capability) | b.id])
} AS item

// organization-capabilities: what each of some organisations can do (HAS_CAPABILITY), by Korean name.
// Params: $ids [organisation id], $first (most items per key). Returns: key (organisation id), items (capability
//  maps with broaderId); no row when
//   none.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:HAS_CAPABILITY]->(c:Capability)
WITH id, c ORDER BY c.name, c.id
RETURN id AS key, collect(c {
  .id, .name, .nameEn, .level, .synthetic, .source,
  broaderId: head([(c)-[:BROADER]->(b:Capability) | b.id])
})[..toInteger($first)] AS items

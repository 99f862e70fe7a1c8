// capability-narrower: the capabilities directly under some capabilities (BROADER pointing at them), by Korean name.
// Params: $ids [capability id], $first (most items per key). Returns: key (capability id), items (capability maps
//  with broaderId); no row when none.
UNWIND $ids AS id
MATCH (c:Capability)-[:BROADER]->(:Capability {id: id})
WITH id, c ORDER BY c.name, c.id
RETURN id AS key,
  collect(c {.id, .name, .nameEn, .level, .synthetic, .source, broaderId: id})[..toInteger($first)] AS items

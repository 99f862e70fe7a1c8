// capability-organizations: the organisations that have some capabilities directly (HAS_CAPABILITY), by Korean name.
// Params: $ids [capability id], $first (most items per key). Returns: key (capability id), items (organisation maps
//  with hubId and degree); no row
//   when none.
UNWIND $ids AS id
MATCH (o:Organization)-[:HAS_CAPABILITY]->(:Capability {id: id})
WITH id, o ORDER BY o.name, o.id
RETURN id AS key, collect(o {
  // include: organization-fields
  degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
})[..toInteger($first)] AS items

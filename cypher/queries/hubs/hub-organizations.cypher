// hub-organizations: the organisations located in some hubs (LOCATED_IN), by Korean name.
// Params: $ids [hub id], $first (most items per key). Returns: key (hub id), items (organisation maps with hubId and
//  degree); no row when none.
UNWIND $ids AS id
MATCH (o:Organization)-[:LOCATED_IN]->(:Hub {id: id})
WITH id, o ORDER BY o.name, o.id
RETURN id AS key, collect(o {
  // include: organization-fields
  degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
})[..toInteger($first)] AS items

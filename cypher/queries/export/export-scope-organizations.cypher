// export-scope-organizations: the ids of the organisations an export covers (each filter is optional).
// Params: $hubs (hub ids or null: organisations located in one of them), $kinds (organisation kinds or null),
//   $prefix (id prefix or null).
// Returns: id, ordered by id.
MATCH (n:Organization)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($prefix IS NULL OR n.id STARTS WITH $prefix)
  AND ($hubs IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN]->(h:Hub) WHERE h.id IN $hubs })
RETURN n.id AS id
ORDER BY id

// load-capability-broader: points each capability at its broader capability (or none), after all capabilities exist.
// Params: $rows [{id, broader (id or null)}].
// Returns: rows.
// A capability has at most one BROADER link: one to another capability is removed. The link carries the
// capability's source, synthetic flag, importedAt and importedFrom.
UNWIND $rows AS row
MATCH (n:Capability {id: row.id})
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:BROADER]->(other:Capability)
  WHERE row.broader IS NULL OR other.id <> row.broader
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.broader IS NOT NULL
  MATCH (broader:Capability {id: row.broader})
  MERGE (n)-[r:BROADER]->(broader)
  SET r.source = n.source, r.synthetic = n.synthetic, r.importedAt = n.importedAt, r.importedFrom = n.importedFrom
}
RETURN count(*) AS rows

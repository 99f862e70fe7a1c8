// audit-snapshot-collaboration: a collaboration link's stored properties and its two ends, as the audit log's
//   before/after.
// Params: $id. Returns: entity (map) or no row.
MATCH (a:Organization)-[r:COLLABORATES_WITH {id: $id}]->(b:Organization)
RETURN r {.*, from: a.id, to: b.id} AS entity

// load-program-parents: links each sub-project to its area program (PART_OF), after all programs exist.
// Params: $rows [{id, parent (id or null)}].
// Returns: rows.
// A program is PART_OF at most one program: a link to another one is removed. The link carries the
// program's source, synthetic flag, importedAt and importedFrom.
UNWIND $rows AS row
MATCH (n:Program {id: row.id})
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:PART_OF]->(other:Program)
  WHERE row.parent IS NULL OR other.id <> row.parent
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.parent IS NOT NULL
  MATCH (parent:Program {id: row.parent})
  MERGE (n)-[r:PART_OF]->(parent)
  SET r.source = n.source, r.synthetic = n.synthetic, r.importedAt = n.importedAt, r.importedFrom = n.importedFrom
}
RETURN count(*) AS rows

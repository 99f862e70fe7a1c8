// load-events: creates or updates events by id and links each to its program (PART_OF) and hub (HELD_AT), at most one
//   each.
// Params: $rows [{id, name, nameEn, type, date (YYYY-MM-DD), program, hub, source, synthetic, hash, importedFrom (file
//   or --source, may be null)}].
// Returns: rows, created, unchanged (counts for the batch; the rest were updated).
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Event {id: row.id}) } AS isNew
MERGE (n:Event {id: row.id})
WITH n, row, isNew, n.importHash AS previous
SET n.name = row.name, n.nameEn = row.nameEn, n.type = row.type, n.date = date(row.date),
    n.source = row.source, n.synthetic = row.synthetic,
    n.importedAt = CASE WHEN previous = row.hash THEN n.importedAt ELSE datetime.transaction() END,
    n.importedFrom = CASE WHEN previous = row.hash THEN n.importedFrom ELSE row.importedFrom END,
    n.importHash = row.hash
WITH n, row, isNew, previous
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:PART_OF]->(other:Program)
  WHERE row.program IS NULL OR other.id <> row.program
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.program IS NOT NULL
  MATCH (program:Program {id: row.program})
  MERGE (n)-[r:PART_OF]->(program)
  SET r.source = n.source, r.synthetic = n.synthetic, r.importedAt = n.importedAt, r.importedFrom = n.importedFrom
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:HELD_AT]->(other:Hub)
  WHERE row.hub IS NULL OR other.id <> row.hub
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.hub IS NOT NULL
  MATCH (hub:Hub {id: row.hub})
  MERGE (n)-[r:HELD_AT]->(hub)
  SET r.source = n.source, r.synthetic = n.synthetic, r.importedAt = n.importedAt, r.importedFrom = n.importedFrom
}
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

// load-collaborations: collaboration links by id: (:Organization)-[:COLLABORATES_WITH]->(:Organization).
// Params: $rows [{id, from, to, kind, since (YYYY-MM-DD), until (YYYY-MM-DD or null), weight, title, source, synthetic,
//   hash, importedFrom (file or --source, may be null)}].
// Returns: rows, created, unchanged (counts for the batch; the rest were updated). Rows whose ends are missing are not
//   counted.
// A link id that already joins two other organisations fails on the collaboration_id constraint (ids are stable;
// moving a link is a data error), which rolls back the whole load.
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Organization {id: row.to})
WITH a, b, row, NOT EXISTS { MATCH ()-[:COLLABORATES_WITH {id: row.id}]->() } AS isNew
MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
WITH r, row, isNew, r.importHash AS previous
SET r.kind = row.kind, r.since = date(row.since), r.until = date(row.until), r.weight = toFloat(row.weight),
    r.title = row.title, r.source = row.source, r.synthetic = row.synthetic,
    r.importedAt = CASE WHEN previous = row.hash THEN r.importedAt ELSE datetime.transaction() END,
    r.importedFrom = CASE WHEN previous = row.hash THEN r.importedFrom ELSE row.importedFrom END,
    r.importHash = row.hash
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

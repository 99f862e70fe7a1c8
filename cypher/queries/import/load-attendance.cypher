// load-attendance: who took part in which event: (:Organization)-[:PARTICIPATED_IN {role}]->(:Event), one per pair.
// Params: $rows [{orgId, eventId, role (HOST, SPEAKER, PARTICIPANT), source, synthetic, hash, importedFrom (file or
//   --source, may be null)}].
// Returns: rows, created, unchanged (counts for the batch; the rest were updated). Rows whose ends are missing are not
//   counted.
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
MATCH (o:Organization {id: row.orgId})
MATCH (e:Event {id: row.eventId})
WITH o, e, row, NOT EXISTS { (o)-[:PARTICIPATED_IN]->(e) } AS isNew
MERGE (o)-[r:PARTICIPATED_IN]->(e)
WITH r, row, isNew, r.importHash AS previous
SET r.role = row.role, r.source = row.source, r.synthetic = row.synthetic,
    r.importedAt = CASE WHEN previous = row.hash THEN r.importedAt ELSE datetime.transaction() END,
    r.importedFrom = CASE WHEN previous = row.hash THEN r.importedFrom ELSE row.importedFrom END,
    r.importHash = row.hash
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

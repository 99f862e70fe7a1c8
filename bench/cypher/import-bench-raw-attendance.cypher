// import-bench-raw-attendance (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of attendance
// links, the baseline the importer's throughput is compared with.
// Params: $rows [{orgId, eventId, …properties}]. Returns: rows.
UNWIND $rows AS row
MATCH (a:Organization {id: row.orgId})
MATCH (b:Event {id: row.eventId})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row
RETURN count(*) AS rows

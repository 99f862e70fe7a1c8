// import-bench-raw-events (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of events,
// the baseline the importer's throughput is compared with.
// Params: $rows [{id, …scalar or list properties}]. Returns: rows.
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n += row
RETURN count(*) AS rows

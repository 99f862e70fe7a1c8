// import-bench-raw-organizations (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of
// organizations,
// the baseline the importer's throughput is compared with.
// Params: $rows [{id, …scalar or list properties}]. Returns: rows.
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n += row
RETURN count(*) AS rows

// import-bench-raw-capabilities (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of
// capabilities,
// the baseline the importer's throughput is compared with.
// Params: $rows [{id, …scalar or list properties}]. Returns: rows.
UNWIND $rows AS row
MERGE (n:Capability {id: row.id})
SET n += row
RETURN count(*) AS rows

// import-bench-raw-collaborations (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of
// collaboration links, the baseline the importer's throughput is compared with.
// Params: $rows [{id, from, to, …properties}]. Returns: rows.
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
SET r += row
RETURN count(*) AS rows

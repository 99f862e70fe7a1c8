// import-bench-raw-collaborations (benchmark only: seed/bench/import-bench.ts): the plainest batched write of
// collaboration links, the baseline the importer's throughput is compared with.
// Params: $rows [{id, from, to, …properties}]. Returns: rows.
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
SET r += row
RETURN count(*) AS rows

// import-bench-raw-project-members (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write of
// project-members
// links, the baseline the importer's throughput is compared with.
// Params: $rows [{orgId, projectId, …properties}]. Returns: rows.
UNWIND $rows AS row
MATCH (a:Organization {id: row.orgId})
MATCH (b:Project {id: row.projectId})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row
RETURN count(*) AS rows

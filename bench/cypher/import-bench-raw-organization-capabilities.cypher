// import-bench-raw-organization-capabilities (benchmark only: bench/src/import-vs-raw.ts): the plainest batched write
// of organization-capabilities
// links, the baseline the importer's throughput is compared with.
// Params: $rows [{orgId, capabilityId, …properties}]. Returns: rows.
UNWIND $rows AS row
MATCH (a:Organization {id: row.orgId})
MATCH (b:Capability {id: row.capabilityId})
MERGE (a)-[r:HAS_CAPABILITY]->(b)
SET r += row
RETURN count(*) AS rows

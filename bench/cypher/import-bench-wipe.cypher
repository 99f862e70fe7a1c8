// import-bench-wipe (benchmark only: bench/src/import-vs-raw.ts): deletes up to $batch nodes other than the schema
// migrations' records, with their relationships, so each side of the import comparison starts on an empty graph in
// the same running Neo4j (instead of a new JVM and a new database per side). Called until it deletes nothing.
// Params: $batch (integer). Returns: deleted.
MATCH (n)
WHERE NOT n:SchemaMigration
WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(n) AS deleted

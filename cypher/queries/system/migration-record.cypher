// migration-record: records that a schema migration was applied (or re-applied after a change).
// Params: $id (file name without .cypher), $checksum. Returns: id.
MERGE (m:SchemaMigration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.id AS id

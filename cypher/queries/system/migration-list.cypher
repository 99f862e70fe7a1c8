// migration-list: the schema migrations already applied.
// Params: none. Returns: id, checksum, appliedAt.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.id

// audit-snapshot-api-key: an API key as the audit log records it (never its hash).
// Params: $id. Returns: entity {id, name, role, createdAt, revokedAt} or no row.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS entity

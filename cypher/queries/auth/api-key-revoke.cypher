// api-key-revoke: marks a key revoked (a second call keeps the first revocation time).
// Params: $id. Returns: key {id, name, role, createdAt, revokedAt}, or no row when there is no such key.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime.transaction())
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key

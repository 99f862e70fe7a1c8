// api-key-create: stores a new API key (only the SHA-256 of its secret), with its audit entry written by the caller.
// Params: $key {id, name, role, hash}. Returns: key {id, name, role, createdAt, revokedAt}.
CREATE (k:ApiKey {id: $key.id, name: $key.name, role: $key.role, hash: $key.hash, createdAt: datetime.transaction(),
       revokedAt: null})
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: null} AS key

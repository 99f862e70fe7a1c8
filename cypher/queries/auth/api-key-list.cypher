// api-key-list: every API key, newest first (never the hash).
// Params: $first (most rows). Returns: key {id, name, role, createdAt, revokedAt}.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key
ORDER BY k.createdAt DESC, k.id
LIMIT toInteger($first)

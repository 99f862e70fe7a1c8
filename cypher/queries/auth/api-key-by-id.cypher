// api-key-by-id: the key a request presents, looked up by its id (unique constraint api_key_id: an index seek).
// Params: $id. Returns: key {id, name, role, hash, revoked} or no row.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, .hash, revoked: k.revokedAt IS NOT NULL} AS key

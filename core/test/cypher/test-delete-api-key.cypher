// test-delete-api-key (tests only): deletes a key a test made, with the audit entries it and its key made.
// Refuses (deletes nothing) unless the key's name starts with "T-". Params: $id. Returns: deleted (keys).
MATCH (k:ApiKey {id: $id})
WHERE k.name STARTS WITH 'T-'
OPTIONAL MATCH (a:AuditEntry)
WHERE a.keyId = k.id OR (a.entityType = 'ApiKey' AND a.entityId = k.id)
DETACH DELETE a
WITH DISTINCT k
DETACH DELETE k
RETURN count(k) AS deleted

// audit-record: one audit entry, written in the same transaction as the change it describes.
// Params: $entry {id, actor, actorRole, keyId, operation, entityType, entityId, before, after (JSON strings or null)}.
// Returns: id.
CREATE (a:AuditEntry)
SET a = $entry, a.at = datetime.transaction()
RETURN a.id AS id

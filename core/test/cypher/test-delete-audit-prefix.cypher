// test-delete-audit-prefix (tests only): deletes the audit entries about entities whose id starts with $prefix.
// Refuses (deletes nothing) unless the prefix is a test prefix: "T-" and at least one more character.
// Params: $prefix. Returns: deleted.
MATCH (a:AuditEntry)
WHERE $prefix STARTS WITH 'T-' AND size($prefix) > 2 AND a.entityId STARTS WITH $prefix
DELETE a
RETURN count(a) AS deleted

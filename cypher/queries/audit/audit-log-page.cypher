// audit-log-page: audit entries newest first, optionally only one actor's, one operation's or one entity's.
// Params: $actor, $operation, $entityId (each null for any), $afterAt, $afterId (the cursor: null for the first page),
//   $limit.
// Returns: entry {id, at, actor, actorRole, keyId, operation, entityType, entityId, before, after}.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($entityId IS NULL OR a.entityId = $entityId)
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN a {.id, at: toString(a.at), .actor, .actorRole, .keyId, .operation, .entityType, .entityId, .before,
       .after} AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT toInteger($limit)

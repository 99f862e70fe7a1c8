// write-create-collaboration: creates a collaboration link (addCollaboration, when no link has its natural key yet).
// Params: $link {id, from, to, kind, since, until (YYYY-MM-DD or null), weight, title, source, synthetic}, $actor.
// Returns: id. A link id already in use fails on the collaboration_id constraint (the mutation checks it first).
MATCH (a:Organization {id: $link.from})
MATCH (b:Organization {id: $link.to})
CREATE (a)-[r:COLLABORATES_WITH {id: $link.id}]->(b)
SET r.kind = $link.kind, r.since = date($link.since), r.until = date($link.until), r.weight = toFloat($link.weight),
    r.title = $link.title, r.source = $link.source, r.synthetic = $link.synthetic,
    r.updatedAt = datetime.transaction(), r.updatedBy = $actor
RETURN r.id AS id

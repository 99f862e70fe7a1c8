// write-end-collaboration: sets when a collaboration link ended (endCollaboration).
// Params: $id, $until (YYYY-MM-DD, not before the link's since: checked by the mutation), $actor. Returns: id.
MATCH ()-[r:COLLABORATES_WITH {id: $id}]->()
SET r.until = date($until), r.updatedAt = datetime.transaction(), r.updatedBy = $actor
RETURN r.id AS id

// write-update-collaboration: updates the details of an existing link (addCollaboration repeated for the same natural
//   key).
// Params: $link {id, source, and until (YYYY-MM-DD), weight, title, synthetic — each null to keep the stored value},
//   $actor.
// Returns: id.
MATCH ()-[r:COLLABORATES_WITH {id: $link.id}]->()
SET r.until = coalesce(date($link.until), r.until), r.weight = coalesce(toFloat($link.weight), r.weight),
    r.title = coalesce($link.title, r.title), r.synthetic = coalesce($link.synthetic, r.synthetic),
      r.source = $link.source,
    r.updatedAt = datetime.transaction(), r.updatedBy = $actor
RETURN r.id AS id

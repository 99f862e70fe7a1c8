// paths-links: the evidence of each hop of some collaboration paths: every link between the two organisations that
// satisfies the link filter, oldest first.
// Params: $pairs [[fromId, toId]] (consecutive organisations of a path); $linkKinds [LinkKind] or null, $asOf
//   (YYYY-MM-DD: since ≤ asOf and (no until or until ≥ asOf)) or null.
// Returns: fromId, toId (the pair as given), links (maps: id, kind, since, until, weight, title, source, synthetic,
//   fromId, toId — the link as stored, whichever way the pair runs); no row for a pair without such a link.
UNWIND $pairs AS pair
MATCH (:Organization {id: pair[0]})-[r:COLLABORATES_WITH]-(:Organization {id: pair[1]})
WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
  AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
WITH pair, r
ORDER BY r.since, r.id
RETURN pair[0] AS fromId, pair[1] AS toId,
  collect(r {.id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: startNode(r).id, toId: endNode(r).id}) AS links

// paths-evidence: what collaborationPaths shows of the paths it found, in one statement: the evidence of each hop
// (every link between its two organisations that satisfies the link filter, oldest first) and the organisations on
// the paths.
// Params: $pairs [[fromId, toId]] (consecutive organisations of a path); $ids [organisation id] (every organisation
//   on the paths); $linkKinds [LinkKind] or null, $asOf (YYYY-MM-DD: since ≤ asOf and (no until or until ≥ asOf)) or
//   null.
// Returns one row: hops (maps: fromId, toId (the pair as given), links (maps: id, kind, since, until, weight, title,
//   source, synthetic, fromId, toId — the link as stored, whichever way the pair runs); none for a pair without such
//   a link), organizations (maps as organizations-by-ids' items; none for an id that names nothing).
// Why one statement: the links and the organisations were two round trips, the second after the transaction
// (bench/RESULTS.md).
CALL () {
  UNWIND $pairs AS pair
  MATCH (:Organization {id: pair[0]})-[r:COLLABORATES_WITH]-(:Organization {id: pair[1]})
  WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
  WITH pair, r
  ORDER BY r.since, r.id
  WITH pair, collect(r {.id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: startNode(r).id,
       toId: endNode(r).id}) AS links
  RETURN collect({fromId: pair[0], toId: pair[1], links: links}) AS hops
}
CALL () {
  UNWIND $ids AS id
  MATCH (o:Organization {id: id})
  RETURN collect(o {
    // include: organization-fields
    degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
  }) AS organizations
}
RETURN hops, organizations

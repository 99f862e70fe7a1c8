// organization-partner-links: the links of some organisations to their partners, for `partners`: the $first partners
// with the most links (then the heaviest, then by id), each with its $linkFirst oldest links.
// Params: $ids [organisation id], $first (partners per organisation), $linkFirst (links per partner); filters as
//   organization-collaborations takes them, each null for "any": $kinds, $asOf, $partnerKinds, $synthetic.
// Returns: key (organisation id), items (link maps as organization-collaborations returns them, oldest first); no row
//   when none.
// Why: partners are ranked by their links, so the ranking needs every link, but only the kept ones leave Neo4j.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[r:COLLABORATES_WITH]-(p:Organization)
  WHERE ($kinds IS NULL OR r.kind IN $kinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
    AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
    AND ($synthetic IS NULL OR coalesce(r.synthetic, false) = $synthetic)
  WITH p, count(r) AS linkCount, sum(coalesce(r.weight, 1)) AS weight
  ORDER BY linkCount DESC, weight DESC, p.id
  LIMIT toInteger($first)
  CALL (o, p) {
    MATCH (o)-[r:COLLABORATES_WITH]-(p)
    WHERE ($kinds IS NULL OR r.kind IN $kinds)
      AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
      AND ($synthetic IS NULL OR coalesce(r.synthetic, false) = $synthetic)
    WITH r ORDER BY r.since, r.id
    LIMIT toInteger($linkFirst)
    RETURN r
  }
  WITH p, r ORDER BY r.since, r.id
  RETURN collect(r {
    .id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: startNode(r).id, toId: endNode(r).id,
    partner: p {
      // include: organization-fields
      degree: COUNT { (p)-[:COLLABORATES_WITH]-() }
    }
  }) AS items
}
WITH id, items WHERE size(items) > 0
RETURN id AS key, items

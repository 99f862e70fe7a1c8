// organization-collaborations: the collaboration links of some organisations (either direction), oldest first.
// Params: $ids [organisation id], $first (most items per key); filters, each null for "any": $kinds [LinkKind],
//  $asOf (YYYY-MM-DD: since ≤ asOf
//   and (until null or ≥ asOf)), $partnerKinds [OrgKind] (kind of the other end), $synthetic (boolean).
// Returns: key (organisation id), items (link maps with fromId, toId as stored, and partner: the organisation at the
//   other end as organizations-by-ids maps it); no row when none.
// The partner rides along so `partners { organization }` and `collaborations { from to }` need no further round trip
// for the other ends (the resolvers prime the organisation loader with it; bench/RESULTS.md).
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:COLLABORATES_WITH]-(p:Organization)
WHERE ($kinds IS NULL OR r.kind IN $kinds)
  AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
  AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
  AND ($synthetic IS NULL OR coalesce(r.synthetic, false) = $synthetic)
WITH id, r, p ORDER BY r.since, r.id
RETURN id AS key, collect(r {
  .id, .kind, .since, .until, .weight, .title, .source, .synthetic, fromId: startNode(r).id, toId: endNode(r).id,
  partner: p {
    // include: organization-fields
    degree: COUNT { (p)-[:COLLABORATES_WITH]-() }
  }
})[..toInteger($first)] AS items

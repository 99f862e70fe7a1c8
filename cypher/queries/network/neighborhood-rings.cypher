// neighborhood-rings: an organisation and the organisations around it, ring by ring (breadth first) up to $depth
// hops in the filtered network, cut at $limit nodes (nearest first) without expanding further than needed.
// Params: $id (the centre), $depth (1–3), $limit (nodes, counting the centre); the network filter, each null for
//   "any": $linkKinds, $orgKinds, $hubs, $sectors, $asOf (YYYY-MM-DD: links with since ≤ asOf and (no until or
//   until ≥ asOf)). The centre passes always.
// Returns one row (none when the centre does not exist): nodes (maps: id, label, labelEn, kind, hub, sector,
//   synthetic, degree in the filtered network, distance), edges (maps: id, source, target, kind, since, until,
//   weight, title; every filtered link among the nodes, once), reached (organisations found: more than $limit
//   means some within $depth were left out).
// Each ring keeps at most one node more than the room left, so `reached > $limit` is exact while a ring that cannot
// fit is never expanded. Within a ring: most links to the ring inside first, then most links overall, then by id.
MATCH (c:Organization {id: $id})
CALL (c) {
  MATCH (c)-[r:COLLABORATES_WITH]-(n:Organization)
  WHERE n <> c
    AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
    AND ($orgKinds IS NULL OR n.kind IN $orgKinds) AND ($hubs IS NULL OR n.hubId IN $hubs)
    AND ($sectors IS NULL OR n.sector IN $sectors)
  WITH n, count(r) AS ties
  ORDER BY ties DESC, COUNT { (n)-[:COLLABORATES_WITH]-() } DESC, n.id
  RETURN collect(n)[..toInteger($limit)] AS ring1
}
CALL (c, ring1) {
  WITH c, ring1 WHERE $depth >= 2 AND size(ring1) < $limit
  UNWIND ring1 AS a
  MATCH (a)-[r:COLLABORATES_WITH]-(n:Organization)
  WHERE n <> c AND NOT n IN ring1
    AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
    AND ($orgKinds IS NULL OR n.kind IN $orgKinds) AND ($hubs IS NULL OR n.hubId IN $hubs)
    AND ($sectors IS NULL OR n.sector IN $sectors)
  WITH n, count(r) AS ties
  ORDER BY ties DESC, COUNT { (n)-[:COLLABORATES_WITH]-() } DESC, n.id
  RETURN collect(n) AS found2
}
WITH c, ring1, found2[..toInteger($limit - size(ring1))] AS ring2
CALL (c, ring1, ring2) {
  WITH c, ring1, ring2 WHERE $depth >= 3 AND size(ring1) + size(ring2) < $limit
  UNWIND ring2 AS a
  MATCH (a)-[r:COLLABORATES_WITH]-(n:Organization)
  WHERE n <> c AND NOT n IN ring1 AND NOT n IN ring2
    AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
    AND ($orgKinds IS NULL OR n.kind IN $orgKinds) AND ($hubs IS NULL OR n.hubId IN $hubs)
    AND ($sectors IS NULL OR n.sector IN $sectors)
  WITH n, count(r) AS ties
  ORDER BY ties DESC, COUNT { (n)-[:COLLABORATES_WITH]-() } DESC, n.id
  RETURN collect(n) AS found3
}
WITH c, ring1, ring2, found3[..toInteger($limit - size(ring1) - size(ring2))] AS ring3
WITH 1 + size(ring1) + size(ring2) + size(ring3) AS reached,
  ([{n: c, distance: 0}] + [n IN ring1 | {n: n, distance: 1}] + [n IN ring2 | {n: n, distance: 2}]
    + [n IN ring3 | {n: n, distance: 3}])[..toInteger($limit)] AS kept
WITH reached, kept, [k IN kept | k.n] AS members
CALL (kept) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH i, kept[i].n AS n, kept[i].distance AS distance
  // Without a filter the stored degree, which Neo4j reads without expanding.
  WITH i, n, distance, CASE
    WHEN $linkKinds IS NULL AND $asOf IS NULL AND $orgKinds IS NULL AND $hubs IS NULL AND $sectors IS NULL
    THEN COUNT { (n)-[:COLLABORATES_WITH]-() }
    ELSE COUNT {
      (n)-[r:COLLABORATES_WITH]-(m:Organization)
      WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
        AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
        AND ($orgKinds IS NULL OR m.kind IN $orgKinds) AND ($hubs IS NULL OR m.hubId IN $hubs)
        AND ($sectors IS NULL OR m.sector IN $sectors)
    }
  END AS degree
  ORDER BY i
  RETURN collect({
    id: n.id, label: n.name, labelEn: n.nameEn, kind: n.kind, hub: n.hubId, sector: n.sector,
    synthetic: coalesce(n.synthetic, false), degree: degree, distance: distance
  }) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:COLLABORATES_WITH]->(b:Organization)
  WHERE b IN members AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
  RETURN collect({
    id: r.id, source: a.id, target: b.id, kind: r.kind, since: toString(r.since), until: toString(r.until),
    weight: coalesce(r.weight, 1.0), title: r.title
  }) AS edges
}
RETURN nodes, edges, reached

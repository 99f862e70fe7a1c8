// graph-overview: the filtered network's best-connected organisations (up to $limit) and the links among them.
// Params: $limit; the network filter, each null for "any": $linkKinds [LinkKind], $orgKinds [OrgKind],
//   $hubs [hub id], $sectors [sector id], $asOf (YYYY-MM-DD: links with since ≤ asOf and (no until or until ≥ asOf)).
// Returns one row: nodes (maps: id, label, labelEn, kind, hub, sector, synthetic, degree), edges (maps: id, source,
//   target, kind, since, until, weight, title; each link once), total (organisations that pass the filter).
// degree counts the links of the filtered network (both ends pass the filter; without a filter, the stored degree,
// which Neo4j reads without expanding); ties by id.
MATCH (o:Organization)
WHERE ($orgKinds IS NULL OR o.kind IN $orgKinds) AND ($hubs IS NULL OR o.hubId IN $hubs)
  AND ($sectors IS NULL OR o.sector IN $sectors)
WITH o, CASE WHEN $linkKinds IS NULL AND $asOf IS NULL AND $orgKinds IS NULL AND $hubs IS NULL AND $sectors IS NULL
  THEN COUNT { (o)-[:COLLABORATES_WITH]-() }
  ELSE COUNT {
    (o)-[r:COLLABORATES_WITH]-(m:Organization)
    WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
      AND ($asOf IS NULL OR (r.since <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf))))
      AND ($orgKinds IS NULL OR m.kind IN $orgKinds) AND ($hubs IS NULL OR m.hubId IN $hubs)
      AND ($sectors IS NULL OR m.sector IN $sectors)
  }
  END AS degree
ORDER BY degree DESC, o.id
LIMIT toInteger($limit)
WITH collect({o: o, degree: degree}) AS chosen
WITH chosen, [c IN chosen | c.o] AS members
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
RETURN
  [c IN chosen | {
    id: c.o.id, label: c.o.name, labelEn: c.o.nameEn, kind: c.o.kind, hub: c.o.hubId, sector: c.o.sector,
    synthetic: coalesce(c.o.synthetic, false), degree: c.degree
  }] AS nodes,
  edges,
  COUNT {
    MATCH (o:Organization)
    WHERE ($orgKinds IS NULL OR o.kind IN $orgKinds) AND ($hubs IS NULL OR o.hubId IN $hubs)
      AND ($sectors IS NULL OR o.sector IN $sectors)
  } AS total

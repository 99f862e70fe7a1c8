// graph-overview: the best-connected organisations (up to $limit) and the links among them.
// Params: $limit. Returns one row: nodes, edges, total (organisations in the database).
MATCH (o:Organization)
WITH o, COUNT { (o)-[:COLLABORATES_WITH]-() } AS degree
ORDER BY degree DESC, o.id
LIMIT toInteger($limit)
WITH collect(o) AS chosen
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r:COLLABORATES_WITH]->(b:Organization)
  WHERE b IN chosen
  RETURN collect({
    id: r.id, source: a.id, target: b.id, kind: r.kind,
    since: toString(r.since), until: toString(r.until), weight: coalesce(r.weight, 1.0)
  }) AS edges
}
RETURN
  [o IN chosen | {id: o.id, label: o.name, labelEn: o.nameEn, kind: o.kind, hub: o.hubId, synthetic: coalesce(o.synthetic, false)}] AS nodes,
  edges,
  COUNT { (:Organization) } AS total

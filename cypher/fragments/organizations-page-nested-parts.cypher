// organizations-page-nested-parts: what the -nested page statements bring along for the organisations in `page`
// (a list of nodes in page order): organizations, capabilities and collaborations (one list per organisation), hubs.
// Params: $withHub, $withCapabilities, $withLinks, $lightLinks, $partnerSummary, $linkKinds, $linkAsOf,
// $partnerKinds, $linkSynthetic, $capabilityLimit, $partnerLimit, $linkLimit (as organizations-page-nested describes
// them).
CALL (page) {
  UNWIND range(0, size(page) - 1) AS index
  WITH index, page[index] AS o
  CALL (o) {
    MATCH (o)-[:HAS_CAPABILITY]->(c:Capability)
    WHERE $withCapabilities
    WITH c ORDER BY c.name, c.id
    LIMIT toInteger($capabilityLimit)
    RETURN collect(c {
      .id, .name, .nameEn, .level, .synthetic, .source,
      broaderId: head([(c)-[:BROADER]->(b:Capability) | b.id])
    }) AS capabilities
  }
  CALL (o) {
    MATCH (o)-[r:COLLABORATES_WITH]-(p:Organization)
    WHERE $withLinks
      AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
      AND ($linkAsOf IS NULL OR (r.since <= date($linkAsOf) AND (r.until IS NULL OR r.until >= date($linkAsOf))))
      AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
      AND ($linkSynthetic IS NULL OR coalesce(r.synthetic, false) = $linkSynthetic)
    WITH p, count(r) AS linkCount, sum(coalesce(r.weight, 1)) AS weight
    ORDER BY linkCount DESC, weight DESC, p.id
    LIMIT toInteger($partnerLimit)
    CALL (o, p) {
      MATCH (o)-[r:COLLABORATES_WITH]-(p)
      WHERE ($linkKinds IS NULL OR r.kind IN $linkKinds)
        AND ($linkAsOf IS NULL OR (r.since <= date($linkAsOf) AND (r.until IS NULL OR r.until >= date($linkAsOf))))
        AND ($linkSynthetic IS NULL OR coalesce(r.synthetic, false) = $linkSynthetic)
      WITH r ORDER BY r.since, r.id
      LIMIT toInteger($linkLimit)
      RETURN r
    }
    WITH r, p ORDER BY r.since, r.id
    RETURN collect(r {
      .id, .kind, .since, .until, .weight, fromId: startNode(r).id, toId: endNode(r).id,
      title: CASE WHEN $lightLinks THEN null ELSE r.title END,
      source: CASE WHEN $lightLinks THEN null ELSE r.source END,
      synthetic: CASE WHEN $lightLinks THEN null ELSE r.synthetic END,
      partner: CASE WHEN $partnerSummary THEN null ELSE p {
        // include: organization-fields
        degree: COUNT { (p)-[:COLLABORATES_WITH]-() }
      } END,
      partnerSummary: CASE WHEN $partnerSummary THEN p { .id, .name, .nameEn, .kind, .hubId, .sector, .status,
        .synthetic } END
    }) AS collaborations
  }
  WITH index, o, capabilities, collaborations ORDER BY index
  RETURN collect(o {
    // include: organization-fields
    degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
  }) AS organizations, collect(capabilities) AS capabilities, collect(collaborations) AS collaborations
}
CALL (page) {
  UNWIND page AS o
  WITH DISTINCT o.hubId AS hubId
  MATCH (h:Hub {id: hubId})
  WHERE $withHub
  RETURN collect(h {
    .id, .name, .nameEn, .role, .roleEn, .lat, .lng, .synthetic, .source,
    organizationCount: COUNT { (h)<-[:LOCATED_IN]-(:Organization) }
  }) AS hubs
}

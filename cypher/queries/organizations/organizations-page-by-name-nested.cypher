// organizations-page-by-name-nested: organizations-page-by-name (the unfiltered page by name, ascending) with the
// nested fields the page asks for, in one statement.
// Params: $skip, $first;
//   what to bring along: $withHub, $withCapabilities, $withLinks (booleans); $lightLinks (links without title,
//   source and synthetic: only `partners` without `links` asks for them), $partnerSummary (the links' other ends as
//   short summaries, not whole organisations); the link filter of `collaborations` / `partners`, each null for
//   "any" (as organization-collaborations takes it): $linkKinds [LinkKind], $linkAsOf (YYYY-MM-DD), $partnerKinds
//   [OrgKind], $linkSynthetic (boolean).
// Returns one row: totalCount, organizations, unknownHubs / unknownCapabilities / unknownNeeds as
//   organizations-page-by-name does; hubs (the page's hubs as hubs-by-ids maps them; [] without $withHub);
//   capabilities and collaborations (one list per organisation, in page order, as organization-capabilities and
//   organization-collaborations map them, partnerSummary in place of partner under $partnerSummary; empty lists when not asked for).
// Why: the page with its hub, capabilities and partners cost 4 statements in 3 waves (page → hubs | capabilities |
// links); here one round trip (bench/RESULTS.md, issue 9). The nested parts are the other statements' projections.
CALL () {
  MATCH (o:Organization)
  RETURN count(o) AS totalCount
}
CALL () {
  MATCH (o:Organization)
  WHERE o.name IS NOT NULL
  WITH o ORDER BY o.name, o.id
  SKIP toInteger($skip) LIMIT toInteger($first)
  RETURN collect(o) AS page
}
CALL (page) {
  UNWIND range(0, size(page) - 1) AS index
  WITH index, page[index] AS o
  CALL (o) {
    MATCH (o)-[:HAS_CAPABILITY]->(c:Capability)
    WHERE $withCapabilities
    WITH c ORDER BY c.name, c.id
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
    WITH r, p ORDER BY r.since, r.id
    RETURN collect(r {
      .id, .kind, .since, .until, .weight, fromId: startNode(r).id, toId: endNode(r).id,
      title: CASE WHEN $lightLinks THEN null ELSE r.title END,
      source: CASE WHEN $lightLinks THEN null ELSE r.source END,
      synthetic: CASE WHEN $lightLinks THEN null ELSE r.synthetic END,
      partner: CASE WHEN $partnerSummary THEN null ELSE p {
        .id, .name, .nameEn, .aliases, .kind, .hubId, .sector, .founded, .employees, .status, .description, .descriptionEn,
        .website, .synthetic, .source, .importedAt, .updatedAt, .updatedBy, degree: COUNT { (p)-[:COLLABORATES_WITH]-() }
      } END,
      partnerSummary: CASE WHEN $partnerSummary THEN p { .id, .name, .nameEn, .kind, .hubId, .sector, .status, .synthetic } END
    }) AS collaborations
  }
  WITH index, o, capabilities, collaborations ORDER BY index
  RETURN collect(o {
    .id, .name, .nameEn, .aliases, .kind, .hubId, .sector, .founded, .employees, .status, .description, .descriptionEn,
    .website, .synthetic, .source, .importedAt, .updatedAt, .updatedBy, degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
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
RETURN totalCount, organizations, hubs, capabilities, collaborations,
  [] AS unknownHubs, [] AS unknownCapabilities, [] AS unknownNeeds

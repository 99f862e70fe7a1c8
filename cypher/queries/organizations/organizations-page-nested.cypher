// organizations-page-nested: organizations-page (a filtered, searched, ordered page) with the nested fields the page
// asks for, in one statement.
// Params: those of organizations-page ($text, $choseong, $kinds, $hubs, $capabilities, $needs, $foundedFrom,
//   $foundedTo, $synthetic, $orderField, $descending, $skip, $first);
//   what to bring along: $withHub, $withCapabilities, $withLinks (booleans); $lightLinks (links without title,
//   source and synthetic: only `partners` without `links` asks for them), $partnerSummary (the links' other ends as
//   short summaries, not whole organisations); the link filter of `collaborations` / `partners`, each null for
//   "any" (as organization-collaborations takes it): $linkKinds [LinkKind], $linkAsOf (YYYY-MM-DD), $partnerKinds
//   [OrgKind], $linkSynthetic (boolean).
// Returns one row: totalCount, organizations, unknownHubs / unknownCapabilities / unknownNeeds as organizations-page
//   does; hubs (the page's hubs as hubs-by-ids maps them; [] without $withHub); capabilities and collaborations
//   (one list per organisation, in page order, as organization-capabilities and organization-collaborations map
//   them, partnerSummary in place of partner under $partnerSummary; empty lists when not asked for).
// Why: see organizations-page-by-name-nested (one round trip instead of 4 statements in 3 waves); the page part is
// organizations-page's, the nested parts the other statements' projections.
CALL () {
  MATCH (o:Organization)
  WHERE ($text IS NULL OR o.searchText CONTAINS $text)
    AND ($choseong IS NULL OR o.searchChoseong CONTAINS $choseong)
    AND ($kinds IS NULL OR o.kind IN $kinds)
    AND ($hubs IS NULL OR o.hubId IN $hubs)
    AND ($foundedFrom IS NULL OR o.founded >= $foundedFrom)
    AND ($foundedTo IS NULL OR o.founded <= $foundedTo)
    AND ($synthetic IS NULL OR coalesce(o.synthetic, false) = $synthetic)
    AND ($capabilities IS NULL OR EXISTS {
      MATCH (o)-[:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..3]->(c:Capability) WHERE c.id IN $capabilities
    })
    AND ($needs IS NULL OR EXISTS {
      MATCH (o)-[:NEEDS]->(:Capability)-[:BROADER*0..3]->(c:Capability) WHERE c.id IN $needs
    })
  RETURN count(o) AS totalCount
}
CALL () {
  MATCH (o:Organization)
  WHERE ($text IS NULL OR o.searchText CONTAINS $text)
    AND ($choseong IS NULL OR o.searchChoseong CONTAINS $choseong)
    AND ($kinds IS NULL OR o.kind IN $kinds)
    AND ($hubs IS NULL OR o.hubId IN $hubs)
    AND ($foundedFrom IS NULL OR o.founded >= $foundedFrom)
    AND ($foundedTo IS NULL OR o.founded <= $foundedTo)
    AND ($synthetic IS NULL OR coalesce(o.synthetic, false) = $synthetic)
    AND ($capabilities IS NULL OR EXISTS {
      MATCH (o)-[:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..3]->(c:Capability) WHERE c.id IN $capabilities
    })
    AND ($needs IS NULL OR EXISTS {
      MATCH (o)-[:NEEDS]->(:Capability)-[:BROADER*0..3]->(c:Capability) WHERE c.id IN $needs
    })
  WITH o, CASE $orderField
      WHEN 'NAME_EN' THEN toLower(o.nameEn)
      WHEN 'FOUNDED' THEN o.founded
      WHEN 'EMPLOYEES' THEN o.employees
      WHEN 'DEGREE' THEN COUNT { (o)-[:COLLABORATES_WITH]-() }
      ELSE o.name
    END AS sortKey
  ORDER BY sortKey IS NULL,
    CASE WHEN $descending THEN null ELSE sortKey END,
    CASE WHEN $descending THEN sortKey ELSE null END DESC,
    o.name, o.id
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
  [id IN coalesce($hubs, []) WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS unknownHubs,
  [id IN coalesce($capabilities, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownCapabilities,
  [id IN coalesce($needs, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownNeeds

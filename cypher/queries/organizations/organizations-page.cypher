// organizations-page: a page of organisations matching a filter and a search, in an allow-listed order.
// Params: $text (lower-cased search text or null), $choseong (initial-consonant query or null);
//   filters, each null for "any": $kinds [OrgKind], $hubs [hub id], $capabilities / $needs [capability id: that
//   capability or a narrower one], $foundedFrom, $foundedTo (years), $synthetic (boolean);
//   $orderField (NAME | NAME_EN | FOUNDED | EMPLOYEES | DEGREE — the GraphQL enum, anything else sorts by NAME),
//   $descending (boolean), $skip, $first.
// Returns one row: totalCount, organizations (maps with hubId and degree), unknownHubs / unknownCapabilities /
//   unknownNeeds (the filter ids that name nothing, so the resolver can say which argument is wrong).
// Without a value (e.g. no founding year) an organisation sorts last in either direction; ties by name, then id.
// The count and the page are separate subqueries: the page keeps only the top $skip + $first while sorting (a
// partial sort), instead of sorting and collecting every match (bench/RESULTS.md: the collect grew with the graph).
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
  RETURN collect(o {
    .id, .name, .nameEn, .aliases, .kind, .hubId, .sector, .founded, .employees, .status, .description, .descriptionEn,
    .website, .synthetic, .source, .importedAt, .updatedAt, .updatedBy, degree: COUNT { (o)-[:COLLABORATES_WITH]-() }}) AS organizations
}
RETURN totalCount, organizations,
  [id IN coalesce($hubs, []) WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS unknownHubs,
  [id IN coalesce($capabilities, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownCapabilities,
  [id IN coalesce($needs, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownNeeds

// organization-filter: the WHERE of the organizations page's filter and search on o; each parameter null for "any"
// ($text, $choseong, $kinds, $hubs, $foundedFrom, $foundedTo, $synthetic, $capabilities, $needs).
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

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
  // include: organization-filter
  RETURN count(o) AS totalCount
}
CALL () {
  MATCH (o:Organization)
  // include: organization-filter
  // include: organization-order
  SKIP toInteger($skip) LIMIT toInteger($first)
  RETURN collect(o {
    // include: organization-fields
    degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
  }) AS organizations
}
RETURN totalCount, organizations,
  [id IN coalesce($hubs, []) WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS unknownHubs,
  [id IN coalesce($capabilities, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownCapabilities,
  [id IN coalesce($needs, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownNeeds

// organizations-page-nested: organizations-page (a filtered, searched, ordered page) with the nested fields the page
// asks for, in one statement.
// Params: those of organizations-page ($text, $choseong, $kinds, $hubs, $capabilities, $needs, $foundedFrom,
//   $foundedTo, $synthetic, $orderField, $descending, $skip, $first);
//   what to bring along: $withHub, $withCapabilities, $withLinks (booleans); $lightLinks (links without title,
//   source and synthetic: only `partners` without `links` asks for them), $partnerSummary (the links' other ends as
//   short summaries, not whole organisations); the link filter of `collaborations` / `partners`, each null for
//   "any" (as organization-collaborations takes it): $linkKinds [LinkKind], $linkAsOf (YYYY-MM-DD), $partnerKinds
//   [OrgKind], $linkSynthetic (boolean); $capabilityLimit (capabilities per organisation),
//   $partnerLimit (partners per organisation, ranked as organization-partner-links ranks them), $linkLimit (links
//   per partner).
// Returns one row: totalCount, organizations, unknownHubs / unknownCapabilities / unknownNeeds as organizations-page
//   does; hubs (the page's hubs as hubs-by-ids maps them; [] without $withHub); capabilities and collaborations
//   (one list per organisation, in page order, as organization-capabilities and organization-partner-links map
//   them, partnerSummary in place of partner under $partnerSummary; empty lists when not asked for).
// Why: see organizations-page-by-name-nested (one round trip instead of 4 statements in 3 waves); the page part is
// organizations-page's, the nested parts the other statements' projections.
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
  RETURN collect(o) AS page
}
// include: organizations-page-nested-parts
RETURN totalCount, organizations, hubs, capabilities, collaborations,
  [id IN coalesce($hubs, []) WHERE NOT EXISTS { MATCH (:Hub {id: id}) }] AS unknownHubs,
  [id IN coalesce($capabilities, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownCapabilities,
  [id IN coalesce($needs, []) WHERE NOT EXISTS { MATCH (:Capability {id: id}) }] AS unknownNeeds

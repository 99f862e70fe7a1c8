// organizations-page-by-name-nested: organizations-page-by-name (the unfiltered page by name, ascending) with the
// nested fields the page asks for, in one statement.
// Params: $skip, $first;
//   what to bring along: $withHub, $withCapabilities, $withLinks (booleans); $lightLinks (links without title,
//   source and synthetic: only `partners` without `links` asks for them), $partnerSummary (the links' other ends as
//   short summaries, not whole organisations); the link filter of `collaborations` / `partners`, each null for
//   "any" (as organization-collaborations takes it): $linkKinds [LinkKind], $linkAsOf (YYYY-MM-DD), $partnerKinds
//   [OrgKind], $linkSynthetic (boolean); $capabilityLimit (capabilities per organisation),
//   $partnerLimit (partners per organisation, ranked as organization-partner-links ranks them), $linkLimit (links
//   per partner).
// Returns one row: totalCount, organizations, unknownHubs / unknownCapabilities / unknownNeeds as
//   organizations-page-by-name does; hubs (the page's hubs as hubs-by-ids maps them; [] without $withHub);
//   capabilities and collaborations (one list per organisation, in page order, as organization-capabilities and
//   organization-collaborations map them, partnerSummary in place of partner under $partnerSummary; empty lists when
//     not asked for).
// Why: the page with its hub, capabilities and partners cost 4 statements in 3 waves (page → hubs | capabilities |
// links); here one round trip (bench/RESULTS.md). The nested parts are the other statements' projections.
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
// include: organizations-page-nested-parts
RETURN totalCount, organizations, hubs, capabilities, collaborations,
  [] AS unknownHubs, [] AS unknownCapabilities, [] AS unknownNeeds

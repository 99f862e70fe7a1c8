// organizations-page-by-name: the unfiltered organisations page by name, ascending — the list's default view, answered
//   cheaply.
// Params: $skip, $first. Returns one row as organizations-page does: totalCount, organizations (maps with hubId and
//   degree), and empty unknownHubs / unknownCapabilities / unknownNeeds.
// Why apart from organizations-page: with no filter the count comes from the count store, and the page is read in
// the organization_name index's order (stopping after $skip + $first), where the general query's computed sort key
// reads and sorts every organisation. Names are required (the importer and the mutations refuse a blank one), so
// the index, which leaves out nulls, holds every organisation; ties by id as in organizations-page.
CALL () {
  MATCH (o:Organization)
  RETURN count(o) AS totalCount
}
CALL () {
  MATCH (o:Organization)
  WHERE o.name IS NOT NULL
  WITH o ORDER BY o.name, o.id
  SKIP toInteger($skip) LIMIT toInteger($first)
  RETURN collect(o {
    // include: organization-fields
    degree: COUNT { (o)-[:COLLABORATES_WITH]-() }
  }) AS organizations
}
RETURN totalCount, organizations, [] AS unknownHubs, [] AS unknownCapabilities, [] AS unknownNeeds

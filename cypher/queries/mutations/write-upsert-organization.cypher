// write-upsert-organization: creates or updates one organisation (the upsertOrganization mutation), with its kind
// label, search keys and hub link, recording who changed it and when.
// Params: $organization {id, name, nameEn, aliases, kind, hub, sector, founded, employees, status, description,
//   descriptionEn, website, source, synthetic, searchText, searchChoseong, aliasText} (validated; null clears a field),
//   $label, $otherLabels (from the allow-listed kind → label map in core/src/model/kind-labels.ts), $actor.
// Returns: id.
WITH $organization AS row
MERGE (n:Organization {id: row.id})
SET n:$($label)
REMOVE n:$($otherLabels)
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.kind = row.kind, n.hubId = row.hub,
    n.sector = row.sector, n.founded = toInteger(row.founded), n.employees = toInteger(row.employees),
    n.status = row.status, n.description = row.description, n.descriptionEn = row.descriptionEn,
    n.website = row.website, n.source = row.source, n.synthetic = row.synthetic,
    n.searchText = row.searchText, n.searchChoseong = row.searchChoseong, n.aliasText = row.aliasText,
    n.updatedAt = datetime.transaction(), n.updatedBy = $actor,
    // A new organisation gets its integer key (cypher/schema/006-organization-seq.cypher; read by the analytics).
    n.seq = coalesce(n.seq, toInteger(rand() * 4503599627370496))
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(other:Hub)
  WHERE row.hub IS NULL OR other.id <> row.hub
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.hub IS NOT NULL
  MATCH (hub:Hub {id: row.hub})
  MERGE (n)-[r:LOCATED_IN]->(hub)
  ON CREATE SET r.source = n.source, r.synthetic = n.synthetic, r.updatedAt = datetime.transaction(),
                r.updatedBy = $actor
}
RETURN n.id AS id

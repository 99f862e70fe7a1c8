// load-organizations: creates or updates organisations by id, with their kind label and search keys, and
// links each to its hub (LOCATED_IN; at most one).
// Params: $rows [{id, name, nameEn, aliases, kind, label, otherLabels, hub, sector, founded, employees, status,
//   description, descriptionEn, website, source, synthetic, searchText, searchChoseong, aliasText, hash,
//   importedFrom (file or --source, may be null)}].
//   label / otherLabels come from the allow-listed kind → label map in seed/src/load (never from input).
// Returns: rows, created, unchanged (counts for the batch; the rest were updated).
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Organization {id: row.id}) } AS isNew
MERGE (n:Organization {id: row.id})
WITH n, row, isNew, n.importHash AS previous
SET n:$(row.label)
REMOVE n:$(row.otherLabels)
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.kind = row.kind, n.hubId = row.hub,
    n.sector = row.sector, n.founded = toInteger(row.founded), n.employees = toInteger(row.employees),
    n.status = row.status, n.description = row.description, n.descriptionEn = row.descriptionEn,
    n.website = row.website, n.source = row.source, n.synthetic = row.synthetic,
    n.searchText = row.searchText, n.searchChoseong = row.searchChoseong, n.aliasText = row.aliasText,
    n.importedAt = CASE WHEN previous = row.hash THEN n.importedAt ELSE datetime.transaction() END,
    n.importedFrom = CASE WHEN previous = row.hash THEN n.importedFrom ELSE row.importedFrom END,
    n.importHash = row.hash,
    // A new organisation gets its integer key (cypher/schema/006-organization-seq.cypher; read by the analytics).
    n.seq = coalesce(n.seq, toInteger(rand() * 4503599627370496))
WITH n, row, isNew, previous
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(other:Hub)
  WHERE row.hub IS NULL OR other.id <> row.hub
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.hub IS NOT NULL
  MATCH (hub:Hub {id: row.hub})
  MERGE (n)-[r:LOCATED_IN]->(hub)
  SET r.source = n.source, r.synthetic = n.synthetic, r.importedAt = n.importedAt, r.importedFrom = n.importedFrom
}
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

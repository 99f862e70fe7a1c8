// load-hubs: creates or updates hubs by id (one batch of a dataset load).
// Params: $rows [{id, name, nameEn, role, roleEn, lat, lng, source, synthetic, searchText, searchChoseong, hash,
//   importedFrom (file or --source, may be null)}]
//   (search keys from graph-api/src/search/search-key.ts, as for organisations).
// Returns: rows, created, unchanged (counts for the batch; the rest were updated).
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Hub {id: row.id}) } AS isNew
MERGE (n:Hub {id: row.id})
WITH n, row, isNew, n.importHash AS previous
SET n.name = row.name, n.nameEn = row.nameEn, n.role = row.role, n.roleEn = row.roleEn,
    n.lat = row.lat, n.lng = row.lng, n.source = row.source, n.synthetic = row.synthetic,
    n.searchText = row.searchText, n.searchChoseong = row.searchChoseong,
    n.importedAt = CASE WHEN previous = row.hash THEN n.importedAt ELSE datetime.transaction() END,
    n.importedFrom = CASE WHEN previous = row.hash THEN n.importedFrom ELSE row.importedFrom END,
    n.importHash = row.hash
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

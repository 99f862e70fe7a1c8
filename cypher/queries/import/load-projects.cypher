// load-projects: creates or updates R&D projects by id.
// Params: $rows [{id, title, titleEn, funder, startYear, endYear, budgetMillionKrw, source, synthetic, hash,
//   importedFrom (file or --source, may be null)}].
// Returns: rows, created, unchanged (counts for the batch; the rest were updated).
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Project {id: row.id}) } AS isNew
MERGE (n:Project {id: row.id})
WITH n, row, isNew, n.importHash AS previous
SET n.title = row.title, n.titleEn = row.titleEn, n.funder = row.funder, n.startYear = toInteger(row.startYear),
    n.endYear = toInteger(row.endYear), n.budgetMillionKrw = toFloat(row.budgetMillionKrw),
    n.source = row.source, n.synthetic = row.synthetic,
    n.importedAt = CASE WHEN previous = row.hash THEN n.importedAt ELSE datetime.transaction() END,
    n.importedFrom = CASE WHEN previous = row.hash THEN n.importedFrom ELSE row.importedFrom END,
    n.importHash = row.hash
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

// load-programs: creates or updates programs (areas and sub-projects) by id; PART_OF links follow in
//   load-program-parents.
// Params: $rows [{id, name, nameEn, description, descriptionEn, source, synthetic, hash, importedFrom (file or
//   --source, may be null)}].
// Returns: rows, created, unchanged (counts for the batch; the rest were updated).
// importedAt and importedFrom (the file or --source the row came from) change only when the row's content
// (importHash) does, so loading the same data twice changes nothing.
UNWIND $rows AS row
WITH row, NOT EXISTS { MATCH (:Program {id: row.id}) } AS isNew
MERGE (n:Program {id: row.id})
WITH n, row, isNew, n.importHash AS previous
SET n.name = row.name, n.nameEn = row.nameEn, n.description = row.description, n.descriptionEn = row.descriptionEn,
    n.source = row.source, n.synthetic = row.synthetic,
    n.importedAt = CASE WHEN previous = row.hash THEN n.importedAt ELSE datetime.transaction() END,
    n.importedFrom = CASE WHEN previous = row.hash THEN n.importedFrom ELSE row.importedFrom END,
    n.importHash = row.hash
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND previous = row.hash THEN 1 ELSE 0 END) AS unchanged

// export-programs: programmes as programs.csv rows: the given ones and every parent above them.
// Params: $ids (programme ids, or null for all), $prefix (id prefix or null: also those).
// Returns: id, name, nameEn, parent, description, descriptionEn, source, synthetic; ordered by id.
MATCH (p:Program)
WHERE $ids IS NULL OR p.id IN $ids OR ($prefix IS NOT NULL AND p.id STARTS WITH $prefix)
MATCH (p)-[:PART_OF*0..]->(n:Program)
WITH DISTINCT n
OPTIONAL MATCH (n)-[:PART_OF]->(parent:Program)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, parent.id AS parent, n.description AS description,
       n.descriptionEn AS descriptionEn, n.source AS source, n.synthetic AS synthetic
ORDER BY id

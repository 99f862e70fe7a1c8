// export-projects: R&D projects as projects.csv rows.
// Params: $ids (project ids, or null for all), $prefix (id prefix or null: also those).
// Returns: id, title, titleEn, funder, startYear, endYear, budgetMillionKrw, source, synthetic; ordered by id.
MATCH (n:Project)
WHERE $ids IS NULL OR n.id IN $ids OR ($prefix IS NOT NULL AND n.id STARTS WITH $prefix)
RETURN n.id AS id, n.title AS title, n.titleEn AS titleEn, n.funder AS funder, n.startYear AS startYear,
       n.endYear AS endYear,
       n.budgetMillionKrw AS budgetMillionKrw, n.source AS source, n.synthetic AS synthetic
ORDER BY id

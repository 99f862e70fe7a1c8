// projects-list: R&D projects, newest first, optionally only those running in a year.
// Params: $first (most rows), $year (or null: startYear ≤ year ≤ endYear; an open end counts as running). Returns:
//  project (map), one row
//   per project.
MATCH (p:Project)
WHERE $year IS NULL OR (p.startYear <= $year AND (p.endYear IS NULL OR p.endYear >= $year))
RETURN p {.id, .title, .titleEn, .funder, .startYear, .endYear, .budgetMillionKrw, .synthetic, .source} AS project
ORDER BY p.startYear DESC, p.id
LIMIT toInteger($first)

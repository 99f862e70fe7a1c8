// organization-memberships: the R&D projects some organisations are members of (MEMBER_OF), newest first.
// Params: $ids [organisation id], $first (most items per key), $year (or null: projects with startYear ≤ year ≤
//  endYear; an open end counts as
//   running).
// Returns: key (organisation id), items ({orgId, projectId, role, source}); no row when none.
UNWIND $ids AS id
MATCH (:Organization {id: id})-[m:MEMBER_OF]->(p:Project)
WHERE $year IS NULL OR (p.startYear <= $year AND (p.endYear IS NULL OR p.endYear >= $year))
WITH id, m, p ORDER BY p.startYear DESC, p.id
RETURN id AS key, collect({orgId: id, projectId: p.id, role: m.role, source: m.source})[..toInteger($first)] AS items

// export-collaborations: collaboration links between the given organisations, as collaborations.csv rows.
// Params: $orgIds (organisation ids, or null for all: then every link).
// Returns: id, from, to, kind, since, until (YYYY-MM-DD), weight, title, source, synthetic; ordered by id.
MATCH (a:Organization)-[r:COLLABORATES_WITH]->(b:Organization)
WHERE $orgIds IS NULL OR (a.id IN $orgIds AND b.id IN $orgIds)
RETURN r.id AS id, a.id AS from, b.id AS to, r.kind AS kind, toString(r.since) AS since, toString(r.until) AS until,
       r.weight AS weight, r.title AS title, r.source AS source, r.synthetic AS synthetic
ORDER BY id

// export-organizations: organisations as organizations.csv rows (the hub from LOCATED_IN).
// Params: $ids (organisation ids, or null for all).
// Returns: id, name, nameEn, aliases, kind, hub, sector, founded, employees, status, description, descriptionEn,
//   website, source, synthetic; ordered by id.
MATCH (n:Organization)
WHERE $ids IS NULL OR n.id IN $ids
OPTIONAL MATCH (n)-[:LOCATED_IN]->(h:Hub)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases, n.kind AS kind, h.id AS hub,
       n.sector AS sector, n.founded AS founded, n.employees AS employees, n.status AS status,
       n.description AS description, n.descriptionEn AS descriptionEn, n.website AS website, n.source AS source,
       n.synthetic AS synthetic
ORDER BY id

// export-hubs: hubs as hubs.csv rows.
// Params: $ids (hub ids, or null for all), $prefix (id prefix or null: also those).
// Returns: id, name, nameEn, role, roleEn, lat, lng, source, synthetic; ordered by id.
MATCH (n:Hub)
WHERE $ids IS NULL OR n.id IN $ids OR ($prefix IS NOT NULL AND n.id STARTS WITH $prefix)
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.role AS role, n.roleEn AS roleEn, n.lat AS lat, n.lng AS lng,
       n.source AS source, n.synthetic AS synthetic
ORDER BY id
